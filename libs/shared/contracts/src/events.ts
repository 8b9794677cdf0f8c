import type { DisbursementHoldFigure } from './errors';

/**
 * Events one domain publishes and another handles (through the kernel's DomainEvents outbox).
 * Payloads are JSON: amounts are whole cents written as decimal strings, dates as YYYY-MM-DD.
 */

/** Governance → funds: the board passed a FUNDING motion; funds creates the grant it describes. */
export const FUNDING_MOTION_PASSED = 'governance.FundingMotionPassed';

export interface FundingMotionPassedPayload {
  motionId: string;
  collaborativeId: string;
  /** The motion's title, used as the grant's title. */
  title: string;
  recipientOrganizationId: string;
  purpose: string;
  /** The workgroup whose work the grant funds, if any (streams may be restricted to workgroups). */
  workgroupId: string | null;
  amount: { cents: string; currency: string };
  /** What each funding stream pays; the cents add up to `amount`. */
  allocations: { fundingStreamId: string; cents: string }[];
  periodStart: string;
  periodEnd: string;
  /** The disbursement schedule the board approved; the cents add up to `amount`. */
  tranches: { cents: string; plannedOn: string }[];
  /** When the motion closed, ISO 8601. */
  passedAt: string;
  /** The chair who closed the motion. */
  closedByUserId: string | null;
}

/**
 * Governance → funds, before and during the vote: "could the fund honour this plan?" Funds answers
 * with the problems it sees (a stream that does not exist, restrictions the plan breaks, less money
 * not yet committed than the plan asks of a stream): the same checks the grant will run, so the
 * board does not vote on a grant the fund would refuse. Asked when the motion is moved, opened and
 * closed; money may still be committed elsewhere between the close and the grant (see
 * FUNDING_GRANT_REFUSED).
 */
export const FUNDING_PLAN_CHECK = 'funds.FundingPlanCheck';

export interface FundingPlan {
  collaborativeId: string;
  recipientOrganizationId: string;
  purpose: string;
  workgroupId: string | null;
  periodStart: string;
  periodEnd: string;
  currency: string;
  allocations: { fundingStreamId: string; cents: bigint }[];
}

/** Why the fund could not honour a funding plan; a client words each one itself. */
export enum FundingPlanProblemReason {
  STREAM_NOT_FOUND = 'STREAM_NOT_FOUND',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  STREAM_RESTRICTED = 'STREAM_RESTRICTED',
  INSUFFICIENT_UNCOMMITTED = 'INSUFFICIENT_UNCOMMITTED',
}

export interface FundingPlanProblem {
  reason: FundingPlanProblemReason;
  /** In English, for the audit log and error messages. */
  message: string;
  fundingStreamId: string;
  streamName: string | null;
  /** What the plan asks of the stream, whole cents as a decimal string. */
  requestedCents: string | null;
  /** What the stream has not yet committed, whole cents as a decimal string. */
  availableCents: string | null;
}

/**
 * Funds → governance: a passed FUNDING motion could not become a grant after all (money was
 * committed elsewhere between the close and the grant). Governance records it on the motion; the
 * fund administrator may enter the grant by hand once the money is there (createGrant citing it).
 */
export const FUNDING_GRANT_REFUSED = 'funds.FundingGrantRefused';

export interface FundingGrantRefusedPayload {
  motionId: string;
  collaborativeId: string;
  /** The refusal's `extensions.reason` (e.g. InsufficientFunds). */
  reason: string;
  message: string;
}

/**
 * Funds → reports: a grant was made (by a passed motion or by the fund administrator). Reports
 * sets up its reporting requirements from the grant's schedule and metric targets.
 */
export const GRANT_CREATED = 'funds.GrantCreated';

export interface GrantCreatedPayload {
  grantId: string;
  collaborativeId: string;
  /** The motion that approved it (governance marks the motion's grant as made). */
  approvingMotionId: string;
}

/**
 * Funds → any domain, on each release of a tranche, its preview and the hourly reminders: "is
 * there a reason to hold this tranche?" Reports answers with the reports that are late or have
 * changes requested (LateReportHold). Any reason refuses the release (DISBURSEMENT_ON_HOLD) unless
 * the fund administrator overrides it with a recorded reason. Asked inside the release transaction,
 * after the tranche is locked, with the fund administrator's context: answer with `ctx.em` only.
 */
export const DISBURSEMENT_HOLD_CHECK = 'funds.DisbursementHoldCheck';

/** The tranche funds is about to release, as the domains that may hold it see it. */
export interface TrancheToRelease {
  collaborativeId: string;
  grantId: string;
  disbursementId: string;
  /** 1 for the grant's first tranche. */
  sequence: number;
  /** YYYY-MM-DD */
  plannedOn: string;
}

/**
 * Why a tranche is held: in English for the ledger's history and the audit, and as figures (report
 * periods, due dates) from which the client writes its own sentence in the reader's language.
 */
export interface DisbursementHold {
  text: string;
  figures: DisbursementHoldFigure[];
}
