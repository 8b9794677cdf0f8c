import { Grant, GrantService, GrantTotals, BudgetService } from '@braid/funds';
import { Allow, Connection, Ctx, Money, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AttachmentService } from '../attachments/attachment.service';
import { ReportAttachment } from '../attachments/report-attachment.entity';
import {
  GrantReportsArgs,
  ReviewGrantReportInput,
  SaveGrantReportDraftInput,
  SubmitGrantReportInput,
} from '../dto/reports.inputs';
import { ReportingRequirement } from '../requirements/reporting-requirement.entity';
import { RequirementService } from '../requirements/requirement.service';
import { GrantReport } from './grant-report.entity';
import { GrantReportService } from './grant-report.service';
import { ReportMetricValue } from './report-metric-value.entity';
import { ReportReview } from './report-review.entity';
import { ReportSpendingLine } from './report-spending-line.entity';

@ObjectType()
export class GrantReportConnection extends Connection(GrantReport) {}

@Resolver(() => GrantReport)
export class GrantReportResolver {
  constructor(
    private readonly reports: GrantReportService,
    private readonly requirements: RequirementService,
    private readonly attachmentService: AttachmentService,
    private readonly grantService: GrantService,
    private readonly budgetService: BudgetService,
  ) {}

  @Query(() => GrantReportConnection, {
    description:
      'Reports the caller may read: a partner its own; the leadership team accepted ones; the fund administrator all.',
  })
  @Allow('read', 'GrantReport')
  grantReports(@Ctx() ctx: RequestContext, @Args() args: GrantReportsArgs) {
    return this.reports.list(ctx, args);
  }

  @Query(() => GrantReport)
  @Allow('read', 'GrantReport')
  grantReport(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.reports.get(ctx, id);
  }

  @Mutation(() => GrantReport, {
    description:
      'Opens the draft for a requirement: the first version, the open draft, or after changes were requested a new version copied from the last.',
  })
  @Allow('create', 'GrantReport')
  startGrantReport(@Ctx() ctx: RequestContext, @UuidArg('requirementId') requirementId: string) {
    return this.reports.start(ctx, requirementId);
  }

  @Mutation(() => GrantReport)
  @Allow('update', 'GrantReport')
  saveGrantReportDraft(@Ctx() ctx: RequestContext, @Args('input') input: SaveGrantReportDraftInput) {
    return this.reports.saveDraft(ctx, input);
  }

  @Mutation(() => GrantReport, { description: 'Submits the draft; it can no longer change.' })
  @Allow('submit', 'GrantReport')
  submitGrantReport(@Ctx() ctx: RequestContext, @Args('input') input: SubmitGrantReportInput) {
    return this.reports.submit(ctx, input);
  }

  @Mutation(() => GrantReport, {
    description: 'Accepts a submitted report, or requests changes with comments per section.',
  })
  @Allow('review', 'GrantReport')
  reviewGrantReport(@Ctx() ctx: RequestContext, @Args('input') input: ReviewGrantReportInput) {
    return this.reports.review(ctx, input);
  }

  @Mutation(() => GrantReport, { description: 'Removes an attachment from a draft.' })
  @Allow('update', 'GrantReport')
  removeReportAttachment(@Ctx() ctx: RequestContext, @UuidArg('attachmentId') attachmentId: string) {
    return this.attachmentService.remove(ctx, attachmentId);
  }

  @ResolveField(() => ReportingRequirement, { nullable: true })
  requirement(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    return this.requirements.load(ctx, report.requirementId);
  }

  @ResolveField(() => Grant, { nullable: true })
  grant(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    return this.grantService.load(ctx, report.grantId);
  }

  @ResolveField(() => GrantTotals, {
    nullable: true,
    description: "The grant's money so far (awarded, disbursed, remaining), to set the spending against.",
  })
  async grantTotals(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    const grant = await this.grantService.load(ctx, report.grantId);
    return grant ? this.budgetService.grantTotals(ctx, grant) : null;
  }

  @ResolveField(() => [ReportSpendingLine])
  spending(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    return this.reports.loadChildren(ctx, ReportSpendingLine, report.id, 'position');
  }

  @ResolveField(() => [Money], { description: 'The spending lines added up, per currency.' })
  async spendingTotal(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    const lines = await this.reports.loadChildren(ctx, ReportSpendingLine, report.id, 'position');
    const totals = new Map<string, bigint>();
    for (const line of lines)
      totals.set(line.amount.currency, (totals.get(line.amount.currency) ?? 0n) + line.amount.cents);
    return [...totals].map(([currency, cents]) => Money.of({ cents, currency }));
  }

  @ResolveField(() => [ReportMetricValue])
  metricValues(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    return this.reports.loadChildren(ctx, ReportMetricValue, report.id, 'metricId');
  }

  @ResolveField(() => [ReportAttachment])
  attachments(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    return this.attachmentService.loadForReport(ctx, report.id);
  }

  @ResolveField(() => [ReportReview], {
    description: "The reviewer's decision and comments on this version.",
  })
  reviews(@Ctx() ctx: RequestContext, @Parent() report: GrantReport) {
    return this.reports.loadChildren(ctx, ReportReview, report.id, 'createdAt');
  }
}
