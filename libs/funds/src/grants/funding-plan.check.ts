import { FundingPlan, FundingPlanProblem, FundingPlanProblemReason } from '@braid/contracts';
import { RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { centsAsDollars } from '../funds.errors';
import { LedgerAccountKind, normalBalance } from '../ledger/chart-of-accounts';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { FundingStream } from '../streams/funding-stream.entity';
import { streamProblems, uncommittedShortfalls } from './funding-plan';

/**
 * Funds' answer to governance's FUNDING_PLAN_CHECK: the problems that would make the grant
 * impossible now (the rules of funding-plan.ts, which the grant itself runs): streams that are not
 * this collaborative's, another currency, restrictions the plan breaks, and more asked of a stream
 * than it has not yet committed. Read without locks: nothing is promised until the grant is made.
 */
@Injectable()
export class FundingPlanCheck {
  async problems(ctx: RequestContext, plan: FundingPlan): Promise<FundingPlanProblem[]> {
    const ids = [...new Set(plan.allocations.map((allocation) => allocation.fundingStreamId))];
    if (ids.length === 0) return [];
    // Scoped to the plan's collaborative, so another tenant's stream reads as missing.
    const streams = await ctx.em.findBy(FundingStream, {
      id: In(ids),
      collaborativeId: plan.collaborativeId,
    });
    const streamById = new Map(streams.map((stream) => [stream.id, stream]));
    const problems = streamProblems(plan, streamById);
    const accounts = await ctx.em.findBy(LedgerAccount, {
      collaborativeId: plan.collaborativeId,
      kind: LedgerAccountKind.STREAM_UNCOMMITTED,
      fundingStreamId: In(streams.map((stream) => stream.id)),
      currency: plan.currency,
    });
    const uncommitted = new Map(accounts.map((account) => [account.fundingStreamId, account.balanceCents]));
    for (const shortfall of uncommittedShortfalls(plan.allocations, streamById, (id) =>
      normalBalance(LedgerAccountKind.STREAM_UNCOMMITTED, uncommitted.get(id) ?? 0n),
    )) {
      problems.push({
        reason: FundingPlanProblemReason.INSUFFICIENT_UNCOMMITTED,
        message:
          `The funding stream "${shortfall.streamName}" has ${centsAsDollars(shortfall.availableCents, plan.currency)} ` +
          `not yet committed; the plan asks it for ${centsAsDollars(shortfall.requestedCents, plan.currency)}.`,
        fundingStreamId: shortfall.fundingStreamId,
        streamName: shortfall.streamName,
        requestedCents: shortfall.requestedCents.toString(),
        availableCents: shortfall.availableCents.toString(),
      });
    }
    return problems;
  }
}
