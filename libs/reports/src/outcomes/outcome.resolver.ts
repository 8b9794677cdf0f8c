import { Allow, Ctx, Public, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { FunderOutcome, OutcomeRollup, PublicMetricOutcome } from './outcome.types';
import { OutcomeService } from './outcome.service';

@Resolver()
export class OutcomeResolver {
  constructor(private readonly outcomes: OutcomeService) {}

  @Query(() => OutcomeRollup, {
    description: 'Per metric across grants, periods and streams: target, actual, % achieved.',
  })
  @Allow('read', 'OutcomeRollup')
  outcomeRollup(@Ctx() ctx: RequestContext, @UuidArg('collaborativeId') collaborativeId: string) {
    return this.outcomes.rollup(ctx, collaborativeId);
  }

  @Query(() => [FunderOutcome], {
    description: "Each funder's return on investment: money committed and released, outcomes attributed.",
  })
  @Allow('read', 'OutcomeRollup')
  funderOutcomes(@Ctx() ctx: RequestContext, @UuidArg('collaborativeId') collaborativeId: string) {
    return this.outcomes.funders(ctx, collaborativeId);
  }

  @Query(() => [PublicMetricOutcome], {
    description: "Aggregate outcomes of a collaborative that publishes its transparency view (or one's own).",
  })
  @Public(
    'Aggregate outcomes are part of the published transparency view; no organization or report details.',
  )
  publicOutcomes(@Ctx() ctx: RequestContext, @Args('collaborativeSlug') collaborativeSlug: string) {
    return this.outcomes.publicOutcomes(ctx, collaborativeSlug);
  }
}
