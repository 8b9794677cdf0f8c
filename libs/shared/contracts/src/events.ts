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
