/** Vocabulary of governance (docs/DOMAIN-GUIDE.md, "Meetings, quorum and thresholds"), shared by the API and the web client. */

export enum WorkgroupStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  ADJOURNED = 'ADJOURNED',
  CANCELLED = 'CANCELLED',
}

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  REMOTE = 'REMOTE',
  ABSENT = 'ABSENT',
  /** The seat's holder is absent and its alternate sits (and may vote) instead. */
  ALTERNATE_PRESENT = 'ALTERNATE_PRESENT',
}

export enum MinutesStatus {
  DRAFT = 'DRAFT',
  CIRCULATED = 'CIRCULATED',
  APPROVED = 'APPROVED',
}

export enum QuorumRule {
  MAJORITY_OF_FILLED_SEATS = 'MAJORITY_OF_FILLED_SEATS',
  TWO_THIRDS_OF_FILLED_SEATS = 'TWO_THIRDS_OF_FILLED_SEATS',
}

export enum ThresholdRule {
  SIMPLE_MAJORITY_OF_VOTES_CAST = 'SIMPLE_MAJORITY_OF_VOTES_CAST',
  TWO_THIRDS_OF_VOTES_CAST = 'TWO_THIRDS_OF_VOTES_CAST',
  MAJORITY_OF_FILLED_SEATS = 'MAJORITY_OF_FILLED_SEATS',
}

export enum MotionKind {
  GENERAL = 'GENERAL',
  FUNDING = 'FUNDING',
  MINUTES_APPROVAL = 'MINUTES_APPROVAL',
}

export enum MotionStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum MotionOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  NO_QUORUM = 'NO_QUORUM',
}

export enum BallotChoice {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}

export enum ConflictSource {
  /** The seat's organization would receive the money of a FUNDING motion. */
  RECIPIENT = 'RECIPIENT',
  /** The member declared a conflict, with a reason. */
  DECLARED = 'DECLARED',
}

/** Whether a FUNDING motion's grant exists: made from its pass, or refused by the fund. */
export enum FundingGrantStatus {
  /** Not decided yet, or passed and waiting for the fund (or for the fund administrator). */
  PENDING = 'PENDING',
  MADE = 'MADE',
  /** Passed, but the fund could not make the grant; `grantProblem` says why. */
  NOT_MADE = 'NOT_MADE',
}
