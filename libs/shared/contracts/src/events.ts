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
 * Governance → funds, before the vote: "could the fund honour this plan?" Funds answers with the
 * problems it sees (a stream that does not exist, restrictions the plan breaks), so the board does
 * not vote on a grant the fund would refuse. Money available may still change before the vote
 * closes; that is checked when the grant is made.
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

/**
 * Funds → reports: a grant was made (by a passed motion or by the fund administrator). Reports
 * sets up its reporting requirements from the grant's schedule and metric targets.
 */
export const GRANT_CREATED = 'funds.GrantCreated';

export interface GrantCreatedPayload {
  grantId: string;
  collaborativeId: string;
}
