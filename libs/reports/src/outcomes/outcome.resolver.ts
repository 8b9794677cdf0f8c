import { Allow, Ctx, Public, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  FunderOutcome,
  GrantOutcome,
  MetricOutcome,
  OutcomeRollup,
  PeriodOutcome,
  PublicMetricOutcome,
  StreamOutcome,
} from './outcome.types';
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

/**
 * A metric's breakdowns, read only when a query selects them, each in one statement per request
 * for every metric of the roll-up (the metrics were read under the roll-up's access rule).
 */
@Resolver(() => MetricOutcome)
export class MetricOutcomeResolver {
  constructor(private readonly outcomes: OutcomeService) {}

  @ResolveField(() => [GrantOutcome])
  grants(@Ctx() ctx: RequestContext, @Parent() metric: MetricOutcome) {
    return this.breakdown(ctx, metric, 'grants', (id) => this.outcomes.grantOutcomes(ctx, id));
  }

  @ResolveField(() => [PeriodOutcome])
  periods(@Ctx() ctx: RequestContext, @Parent() metric: MetricOutcome) {
    return this.breakdown(ctx, metric, 'periods', (id) => this.outcomes.periodOutcomes(ctx, id));
  }

  @ResolveField(() => [StreamOutcome], {
    description: "Each stream's share, in proportion to its allocation to each grant.",
  })
  streams(@Ctx() ctx: RequestContext, @Parent() metric: MetricOutcome) {
    return this.breakdown(ctx, metric, 'streams', (id) => this.outcomes.streamOutcomes(ctx, id));
  }

  private async breakdown<T>(
    ctx: RequestContext,
    metric: MetricOutcome,
    name: string,
    read: (collaborativeId: string) => Promise<Map<string, T[]>>,
  ): Promise<T[]> {
    const perMetric = await ctx
      .loader<string, Map<string, T[]>>(`outcome.${name}`, (ids) => Promise.all(ids.map(read)))
      .load(metric.collaborativeId);
    return perMetric.get(metric.metricId) ?? [];
  }
}
