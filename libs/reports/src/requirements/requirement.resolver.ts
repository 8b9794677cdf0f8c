import { Grant, GrantService } from '@braid/funds';
import { Allow, Connection, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReportingRequirementsArgs, UpdateReportingRequirementInput } from '../dto/reports.inputs';
import { GrantReport } from '../grant-reports/grant-report.entity';
import { GrantReportService } from '../grant-reports/grant-report.service';
import { GrantMetric } from '../metrics/grant-metric.entity';
import { Metric } from '../metrics/metric.entity';
import { MetricService } from '../metrics/metric.service';
import { ReportingRequirement } from './reporting-requirement.entity';
import { RequirementMetricTarget } from './requirement-metric-target.entity';
import { RequirementService } from './requirement.service';
import { RequirementStatus } from './requirement-status';

@ObjectType()
export class ReportingRequirementConnection extends Connection(ReportingRequirement) {}

@Resolver(() => ReportingRequirement)
export class ReportingRequirementResolver {
  constructor(
    private readonly requirements: RequirementService,
    private readonly reportService: GrantReportService,
    private readonly grantService: GrantService,
  ) {}

  @Query(() => ReportingRequirementConnection, {
    description:
      'Reports owed, by due date, a page at a time: a partner sees its own; the leadership team sees all.',
  })
  @Allow('read', 'ReportingRequirement')
  reportingRequirements(@Ctx() ctx: RequestContext, @Args() args: ReportingRequirementsArgs) {
    return this.requirements.list(ctx, args);
  }

  @Query(() => ReportingRequirement)
  @Allow('read', 'ReportingRequirement')
  reportingRequirement(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.requirements.get(ctx, id);
  }

  @Mutation(() => ReportingRequirement, {
    description: 'Moves a due date or changes the sections a report must have.',
  })
  @Allow('update', 'ReportingRequirement')
  updateReportingRequirement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateReportingRequirementInput,
  ) {
    return this.requirements.update(ctx, input);
  }

  @ResolveField(() => RequirementStatus, {
    description: 'Upcoming, due, late, under review, changes requested or accepted.',
  })
  status(@Ctx() ctx: RequestContext, @Parent() requirement: ReportingRequirement) {
    return this.requirements.status(ctx, requirement);
  }

  @ResolveField(() => Grant, {
    nullable: true,
    description:
      'The grant the report is for (its title and partner name the report in lists); batched per request.',
  })
  grant(@Ctx() ctx: RequestContext, @Parent() requirement: ReportingRequirement) {
    return this.grantService.load(ctx, requirement.grantId);
  }

  @ResolveField(() => [RequirementMetricTarget], { description: "Each metric's target for this period." })
  metricTargets(@Ctx() ctx: RequestContext, @Parent() requirement: ReportingRequirement) {
    return this.requirements.loadTargets(ctx, requirement.id);
  }

  @ResolveField(() => [GrantReport], { description: 'The versions the caller may read, newest first.' })
  reports(@Ctx() ctx: RequestContext, @Parent() requirement: ReportingRequirement) {
    return this.reportService.loadForRequirement(ctx, requirement.id);
  }
}

@Resolver(() => RequirementMetricTarget)
export class RequirementMetricTargetResolver {
  constructor(private readonly metrics: MetricService) {}

  @ResolveField(() => Metric, { nullable: true })
  metric(@Ctx() ctx: RequestContext, @Parent() target: RequirementMetricTarget) {
    return this.metrics.load(ctx, target.metricId);
  }
}

/** Grant → its reporting, for whoever may read the grant (a partner: its own). */
@Resolver(() => Grant)
export class GrantReportingResolver {
  constructor(
    private readonly requirements: RequirementService,
    private readonly metrics: MetricService,
  ) {}

  @ResolveField(() => [ReportingRequirement], { description: 'The reports this grant owes, in order.' })
  reportingRequirements(@Ctx() ctx: RequestContext, @Parent() grant: Grant) {
    return this.requirements.loadForGrant(ctx, grant.id);
  }

  @ResolveField(() => [GrantMetric], { description: 'The metrics this grant reports on, with targets.' })
  reportingMetrics(@Ctx() ctx: RequestContext, @Parent() grant: Grant) {
    return this.metrics.loadForGrant(ctx, grant.id);
  }
}
