import { Allow, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CreateMetricInput, SetGrantMetricInput } from '../dto/reports.inputs';
import { GrantMetric } from './grant-metric.entity';
import { Metric } from './metric.entity';
import { MetricService } from './metric.service';

@Resolver(() => Metric)
export class MetricResolver {
  constructor(private readonly metricService: MetricService) {}

  @Query(() => [Metric], { description: "The collaborative's catalogue of outcome metrics." })
  @Allow('read', 'Metric')
  metrics(@Ctx() ctx: RequestContext, @UuidArg('collaborativeId') collaborativeId: string) {
    return this.metricService.list(ctx, collaborativeId);
  }

  @Mutation(() => Metric)
  @Allow('create', 'Metric')
  createMetric(@Ctx() ctx: RequestContext, @Args('input') input: CreateMetricInput) {
    return this.metricService.create(ctx, input);
  }

  @Mutation(() => GrantMetric, {
    description: "Adds a metric to a grant or changes its targets; each period's target follows.",
  })
  @Allow('update', 'ReportingRequirement')
  setGrantMetric(@Ctx() ctx: RequestContext, @Args('input') input: SetGrantMetricInput) {
    return this.metricService.setForGrant(ctx, input);
  }
}

@Resolver(() => GrantMetric)
export class GrantMetricResolver {
  constructor(private readonly metrics: MetricService) {}

  @ResolveField(() => Metric, { nullable: true })
  metric(@Ctx() ctx: RequestContext, @Parent() grantMetric: GrantMetric) {
    return this.metrics.load(ctx, grantMetric.metricId);
  }
}
