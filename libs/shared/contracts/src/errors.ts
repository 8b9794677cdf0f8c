import type { FundingPlanProblem } from './events';

/**
 * The stable `extensions.code` values of Braid's GraphQL errors. Clients branch on these, never on
 * messages (messages are for people and may be reworded or translated).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An amount named in a failure: integer cents as a decimal string (they may exceed 2^53), and its currency. */
export interface MoneyFigure {
  cents: string;
  currency: string;
}

/** One problem with one input field (BAD_USER_INPUT): the field's path in the input and the API's words. */
export interface FieldFigure {
  field: string;
  messages: string[];
}

/** Why a tranche is held back (a late or sent-back report); dates are YYYY-MM-DD. */
export type DisbursementHoldFigure =
  | { hold: 'REPORT_LATE'; periodStart: string; periodEnd: string; dueOn: string }
  | { hold: 'REPORT_CHANGES_REQUESTED'; periodStart: string; periodEnd: string };

/** One reason the fund could not honour a funding motion's plan, per stream (cents as strings). */
export type FundingPlanProblemFigure = Omit<FundingPlanProblem, 'message' | 'reason'> & {
  /** As it travels in JSON (the client reads the enum's values, not the enum). */
  reason: `${FundingPlanProblem['reason']}`;
};

/** A funding stream short of money, with what it has (INSUFFICIENT_FUNDS). */
export interface StreamShortfallFigure {
  fundingStreamId: string;
  name: string;
  availableCents: string;
}

/**
 * Every failure the API names, with the figures it sends beside it in `extensions` (besides `code`,
 * `reason` and, for BAD_USER_INPUT, `fields`). The client writes its own sentence per reason from
 * these figures, in the reader's language; the API's `message` is English, for logs and people
 * reading raw responses.
 *
 * Figures are JSON: amounts are `MoneyFigure` or `...Cents` strings beside a `currency`, dates are
 * YYYY-MM-DD, names are the record's own name. A `rule` says which of a reason's rules refused.
 *
 * To add a failure: add its reason and figures here and its code in FAILURE_CODES below, then a
 * `reason.<REASON>` sentence in the web's errors.en.ts / errors.es.ts (a test refuses a missing one).
 */
export interface FailureFigures {
  // Anywhere: the request itself.
  INVALID_INPUT: Record<string, never>;
  INVALID_ID: { argument: string };
  INVALID_CURSOR: Record<string, never>;
  UNREADABLE_TEXT: Record<string, never>;
  REQUEST_TOO_LARGE: { limitBytes?: number };
  REQUEST_NOT_JSON: Record<string, never>;
  GRAPHQL_PARSE_FAILED: Record<string, never>;
  GRAPHQL_VALIDATION_FAILED: Record<string, never>;
  BAD_REQUEST: Record<string, never>;
  PERSISTED_QUERY_NOT_FOUND: Record<string, never>;
  PERSISTED_QUERY_NOT_SUPPORTED: Record<string, never>;
  OPERATION_RESOLUTION_FAILURE: Record<string, never>;
  TOO_MANY_TOKENS: Record<string, never>;
  TOO_MANY_ALIASES: { maxAliases: number };
  TOO_MANY_ROOT_FIELDS: { rootFields: number; maxRootFields: number };
  QUERY_TOO_DEEP: { depth: number; maxDepth: number };
  QUERY_TOO_COSTLY: { complexity: number; maxComplexity: number };
  /** The variables do not fit the operation (wrong type, out of range). */
  INVALID_VARIABLES: Record<string, unknown>;
  /** A write under /api, or a websocket upgrade, whose Origin names another site. */
  FOREIGN_ORIGIN: Record<string, never>;
  // Anywhere: who may do what, and what exists.
  SIGN_IN_REQUIRED: Record<string, never>;
  NOT_ALLOWED: { action?: string; subject?: string };
  RECORD_NOT_FOUND: { subject: string; id?: string };
  // Anywhere: what PostgreSQL refused without a domain rule in front of it.
  RECORD_EXISTS: Record<string, never>;
  UNKNOWN_REFERENCE: Record<string, never>;
  RECORD_RULE_BROKEN: Record<string, never>;
  CHANGED_CONCURRENTLY: Record<string, never>;
  VALUE_MALFORMED: Record<string, never>;
  INTERNAL_FAULT: Record<string, never>;
  /** PostgreSQL dropped the connection under the request (a restart, a failover): try again. */
  DATABASE_CONNECTION_LOST: Record<string, never>;

  // Live updates (subscriptions).
  SESSION_ENDED: Record<string, never>;
  ACCESS_ENDED: Record<string, never>;
  LIVE_CHECK_FAILED: Record<string, never>;
  SUBSCRIPTIONS_PER_CONNECTION: { limit: number };
  SUBSCRIPTIONS_PER_PERSON: { limit: number };

  // Identity.
  INVALID_CREDENTIALS: Record<string, never>;
  SIGN_IN_RATE_LIMITED: { retryAfterSeconds: number };
  PASSWORD_CHANGE_RATE_LIMITED: { retryAfterSeconds: number };
  WRONG_CURRENT_PASSWORD: Record<string, never>;
  EMAIL_TAKEN: Record<string, never>;
  /** A password-reset link that is unknown, used, superseded or expired: one reason, so a guesser learns nothing. */
  RESET_LINK_INVALID: Record<string, never>;
  PASSWORD_RESET_RATE_LIMITED: { retryAfterSeconds: number };

  // Collaboratives, members, seats, invitations.
  SLUG_TAKEN: { slug: string };
  ORGANIZATION_NAME_TAKEN: { name: string };
  SEAT_NAME_TAKEN: { name: string };
  NOT_A_MEMBER: Record<string, never>;
  UNKNOWN_TIME_ZONE: { timeZone: string };
  ALREADY_HOLDS_VOTING_SEAT: { seatName: string };
  HOLDER_CANNOT_BE_ALTERNATE: Record<string, never>;
  TERM_OUT_OF_ORDER: Record<string, never>;
  LAST_ADMINISTRATOR: Record<string, never>;
  ALREADY_MEMBER: Record<string, never>;
  INVITATION_NOT_USABLE: { status: string };
  INVITATION_FOR_SOMEONE_ELSE: Record<string, never>;
  ACCOUNT_EXISTS_SIGN_IN: Record<string, never>;
  PASSWORD_REQUIRED: Record<string, never>;

  // Funds.
  STREAM_RESTRICTED:
    | {
        fundingStreamId: string;
        streamName: string;
        rule: 'PURPOSE';
        allowedPurposes: string[];
        purpose: string;
      }
    | { fundingStreamId: string; streamName: string; rule: 'WORKGROUP' }
    | {
        fundingStreamId: string;
        streamName: string;
        rule: 'DATES';
        startsOn: string;
        endsOn: string;
        periodStart: string;
        periodEnd: string;
      };
  INSUFFICIENT_FUNDS: {
    /** UNCOMMITTED: money not yet promised to a grant; CASH: money received and not yet released. */
    what: 'UNCOMMITTED' | 'CASH';
    shortfallCents: string;
    currency: string;
    streams: StreamShortfallFigure[];
  };
  PLEDGE_EXCEEDS_AWARD: { streamName: string; openCents: string; currency: string };
  OVER_RECEIPT: { outstandingCents: string; currency: string };
  CURRENCY_MISMATCH: { expected: string; given: string };
  AMOUNTS_DO_NOT_ADD_UP: Record<string, never>;
  DATES_OUT_OF_ORDER: { rule: 'GRANT_PERIOD' | 'STREAM_PERIOD' | 'TRANCHE_OUTSIDE_PERIOD' };
  UNRESTRICTED_STREAM_WITH_RESTRICTIONS: Record<string, never>;
  FUNDING_STREAM_NAME_TAKEN: { name: string };
  ILLEGAL_TRANSITION: {
    subject: string;
    from: string;
    to: string;
    /** What to do instead, when there is something. */
    rule?: 'REVERSE_RELEASE_FIRST' | 'RECORD_NEW_PLEDGE';
  };
  IDEMPOTENCY_KEY_REUSED: Record<string, never>;
  DISBURSEMENT_ON_HOLD: { holds: DisbursementHoldFigure[] };
  GRANT_EXISTS_FOR_MOTION: { approvingMotionId: string };
  NOT_REVERSIBLE: {
    rule:
      | 'IS_A_REVERSAL'
      | 'ALREADY_REVERSED'
      | 'NOT_A_RECEIPT_OR_RELEASE'
      | 'PLEDGE_WRITTEN_OFF'
      | 'TRANCHE_PAID'
      | 'TRANCHE_NOT_RELEASED';
  };
  WRITE_OFF_UNCOVERS_COMMITMENTS: {
    streamName: string;
    uncommittedCents: string;
    writeOffCents: string;
    currency: string;
  };
  AMOUNT_NOT_POSITIVE: Record<string, never>;
  /** An amount above the most any one amount may be ($1,000,000,000.00). */
  AMOUNT_TOO_LARGE: { maxCents: string };
  STREAM_LISTED_TWICE: Record<string, never>;
  NOT_AN_APPROVING_MOTION: {
    rule: 'NO_SUCH_MOTION' | 'NOT_A_PASSED_FUNDING_MOTION' | 'OTHER_ORGANIZATION' | 'MORE_THAN_APPROVED';
  };

  // Governance.
  NOT_A_WORKGROUP_MEMBER: Record<string, never>;
  ONLY_LEADS_REASSIGN: Record<string, never>;
  WORKGROUP_NAME_TAKEN: { name: string };
  MEETING_NOT_IN_PROGRESS: { status: string };
  MEETING_CLOSED_FOR_CHANGES: { status: string };
  MOTIONS_STILL_OPEN: { openMotions: number };
  ATTENDANCE_NOT_APPLICABLE: {
    rule: 'PER_SEAT' | 'PER_PERSON' | 'ALTERNATES_FOR_SEATS' | 'SEAT_VACANT' | 'NO_ALTERNATE';
    seatName?: string;
  };
  AGENDA_MOTION_ELSEWHERE: Record<string, never>;
  MEETING_NOT_HELD: Record<string, never>;
  MINUTES_APPROVED: Record<string, never>;
  MINUTES_UNDER_VOTE: Record<string, never>;
  MINUTES_ALREADY_EXIST: Record<string, never>;
  MINUTES_CORRECTION_EXISTS: Record<string, never>;
  ONLY_APPROVED_MINUTES_CORRECTED: Record<string, never>;
  MINUTES_NOT_APPROVABLE: {
    rule: 'KIND_MISMATCH' | 'OTHER_COLLABORATIVE' | 'NOT_CIRCULATED' | 'SAME_MEETING';
  };
  NOT_A_LEADERSHIP_MEETING: Record<string, never>;
  FUNDING_PROPOSAL_INVALID: {
    rule:
      | 'KIND_MISMATCH'
      | 'AMOUNT_NOT_POSITIVE'
      | 'PERIOD_OUT_OF_ORDER'
      | 'STREAM_LISTED_TWICE'
      | 'ALLOCATIONS_DO_NOT_ADD_UP'
      | 'TRANCHES_DO_NOT_ADD_UP'
      | 'TRANCHE_OUTSIDE_PERIOD'
      | 'TRANCHES_OUT_OF_ORDER';
  };
  /** Moving a FUNDING motion the fund could not honour: nothing is moved. */
  FUNDING_PLAN_UNFUNDABLE: { problems: FundingPlanProblemFigure[]; currency: string };
  /** The fund could no longer honour the motion when its vote opens or would pass. */
  FUNDING_PLAN_NO_LONGER_HOLDS: { problems: FundingPlanProblemFigure[]; currency: string; when: 'OPEN' | 'CLOSE' };
  MOTION_NOT_OPEN: { status: string };
  SEAT_CONFLICTED: { seatName: string; conflict: string };
  ALTERNATE_NOT_SEATED: { seatName: string };
  SEAT_NOT_PRESENT: { seatName: string };
  NOT_A_VOTING_SEAT: { seatName?: string };
  SECRET_BALLOT_RECEIPT_REQUIRED: Record<string, never>;
  SECRET_BALLOT_RECEIPT_INVALID: Record<string, never>;
  ALREADY_CONFLICTED: Record<string, never>;

  // Reports.
  REPORT_NOT_EDITABLE: { status: string };
  NO_NEW_VERSION: { rule: 'ACCEPTED' | 'UNDER_REVIEW' };
  STALE_DRAFT: { revision: number };
  UNKNOWN_METRIC: { metricId: string };
  METRIC_LISTED_TWICE: Record<string, never>;
  CURRENCY_NOT_THE_GRANTS: { currency: string };
  REPORT_INCOMPLETE: Record<string, never>;
  PERIOD_NOT_OVER: { periodEnd: string };
  YEAR_TARGETS_DO_NOT_ADD_UP: Record<string, never>;
  METRIC_NAME_TAKEN: { name: string };
  ATTACHMENT_REFUSED:
    | { rule: 'NO_FILE' | 'FILE_TYPE' }
    | { rule: 'TOO_LARGE'; sizeBytes: number; maxBytes: number }
    | { rule: 'TOO_MANY'; maxAttachments: number };
  COMMENTS_ONLY_WITH_CHANGES: Record<string, never>;
  DUE_BEFORE_PERIOD_ENDS: { periodEnd: string };
}

export type FailureReason = keyof FailureFigures;

/**
 * The code each reason answers with. Also the runtime list of reasons: the web's catalogue test
 * walks it, and the API refuses to send a reason missing from it.
 */
export const FAILURE_CODES = {
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  INVALID_ID: ErrorCode.BAD_USER_INPUT,
  INVALID_CURSOR: ErrorCode.BAD_USER_INPUT,
  UNREADABLE_TEXT: ErrorCode.BAD_USER_INPUT,
  REQUEST_TOO_LARGE: ErrorCode.BAD_USER_INPUT,
  REQUEST_NOT_JSON: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  TOO_MANY_TOKENS: ErrorCode.BAD_USER_INPUT,
  TOO_MANY_ALIASES: ErrorCode.BAD_USER_INPUT,
  TOO_MANY_ROOT_FIELDS: ErrorCode.BAD_USER_INPUT,
  QUERY_TOO_DEEP: ErrorCode.BAD_USER_INPUT,
  QUERY_TOO_COSTLY: ErrorCode.BAD_USER_INPUT,
  INVALID_VARIABLES: ErrorCode.BAD_USER_INPUT,
  FOREIGN_ORIGIN: ErrorCode.FORBIDDEN,
  SIGN_IN_REQUIRED: ErrorCode.UNAUTHENTICATED,
  NOT_ALLOWED: ErrorCode.FORBIDDEN,
  RECORD_NOT_FOUND: ErrorCode.NOT_FOUND,
  RECORD_EXISTS: ErrorCode.CONFLICT,
  UNKNOWN_REFERENCE: ErrorCode.BAD_USER_INPUT,
  RECORD_RULE_BROKEN: ErrorCode.CONFLICT,
  CHANGED_CONCURRENTLY: ErrorCode.CONFLICT,
  VALUE_MALFORMED: ErrorCode.BAD_USER_INPUT,
  INTERNAL_FAULT: ErrorCode.INTERNAL_SERVER_ERROR,
  DATABASE_CONNECTION_LOST: ErrorCode.INTERNAL_SERVER_ERROR,

  SESSION_ENDED: ErrorCode.UNAUTHENTICATED,
  ACCESS_ENDED: ErrorCode.FORBIDDEN,
  LIVE_CHECK_FAILED: ErrorCode.INTERNAL_SERVER_ERROR,
  SUBSCRIPTIONS_PER_CONNECTION: ErrorCode.TOO_MANY_REQUESTS,
  SUBSCRIPTIONS_PER_PERSON: ErrorCode.TOO_MANY_REQUESTS,

  INVALID_CREDENTIALS: ErrorCode.UNAUTHENTICATED,
  SIGN_IN_RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
  PASSWORD_CHANGE_RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
  WRONG_CURRENT_PASSWORD: ErrorCode.BAD_USER_INPUT,
  EMAIL_TAKEN: ErrorCode.CONFLICT,
  RESET_LINK_INVALID: ErrorCode.BAD_USER_INPUT,
  PASSWORD_RESET_RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,

  SLUG_TAKEN: ErrorCode.CONFLICT,
  ORGANIZATION_NAME_TAKEN: ErrorCode.CONFLICT,
  SEAT_NAME_TAKEN: ErrorCode.CONFLICT,
  NOT_A_MEMBER: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_TIME_ZONE: ErrorCode.BAD_USER_INPUT,
  ALREADY_HOLDS_VOTING_SEAT: ErrorCode.CONFLICT,
  HOLDER_CANNOT_BE_ALTERNATE: ErrorCode.BAD_USER_INPUT,
  TERM_OUT_OF_ORDER: ErrorCode.BAD_USER_INPUT,
  LAST_ADMINISTRATOR: ErrorCode.CONFLICT,
  ALREADY_MEMBER: ErrorCode.CONFLICT,
  INVITATION_NOT_USABLE: ErrorCode.CONFLICT,
  INVITATION_FOR_SOMEONE_ELSE: ErrorCode.CONFLICT,
  ACCOUNT_EXISTS_SIGN_IN: ErrorCode.UNAUTHENTICATED,
  PASSWORD_REQUIRED: ErrorCode.BAD_USER_INPUT,

  STREAM_RESTRICTED: ErrorCode.BAD_USER_INPUT,
  INSUFFICIENT_FUNDS: ErrorCode.CONFLICT,
  PLEDGE_EXCEEDS_AWARD: ErrorCode.BAD_USER_INPUT,
  OVER_RECEIPT: ErrorCode.BAD_USER_INPUT,
  CURRENCY_MISMATCH: ErrorCode.BAD_USER_INPUT,
  AMOUNTS_DO_NOT_ADD_UP: ErrorCode.BAD_USER_INPUT,
  DATES_OUT_OF_ORDER: ErrorCode.BAD_USER_INPUT,
  UNRESTRICTED_STREAM_WITH_RESTRICTIONS: ErrorCode.BAD_USER_INPUT,
  FUNDING_STREAM_NAME_TAKEN: ErrorCode.CONFLICT,
  ILLEGAL_TRANSITION: ErrorCode.CONFLICT,
  IDEMPOTENCY_KEY_REUSED: ErrorCode.CONFLICT,
  DISBURSEMENT_ON_HOLD: ErrorCode.CONFLICT,
  GRANT_EXISTS_FOR_MOTION: ErrorCode.CONFLICT,
  NOT_REVERSIBLE: ErrorCode.CONFLICT,
  WRITE_OFF_UNCOVERS_COMMITMENTS: ErrorCode.CONFLICT,
  AMOUNT_NOT_POSITIVE: ErrorCode.BAD_USER_INPUT,
  AMOUNT_TOO_LARGE: ErrorCode.BAD_USER_INPUT,
  STREAM_LISTED_TWICE: ErrorCode.BAD_USER_INPUT,
  NOT_AN_APPROVING_MOTION: ErrorCode.BAD_USER_INPUT,

  NOT_A_WORKGROUP_MEMBER: ErrorCode.BAD_USER_INPUT,
  ONLY_LEADS_REASSIGN: ErrorCode.FORBIDDEN,
  WORKGROUP_NAME_TAKEN: ErrorCode.CONFLICT,
  MEETING_NOT_IN_PROGRESS: ErrorCode.CONFLICT,
  MEETING_CLOSED_FOR_CHANGES: ErrorCode.CONFLICT,
  MOTIONS_STILL_OPEN: ErrorCode.CONFLICT,
  ATTENDANCE_NOT_APPLICABLE: ErrorCode.BAD_USER_INPUT,
  AGENDA_MOTION_ELSEWHERE: ErrorCode.BAD_USER_INPUT,
  MEETING_NOT_HELD: ErrorCode.CONFLICT,
  MINUTES_APPROVED: ErrorCode.CONFLICT,
  MINUTES_UNDER_VOTE: ErrorCode.CONFLICT,
  MINUTES_ALREADY_EXIST: ErrorCode.CONFLICT,
  MINUTES_CORRECTION_EXISTS: ErrorCode.CONFLICT,
  ONLY_APPROVED_MINUTES_CORRECTED: ErrorCode.CONFLICT,
  MINUTES_NOT_APPROVABLE: ErrorCode.BAD_USER_INPUT,
  NOT_A_LEADERSHIP_MEETING: ErrorCode.BAD_USER_INPUT,
  FUNDING_PROPOSAL_INVALID: ErrorCode.BAD_USER_INPUT,
  FUNDING_PLAN_UNFUNDABLE: ErrorCode.BAD_USER_INPUT,
  FUNDING_PLAN_NO_LONGER_HOLDS: ErrorCode.CONFLICT,
  MOTION_NOT_OPEN: ErrorCode.CONFLICT,
  SEAT_CONFLICTED: ErrorCode.FORBIDDEN,
  ALTERNATE_NOT_SEATED: ErrorCode.FORBIDDEN,
  SEAT_NOT_PRESENT: ErrorCode.FORBIDDEN,
  NOT_A_VOTING_SEAT: ErrorCode.FORBIDDEN,
  SECRET_BALLOT_RECEIPT_REQUIRED: ErrorCode.CONFLICT,
  SECRET_BALLOT_RECEIPT_INVALID: ErrorCode.BAD_USER_INPUT,
  ALREADY_CONFLICTED: ErrorCode.CONFLICT,

  REPORT_NOT_EDITABLE: ErrorCode.CONFLICT,
  NO_NEW_VERSION: ErrorCode.CONFLICT,
  STALE_DRAFT: ErrorCode.CONFLICT,
  UNKNOWN_METRIC: ErrorCode.BAD_USER_INPUT,
  METRIC_LISTED_TWICE: ErrorCode.BAD_USER_INPUT,
  CURRENCY_NOT_THE_GRANTS: ErrorCode.BAD_USER_INPUT,
  REPORT_INCOMPLETE: ErrorCode.BAD_USER_INPUT,
  PERIOD_NOT_OVER: ErrorCode.BAD_USER_INPUT,
  YEAR_TARGETS_DO_NOT_ADD_UP: ErrorCode.BAD_USER_INPUT,
  METRIC_NAME_TAKEN: ErrorCode.CONFLICT,
  ATTACHMENT_REFUSED: ErrorCode.BAD_USER_INPUT,
  COMMENTS_ONLY_WITH_CHANGES: ErrorCode.BAD_USER_INPUT,
  DUE_BEFORE_PERIOD_ENDS: ErrorCode.BAD_USER_INPUT,
} as const satisfies Record<FailureReason, ErrorCode>;

export const FAILURE_REASONS = Object.keys(FAILURE_CODES) as FailureReason[];

export function isFailureReason(value: unknown): value is FailureReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FAILURE_CODES, value);
}

/** The reasons that answer with a given code: what each kernel base class may carry. */
export type ReasonWithCode<C extends ErrorCode> = {
  [R in FailureReason]: (typeof FAILURE_CODES)[R] extends C ? R : never;
}[FailureReason];
