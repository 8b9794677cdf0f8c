import type { FailureFigures, FundingPlanProblem, FundingPlanProblemFigure } from '@braid/contracts';
import { BadInputError, ConflictError, ForbiddenError } from '@braid/kernel';

export class NotAnActiveMember extends BadInputError<'NOT_A_MEMBER'> {
  constructor(field: string) {
    super('NOT_A_MEMBER', 'That person is not an active member of this collaborative.', [
      { field, messages: ['is not a member'] },
    ]);
  }
}

export class NotAWorkgroupMember extends BadInputError<'NOT_A_WORKGROUP_MEMBER'> {
  constructor(field: string) {
    super('NOT_A_WORKGROUP_MEMBER', 'An action item is owned by a member of its workgroup.', [
      { field, messages: ['is not in the workgroup'] },
    ]);
  }
}

export class OnlyLeadsReassign extends ForbiddenError<'ONLY_LEADS_REASSIGN'> {
  constructor() {
    super(
      'ONLY_LEADS_REASSIGN',
      "Only the workgroup's lead can retitle, reassign or reschedule an action item.",
    );
  }
}

export class WorkgroupNameTaken extends ConflictError<'WORKGROUP_NAME_TAKEN'> {
  constructor(name: string) {
    super('WORKGROUP_NAME_TAKEN', `A workgroup named "${name}" already exists in this collaborative.`, {
      name,
    });
    this.extensions['field'] = 'name';
  }
}

export class MeetingNotInProgress extends ConflictError<'MEETING_NOT_IN_PROGRESS'> {
  constructor(status: string) {
    super('MEETING_NOT_IN_PROGRESS', `The meeting is ${status.toLowerCase()}, not in progress.`, { status });
  }
}

export class MeetingClosedForChanges extends ConflictError<'MEETING_CLOSED_FOR_CHANGES'> {
  constructor(status: string) {
    super(
      'MEETING_CLOSED_FOR_CHANGES',
      `The meeting is ${status.toLowerCase()}; its agenda and attendance can no longer change.`,
      { status },
    );
  }
}

export class MotionsStillOpen extends ConflictError<'MOTIONS_STILL_OPEN'> {
  constructor(count: number) {
    super(
      'MOTIONS_STILL_OPEN',
      `${count} motion(s) are still open; close or withdraw them before adjourning.`,
      { openMotions: count },
    );
  }
}

type AttendanceRule = FailureFigures['ATTENDANCE_NOT_APPLICABLE']['rule'];

const ATTENDANCE: Record<AttendanceRule, (seatName: string) => string> = {
  PER_SEAT: () => 'At a leadership team meeting, attendance is recorded per seat.',
  PER_PERSON: () => 'At a workgroup meeting, attendance is recorded per person.',
  ALTERNATES_FOR_SEATS: () => 'Alternates sit only for seats, at leadership team meetings.',
  SEAT_VACANT: (seatName) => `The seat "${seatName}" is vacant.`,
  NO_ALTERNATE: (seatName) => `The seat "${seatName}" has no alternate.`,
};

export class AttendanceNotApplicable extends BadInputError<'ATTENDANCE_NOT_APPLICABLE'> {
  constructor(rule: AttendanceRule, field: string, seatName?: string) {
    const message = ATTENDANCE[rule](seatName ?? '');
    super('ATTENDANCE_NOT_APPLICABLE', message, [{ field, messages: [message] }], {
      rule,
      ...(seatName ? { seatName } : {}),
    });
  }
}

export class AgendaMotionElsewhere extends BadInputError<'AGENDA_MOTION_ELSEWHERE'> {
  constructor() {
    super('AGENDA_MOTION_ELSEWHERE', 'An agenda item can only link a motion of the same meeting.', [
      { field: 'items.motionId', messages: ['belongs to another meeting'] },
    ]);
  }
}

export class MeetingNotHeld extends ConflictError<'MEETING_NOT_HELD'> {
  constructor() {
    super('MEETING_NOT_HELD', 'Minutes are drafted once the meeting has started.');
  }
}

/** Approved minutes are the record: they never change; a correction is a new version. */
export class MinutesApproved extends ConflictError<'MINUTES_APPROVED'> {
  constructor() {
    super(
      'MINUTES_APPROVED',
      'These minutes are approved and can no longer change; correct them with a new version.',
    );
  }
}

export class MinutesUnderVote extends ConflictError<'MINUTES_UNDER_VOTE'> {
  constructor() {
    super(
      'MINUTES_UNDER_VOTE',
      'A motion to approve these minutes is open; they cannot change while they are voted on.',
    );
  }
}

export class MinutesAlreadyExist extends ConflictError<'MINUTES_ALREADY_EXIST'> {
  constructor() {
    super(
      'MINUTES_ALREADY_EXIST',
      'This meeting already has minutes; edit them, or correct the approved version.',
    );
  }
}

export class MinutesCorrectionExists extends ConflictError<'MINUTES_CORRECTION_EXISTS'> {
  constructor() {
    super('MINUTES_CORRECTION_EXISTS', 'These minutes already have a correction; work on that version.');
  }
}

export class OnlyApprovedMinutesAreCorrected extends ConflictError<'ONLY_APPROVED_MINUTES_CORRECTED'> {
  constructor() {
    super(
      'ONLY_APPROVED_MINUTES_CORRECTED',
      'Only approved minutes are corrected with a new version; edit a draft directly.',
    );
  }
}

type MinutesRule = FailureFigures['MINUTES_NOT_APPROVABLE']['rule'];

const MINUTES_NOT_APPROVABLE: Record<MinutesRule, string> = {
  KIND_MISMATCH: 'A MINUTES_APPROVAL motion, and only one, names the minutes it approves.',
  OTHER_COLLABORATIVE: 'Those minutes belong elsewhere.',
  NOT_CIRCULATED: 'Minutes are circulated before a motion to approve them is opened.',
  SAME_MEETING: 'Minutes are approved at a later meeting than the one they record.',
};

export class MinutesNotApprovable extends BadInputError<'MINUTES_NOT_APPROVABLE'> {
  constructor(rule: MinutesRule) {
    const message = MINUTES_NOT_APPROVABLE[rule];
    super('MINUTES_NOT_APPROVABLE', message, [{ field: 'minutesId', messages: [message] }], { rule });
  }
}

export class NotALeadershipMeeting extends BadInputError<'NOT_A_LEADERSHIP_MEETING'> {
  constructor() {
    super(
      'NOT_A_LEADERSHIP_MEETING',
      'Motions are moved at leadership team meetings, not workgroup meetings.',
      [{ field: 'meetingId', messages: ['is a workgroup meeting'] }],
    );
  }
}

type FundingRule = FailureFigures['FUNDING_PROPOSAL_INVALID']['rule'];

const FUNDING_PROPOSAL: Record<FundingRule, string> = {
  KIND_MISMATCH: 'A FUNDING motion, and only one, says what it would grant.',
  AMOUNT_NOT_POSITIVE: 'A funding motion grants more than nothing.',
  PERIOD_OUT_OF_ORDER: 'The period cannot end before it starts.',
  STREAM_LISTED_TWICE: 'Name each funding stream once.',
  ALLOCATIONS_DO_NOT_ADD_UP: 'The allocations must add up to the amount.',
  TRANCHES_DO_NOT_ADD_UP: 'The tranches must add up to the amount.',
  TRANCHE_OUTSIDE_PERIOD: 'Each tranche falls within the grant period.',
  TRANCHES_OUT_OF_ORDER: 'Tranches are listed in date order, one per date.',
};

export class FundingProposalInvalid extends BadInputError<'FUNDING_PROPOSAL_INVALID'> {
  constructor(field: string, rule: FundingRule) {
    const message = FUNDING_PROPOSAL[rule];
    super('FUNDING_PROPOSAL_INVALID', message, [{ field, messages: [message] }], { rule });
  }
}

/** Problems as the client reads them: a reason and figures per stream (cents as strings). */
function problemFigures(problems: FundingPlanProblem[]): FundingPlanProblemFigure[] {
  // The English message stays in the error's own message; the client words the figures itself.
  return problems.map(({ message: _message, ...figures }) => figures);
}

/** The fund could not honour the plan of a FUNDING motion being moved: nothing is moved. */
export class FundingPlanUnfundable extends BadInputError<'FUNDING_PLAN_UNFUNDABLE'> {
  constructor(problems: FundingPlanProblem[], currency: string) {
    super(
      'FUNDING_PLAN_UNFUNDABLE',
      problems.map((problem) => problem.message).join(' '),
      [{ field: 'funding.allocations', messages: problems.map((problem) => problem.message) }],
      { problems: problemFigures(problems), currency },
    );
  }
}

/**
 * The fund could no longer honour a FUNDING motion when its vote opens or would pass (money
 * committed elsewhere, a stream restricted since): the vote does not open, or does not close as
 * passed, so the board never passes a grant the fund would refuse. The motion page lists the
 * problems (`funding.problems`); the motion can be withdrawn, or closed once the money is there.
 */
export class FundingPlanNoLongerHolds extends ConflictError<'FUNDING_PLAN_NO_LONGER_HOLDS'> {
  constructor(problems: FundingPlanProblem[], currency: string, when: 'open' | 'close') {
    super(
      'FUNDING_PLAN_NO_LONGER_HOLDS',
      `The fund could not honour this motion as it stands: ${problems.map((p) => p.message).join(' ')} ` +
        (when === 'open'
          ? 'Amend it before the vote.'
          : 'The vote stays open; withdraw the motion or close it once the money is there.'),
      { problems: problemFigures(problems), currency, when: when === 'open' ? 'OPEN' : 'CLOSE' },
    );
  }
}

export class MotionNotOpen extends ConflictError<'MOTION_NOT_OPEN'> {
  constructor(status: string) {
    super(
      'MOTION_NOT_OPEN',
      `The motion is ${status.toLowerCase()}; ballots can only be cast while it is open.`,
      { status },
    );
  }
}

/** A conflicted seat must recuse; it cannot vote on that motion. */
export class SeatConflicted extends ForbiddenError<'SEAT_CONFLICTED'> {
  constructor(seatName: string, reason: string) {
    super(
      'SEAT_CONFLICTED',
      `The seat "${seatName}" is conflicted on this motion (${reason}) and must recuse.`,
      { seatName, conflict: reason },
    );
  }
}

/** An alternate votes only when the primary is absent. */
export class AlternateNotSeated extends ForbiddenError<'ALTERNATE_NOT_SEATED'> {
  constructor(seatName: string) {
    super(
      'ALTERNATE_NOT_SEATED',
      `You are the alternate for "${seatName}", and its holder is not recorded absent with the alternate sitting at this meeting.`,
      { seatName },
    );
  }
}

export class SeatNotPresent extends ForbiddenError<'SEAT_NOT_PRESENT'> {
  constructor(seatName: string) {
    super(
      'SEAT_NOT_PRESENT',
      `The seat "${seatName}" is not recorded present at this meeting; only seats present vote.`,
      { seatName },
    );
  }
}

/** The caller holds no voting seat for this motion, or names a seat that does not vote. */
export class NotAVotingSeat extends ForbiddenError<'NOT_A_VOTING_SEAT'> {
  constructor(seatName?: string) {
    super(
      'NOT_A_VOTING_SEAT',
      seatName
        ? `The seat "${seatName}" does not vote.`
        : 'You hold no voting seat that can vote on this motion.',
      seatName ? { seatName } : {},
    );
  }
}

export class SecretBallotReceiptRequired extends ConflictError<'SECRET_BALLOT_RECEIPT_REQUIRED'> {
  constructor() {
    super(
      'SECRET_BALLOT_RECEIPT_REQUIRED',
      'This seat has already voted on a secret motion. Present the ballot receipt you were given to change (or withdraw) that ballot: Braid keeps no record of which choice was yours.',
    );
  }
}

export class SecretBallotReceiptInvalid extends BadInputError<'SECRET_BALLOT_RECEIPT_INVALID'> {
  constructor() {
    super(
      'SECRET_BALLOT_RECEIPT_INVALID',
      'That ballot receipt is not this seat’s current receipt for this motion.',
      [{ field: 'receipt', messages: ['is not valid for this ballot'] }],
    );
  }
}

export class AlreadyConflicted extends ConflictError<'ALREADY_CONFLICTED'> {
  constructor() {
    super('ALREADY_CONFLICTED', 'A conflict is already recorded for this seat on this motion.');
  }
}
