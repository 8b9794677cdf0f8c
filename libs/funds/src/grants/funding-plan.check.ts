import { FundingPlan } from '@braid/contracts';
import { RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { FundingStream } from '../streams/funding-stream.entity';
import { restrictionViolation } from '../streams/stream-restrictions';

/**
 * Funds' answer to governance's FUNDING_PLAN_CHECK: the problems that would make the grant
 * impossible whatever the balances (streams that are not this collaborative's, restrictions the
 * plan breaks, another currency). Money is not promised here: it is checked, with locks, when the
 * grant is made.
 */
@Injectable()
export class FundingPlanCheck {
  async problems(ctx: RequestContext, plan: FundingPlan): Promise<string[]> {
    const ids = [...new Set(plan.allocations.map((allocation) => allocation.fundingStreamId))];
    if (ids.length === 0) return [];
    // Scoped to the plan's collaborative, so another tenant's stream reads as missing.
    const streams = await ctx.em.findBy(FundingStream, {
      id: In(ids),
      collaborativeId: plan.collaborativeId,
    });
    const byId = new Map(streams.map((stream) => [stream.id, stream]));
    const problems: string[] = [];
    for (const id of ids) {
      const stream = byId.get(id);
      if (!stream) {
        problems.push(`There is no funding stream ${id} in this collaborative.`);
        continue;
      }
      if (stream.award.currency !== plan.currency) {
        problems.push(
          `The funding stream "${stream.name}" holds ${stream.award.currency}, not ${plan.currency}.`,
        );
      }
      const violation = restrictionViolation(stream, plan);
      if (violation)
        problems.push(`The funding stream "${stream.name}" cannot fund this grant: ${violation}.`);
    }
    return problems;
  }
}
