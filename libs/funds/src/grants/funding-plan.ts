import { FundingPlanProblem, FundingPlanProblemReason } from '@braid/contracts';
import { Shortfall } from '../funds.errors';
import { FundingStream } from '../streams/funding-stream.entity';
import { GrantTerms, restrictionViolation } from '../streams/stream-restrictions';

/**
 * The rules a grant's plan must meet, shared by the grant itself (GrantService.create, with the
 * stream accounts locked) and by the check governance runs before and during the vote
 * (FundingPlanCheck, unlocked): whatever the board sees checked is exactly what the grant checks.
 */
export interface PlanTerms extends GrantTerms {
  currency: string;
  allocations: readonly { fundingStreamId: string; cents: bigint }[];
}

/** Streams that are missing (or another collaborative's), in another currency, or restricted. */
export function streamProblems(
  plan: PlanTerms,
  streamById: ReadonlyMap<string, FundingStream>,
): FundingPlanProblem[] {
  const problems: FundingPlanProblem[] = [];
  for (const allocation of plan.allocations) {
    const stream = streamById.get(allocation.fundingStreamId);
    const base = {
      fundingStreamId: allocation.fundingStreamId,
      streamName: stream?.name ?? null,
      requestedCents: allocation.cents.toString(),
      availableCents: null,
    };
    if (!stream) {
      problems.push({
        ...base,
        reason: FundingPlanProblemReason.STREAM_NOT_FOUND,
        message: `There is no funding stream ${allocation.fundingStreamId} in this collaborative.`,
      });
      continue;
    }
    if (stream.currency !== plan.currency) {
      problems.push({
        ...base,
        reason: FundingPlanProblemReason.CURRENCY_MISMATCH,
        message: `The funding stream "${stream.name}" holds ${stream.currency}, not ${plan.currency}.`,
      });
    }
    const violation = restrictionViolation(stream, plan);
    if (violation) {
      problems.push({
        ...base,
        reason: FundingPlanProblemReason.STREAM_RESTRICTED,
        message: `The funding stream "${stream.name}" cannot fund this grant: ${violation}.`,
      });
    }
  }
  return problems;
}

/**
 * Allocations asking a stream for more than it has not yet committed (pledged − committed, the
 * STREAM_UNCOMMITTED balance). Commitments may use pledged money that has not arrived yet.
 */
export function uncommittedShortfalls(
  allocations: PlanTerms['allocations'],
  streamById: ReadonlyMap<string, FundingStream>,
  available: (fundingStreamId: string) => bigint,
): (Shortfall & { requestedCents: bigint; missing: bigint })[] {
  const shortfalls: (Shortfall & { requestedCents: bigint; missing: bigint })[] = [];
  for (const allocation of allocations) {
    const stream = streamById.get(allocation.fundingStreamId);
    if (!stream) continue;
    const availableCents = available(stream.id);
    if (allocation.cents > availableCents) {
      shortfalls.push({
        fundingStreamId: stream.id,
        streamName: stream.name,
        availableCents,
        requestedCents: allocation.cents,
        missing: allocation.cents - availableCents,
      });
    }
  }
  return shortfalls;
}
