import { GrantReportStatus, ReportSection } from '@braid/contracts';
import { Grant, partnerContactsOf } from '@braid/funds';
import {
  accessibleBy,
  assertCan,
  AuditService,
  Clock,
  collaborativeTimeZone,
  ConnectionShape,
  FieldProblem,
  findAccessible,
  Notifier,
  paginate,
  RequestContext,
  updateLoaded,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { ReportAttachment } from '../attachments/report-attachment.entity';
import {
  GrantReportsArgs,
  ReviewGrantReportInput,
  SaveGrantReportDraftInput,
  SubmitGrantReportInput,
} from '../dto/reports.inputs';
import { GrantMetric } from '../metrics/grant-metric.entity';
import {
  CommentsOnlyWithChanges,
  CurrencyNotTheGrants,
  MetricListedTwice,
  NoNewVersion,
  PeriodNotOver,
  ReportIncomplete,
  ReportNotEditable,
  StaleDraft,
  UnknownMetric,
} from '../reports.errors';
import { requirementLink } from '../reminders/requirement-link';
import { ReportingRequirement } from '../requirements/reporting-requirement.entity';
import { requirementToday } from '../requirements/requirement-status';
import { GrantReport } from './grant-report.entity';
import { nextVersion, REPORT_LIFECYCLE, submittedStatus } from './report-lifecycle';
import { ReportMetricValue } from './report-metric-value.entity';
import { ReportReview, ReviewDecision } from './report-review.entity';
import { ReportSpendingLine } from './report-spending-line.entity';

/** What a report holds besides its row: written in full with the audit trail's snapshots. */
async function contentOf(ctx: RequestContext, reportId: string) {
  const [spending, metricValues] = await ctx.readTogether([
    () => ctx.em.find(ReportSpendingLine, { where: { reportId }, order: { position: 'ASC' } }),
    () => ctx.em.find(ReportMetricValue, { where: { reportId } }),
  ]);
  return { spending, metricValues };
}

@Injectable()
export class GrantReportService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  list(ctx: RequestContext, args: GrantReportsArgs): Promise<ConnectionShape<GrantReport>> {
    const qb = ctx.em
      .getRepository(GrantReport)
      .createQueryBuilder('report')
      .where('report.collaborativeId = :c', { c: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'GrantReport', 'report'));
    if (args.grantId) qb.andWhere('report.grantId = :g', { g: args.grantId });
    if (args.requirementId) qb.andWhere('report.requirementId = :r', { r: args.requirementId });
    if (args.status) qb.andWhere('report.status = :s', { s: args.status });
    return paginate(qb, args, [{ property: 'id' }]);
  }

  get(ctx: RequestContext, id: string): Promise<GrantReport> {
    return findAccessible(ctx, GrantReport, 'GrantReport', id);
  }

  /** A requirement's versions the caller may read, newest first. */
  loadForRequirement(ctx: RequestContext, requirementId: string): Promise<GrantReport[]> {
    return ctx
      .loader<string, GrantReport[]>('grantReport.byRequirement', async (ids) => {
        const rows = await ctx.em
          .getRepository(GrantReport)
          .createQueryBuilder('report')
          .where('report.requirementId IN (:...ids)', { ids })
          .andWhere(accessibleBy(ctx.ability, 'read', 'GrantReport', 'report'))
          .orderBy('report.version', 'DESC')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.requirementId === id));
      })
      .load(requirementId);
  }

  /** Children of reports already read under the caller's rule, batched per request. */
  loadChildren<T extends { reportId: string }>(
    ctx: RequestContext,
    entity: new () => T,
    reportId: string,
    order: string,
  ): Promise<T[]> {
    return ctx
      .loader<string, T[]>(`${entity.name}.byReport`, async (ids) => {
        const rows = await ctx.em
          .getRepository(entity)
          .createQueryBuilder('child')
          .where('child.reportId IN (:...ids)', { ids })
          .orderBy(`child.${order}`)
          .getMany();
        return ids.map((id) => rows.filter((row) => row.reportId === id));
      })
      .load(reportId);
  }

  /**
   * Opens the partner's draft for a requirement: the first version, the draft already open (so a
   * second tab or a double click finds the same one), or — after changes were requested — the next
   * version, a copy of the last one with its attachments, to revise rather than retype.
   */
  async start(ctx: RequestContext, requirementId: string): Promise<GrantReport> {
    const requirement = await findAccessible(
      ctx,
      ReportingRequirement,
      'ReportingRequirement',
      requirementId,
      {
        lock: true,
      },
    );
    assertCan(ctx, 'create', 'GrantReport', {
      collaborativeId: requirement.collaborativeId,
      recipientOrganizationId: requirement.recipientOrganizationId,
    });
    const latest = await ctx.em.findOne(GrantReport, {
      where: { requirementId },
      order: { version: 'DESC' },
    });
    const next = nextVersion(latest);
    if (next.action === 'continue') {
      // Opening the open draft again (a second tab, a double click) changes nothing but is noted.
      const draft = latest as GrantReport;
      await this.audit.record(ctx, {
        action: 'grantReport.draftReopened',
        collaborativeId: draft.collaborativeId,
        entityType: 'GrantReport',
        entityId: draft.id,
        after: { version: draft.version, revision: draft.revision },
      });
      return draft;
    }
    if (next.action === 'none') throw new NoNewVersion(next.why);

    const report = await ctx.em.save(
      ctx.em.create(GrantReport, {
        collaborativeId: requirement.collaborativeId,
        grantId: requirement.grantId,
        recipientOrganizationId: requirement.recipientOrganizationId,
        requirementId,
        version: next.version,
        status: GrantReportStatus.DRAFT,
        narrative: latest?.narrative ?? '',
        revision: 0,
        createdByUserId: ctx.userId,
        submittedAt: null,
        submittedByUserId: null,
        reviewedAt: null,
      }),
    );
    if (latest) {
      const previous = await contentOf(ctx, latest.id);
      if (previous.spending.length)
        await ctx.em.insert(
          ReportSpendingLine,
          previous.spending.map(({ id: _id, ...line }) => ({ ...line, reportId: report.id })),
        );
      if (previous.metricValues.length)
        await ctx.em.insert(
          ReportMetricValue,
          previous.metricValues.map((value) => ({ ...value, reportId: report.id })),
        );
      const attachments = await ctx.em.findBy(ReportAttachment, { reportId: latest.id });
      if (attachments.length)
        await ctx.em.insert(
          ReportAttachment,
          attachments.map(({ id: _id, createdAt: _at, ...attachment }) => ({
            ...attachment,
            reportId: report.id,
          })),
        );
    }
    await this.audit.record(ctx, {
      action: latest ? 'grantReport.revisionStarted' : 'grantReport.started',
      collaborativeId: report.collaborativeId,
      entityType: 'GrantReport',
      entityId: report.id,
      after: { ...report, previousVersionId: latest?.id ?? null },
    });
    return report;
  }

  async saveDraft(ctx: RequestContext, input: SaveGrantReportDraftInput): Promise<GrantReport> {
    const report = await this.lockDraft(ctx, input.reportId, 'update', input.expectedRevision);
    const grant = await ctx.em.findOneByOrFail(Grant, { id: report.grantId });
    const before = { ...report, ...(await contentOf(ctx, report.id)) };

    if (input.metricValues) {
      const allowed = new Set(
        (await ctx.em.findBy(GrantMetric, { grantId: report.grantId })).map((metric) => metric.metricId),
      );
      const seen = new Set<string>();
      input.metricValues.forEach((value, index) => {
        if (!allowed.has(value.metricId)) throw new UnknownMetric(index, value.metricId);
        if (seen.has(value.metricId)) throw new MetricListedTwice(index);
        seen.add(value.metricId);
      });
    }
    input.spending?.forEach((line, index) => {
      if (line.amount.currency !== grant.amount.currency)
        throw new CurrencyNotTheGrants(index, grant.amount.currency);
    });

    if (input.narrative !== undefined && input.narrative !== null) report.narrative = input.narrative;
    if (input.spending) {
      await ctx.em.delete(ReportSpendingLine, { reportId: report.id });
      if (input.spending.length)
        await ctx.em.insert(
          ReportSpendingLine,
          input.spending.map((line, position) => ({
            collaborativeId: report.collaborativeId,
            recipientOrganizationId: report.recipientOrganizationId,
            reportId: report.id,
            position,
            budgetLine: line.budgetLine,
            amount: { cents: line.amount.cents, currency: line.amount.currency },
            note: line.note ?? '',
          })),
        );
    }
    if (input.metricValues) {
      await ctx.em.delete(ReportMetricValue, { reportId: report.id });
      if (input.metricValues.length)
        await ctx.em.insert(
          ReportMetricValue,
          input.metricValues.map((value) => ({
            reportId: report.id,
            metricId: value.metricId,
            collaborativeId: report.collaborativeId,
            recipientOrganizationId: report.recipientOrganizationId,
            value: value.value,
            note: value.note ?? '',
          })),
        );
    }
    report.revision += 1;
    await ctx.em.save(report);
    await this.audit.record(ctx, {
      action: 'grantReport.draftSaved',
      collaborativeId: report.collaborativeId,
      entityType: 'GrantReport',
      entityId: report.id,
      before,
      after: { ...report, ...(await contentOf(ctx, report.id)) },
    });
    return report;
  }

  /**
   * Submits a draft. The period must be over and every section the requirement asks for filled;
   * otherwise the draft stays as it is and the answer lists what is missing, section by section.
   */
  async submit(ctx: RequestContext, input: SubmitGrantReportInput): Promise<GrantReport> {
    const report = await this.lockDraft(ctx, input.reportId, 'submit', input.expectedRevision);
    const requirement = await ctx.em.findOneByOrFail(ReportingRequirement, { id: report.requirementId });
    const today = requirementToday(
      this.clock.now(),
      await collaborativeTimeZone(ctx, requirement.collaborativeId),
    );
    if (today < requirement.periodEnd) throw new PeriodNotOver(requirement.periodEnd);

    const content = await contentOf(ctx, report.id);
    const problems: FieldProblem[] = [];
    const required = new Set(requirement.requiredSections);
    if (required.has(ReportSection.NARRATIVE) && !report.narrative.trim())
      problems.push({ field: 'narrative', messages: ['write the narrative'] });
    if (required.has(ReportSection.SPENDING) && content.spending.length === 0)
      problems.push({ field: 'spending', messages: ['report spending on at least one budget line'] });
    if (required.has(ReportSection.METRICS)) {
      const given = new Set(content.metricValues.map((value) => value.metricId));
      const missing = (await ctx.em.findBy(GrantMetric, { grantId: report.grantId })).filter(
        (metric) => !given.has(metric.metricId),
      );
      if (missing.length)
        problems.push({
          field: 'metricValues',
          messages: [`give a value for every metric (${missing.length} missing)`],
        });
    }
    if (
      required.has(ReportSection.ATTACHMENTS) &&
      !(await ctx.em.existsBy(ReportAttachment, { reportId: report.id }))
    )
      problems.push({ field: 'attachments', messages: ['attach at least one file'] });
    if (problems.length) throw new ReportIncomplete(problems);

    const before = { ...report };
    report.status = submittedStatus(report.version);
    report.submittedAt = this.clock.now();
    report.submittedByUserId = ctx.userId;
    await updateLoaded(ctx.em, GrantReport, report, ['status', 'submittedAt', 'submittedByUserId']);
    await this.audit.record(ctx, {
      action: report.version === 1 ? 'grantReport.submitted' : 'grantReport.resubmitted',
      collaborativeId: report.collaborativeId,
      entityType: 'GrantReport',
      entityId: report.id,
      before,
      after: { ...report, ...content, late: today > requirement.dueOn },
    });
    return report;
  }

  async review(ctx: RequestContext, input: ReviewGrantReportInput): Promise<GrantReport> {
    const report = await findAccessible(ctx, GrantReport, 'GrantReport', input.reportId, { lock: true });
    assertCan(ctx, 'review', 'GrantReport', report);
    const to =
      input.decision === ReviewDecision.ACCEPTED
        ? GrantReportStatus.ACCEPTED
        : GrantReportStatus.CHANGES_REQUESTED;
    REPORT_LIFECYCLE.assert(report.status, to);
    const comments = (input.comments ?? []).map((c) => ({ section: c.section, comment: c.comment }));
    if (to === GrantReportStatus.CHANGES_REQUESTED && comments.length === 0)
      throw new CommentsOnlyWithChanges();

    const before = { ...report };
    const review = await ctx.em.save(
      ctx.em.create(ReportReview, {
        collaborativeId: report.collaborativeId,
        recipientOrganizationId: report.recipientOrganizationId,
        reportId: report.id,
        decision: input.decision,
        comments,
        reviewerUserId: ctx.userId,
        reviewerName: ctx.principal?.displayName ?? '',
      }),
    );
    report.status = to;
    report.reviewedAt = this.clock.now();
    await ctx.em.save(report);
    await this.audit.record(ctx, {
      action: to === GrantReportStatus.ACCEPTED ? 'grantReport.accepted' : 'grantReport.changesRequested',
      collaborativeId: report.collaborativeId,
      entityType: 'GrantReport',
      entityId: report.id,
      before,
      after: { ...report, review },
    });
    await this.notifyReviewed(ctx, report, comments);
    return report;
  }

  /**
   * The partner hears the decision: sent back, with the reviewer's words (what it owes now), or
   * accepted (which also lifts any hold the report kept on its grant's tranches). One message per
   * reviewed version.
   */
  private async notifyReviewed(
    ctx: RequestContext,
    report: GrantReport,
    comments: { section: ReportSection; comment: string }[],
  ): Promise<void> {
    const [requirement, grant] = await ctx.readTogether([
      () => ctx.em.findOneByOrFail(ReportingRequirement, { id: report.requirementId }),
      () => ctx.em.findOneByOrFail(Grant, { id: report.grantId }),
    ]);
    const common = {
      collaborativeId: report.collaborativeId,
      recipientUserIds: await partnerContactsOf(ctx, report.collaborativeId, report.recipientOrganizationId),
      about: { type: 'ReportingRequirement', id: requirement.id },
      link: requirementLink(report.collaborativeId, requirement.id),
      dedupeKey: `report-reviewed:${report.id}`,
    };
    if (report.status === GrantReportStatus.ACCEPTED) {
      await this.notifier.notify(ctx, {
        ...common,
        kind: 'REPORT_ACCEPTED',
        figures: { grantTitle: grant.title, periodEnd: requirement.periodEnd },
      });
    } else {
      await this.notifier.notify(ctx, {
        ...common,
        kind: 'REPORT_CHANGES_REQUESTED',
        // The reviewer's comments, one per line, as written: they are the note.
        figures: {
          grantTitle: grant.title,
          periodEnd: requirement.periodEnd,
          note: comments.map((comment) => comment.comment).join('\n'),
        },
      });
    }
  }

  /** The caller's draft, locked; a submitted version answers CONFLICT whatever is asked of it. */
  async lockDraft(
    ctx: RequestContext,
    reportId: string,
    action: 'update' | 'submit',
    expectedRevision?: number | null,
  ): Promise<GrantReport> {
    const report = await findAccessible(ctx, GrantReport, 'GrantReport', reportId, { lock: true });
    assertCan(ctx, action, 'GrantReport', report);
    if (report.status !== GrantReportStatus.DRAFT) throw new ReportNotEditable(report.status);
    if (expectedRevision !== undefined && expectedRevision !== null && expectedRevision !== report.revision)
      throw new StaleDraft(report.revision);
    return report;
  }
}
