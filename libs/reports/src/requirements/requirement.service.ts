import { type DisbursementHoldFigure, GrantReportStatus, ReportSection } from '@braid/contracts';
import { Grant } from '@braid/funds';
import {
  accessibleBy,
  assertCan,
  AuditService,
  Clock,
  collaborativeTimeZone,
  collaborativeTodaySql,
  ConnectionShape,
  findAccessible,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { ReportingRequirementsArgs, UpdateReportingRequirementInput } from '../dto/reports.inputs';
import { GrantMetric } from '../metrics/grant-metric.entity';
import { Metric } from '../metrics/metric.entity';
import { DueBeforePeriodEnds } from '../reports.errors';
import { ReportingRequirement } from './reporting-requirement.entity';
import { RequirementMetricTarget } from './requirement-metric-target.entity';
import { requirementsFromSchedule } from './requirement-schedule';
import {
  requirementNow,
  RequirementStatus,
  requirementStatus,
  requirementStatusSql,
} from './requirement-status';
import { periodTargets } from './requirement-targets';

/** What a report must contain unless the fund administrator says otherwise: attachments are optional. */
export const DEFAULT_SECTIONS = [ReportSection.NARRATIVE, ReportSection.SPENDING, ReportSection.METRICS];

/** Words funds' free-text metric periods use for grant years ("Year one", "year 2"). */
const YEAR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function grantYearOf(period: string | null | undefined): number | null {
  const match = /year\s+(\w+)/i.exec(period ?? '');
  if (!match) return null;
  const word = match[1].toLowerCase();
  const number = /^\d+$/.test(word) ? Number(word) : YEAR_WORDS.indexOf(word) + 1;
  return number >= 1 && number <= 10 ? number : null;
}

@Injectable()
export class RequirementService {
  private readonly logger = new Logger(RequirementService.name);

  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Sets up a new grant's reporting (GrantCreated, as the system): one requirement per entry of
   * the grant's schedule, and the metrics its motion or the fund administrator named, matched to
   * the collaborative's catalogue by name (added to it when missing). Idempotent: a redelivered
   * event finds the requirements there.
   */
  async setUpForGrant(ctx: RequestContext, grantId: string): Promise<void> {
    const grant = await ctx.em.findOneBy(Grant, { id: grantId });
    if (!grant) throw new Error(`GrantCreated: no grant ${grantId}`);
    if (await ctx.em.existsBy(ReportingRequirement, { grantId })) {
      this.logger.log(`Grant ${grantId} already has its reporting requirements`);
      return;
    }
    const dates = requirementsFromSchedule(grant);
    const requirements = await ctx.em.save(
      dates.map((date) =>
        ctx.em.create(ReportingRequirement, {
          ...date,
          collaborativeId: grant.collaborativeId,
          grantId,
          recipientOrganizationId: grant.recipientOrganizationId,
          requiredSections: DEFAULT_SECTIONS,
        }),
      ),
    );

    // Funds' metric targets: one entry per metric and optional grant year.
    const byName = new Map<string, { target: number; years: number[] }>();
    for (const target of grant.metricTargets) {
      const entry = byName.get(target.name) ?? { target: 0, years: [] };
      const year = grantYearOf(target.period);
      if (year) entry.years[year - 1] = target.target;
      else entry.target += target.target;
      byName.set(target.name, entry);
    }
    for (const [name, entry] of byName) {
      let metric = await ctx.em
        .getRepository(Metric)
        .createQueryBuilder('metric')
        .where('metric.collaborativeId = :c AND lower(metric.name) = lower(:name)', {
          c: grant.collaborativeId,
          name,
        })
        .getOne();
      metric ??= await ctx.em.save(
        ctx.em.create(Metric, {
          collaborativeId: grant.collaborativeId,
          name,
          unit: 'people',
          description: '',
        }),
      );
      const yearTargets = Array.from({ length: entry.years.length }, (_, i) => entry.years[i] ?? 0);
      const target = yearTargets.length ? yearTargets.reduce((a, b) => a + b, 0) : entry.target;
      await ctx.em.save(
        ctx.em.create(GrantMetric, {
          collaborativeId: grant.collaborativeId,
          grantId,
          recipientOrganizationId: grant.recipientOrganizationId,
          metricId: metric.id,
          target,
          yearTargets,
        }),
      );
    }
    await this.recomputeTargets(ctx, grant, requirements);
    await this.audit.record(ctx, {
      action: 'reportingRequirements.created',
      collaborativeId: grant.collaborativeId,
      entityType: 'Grant',
      entityId: grant.id,
      after: { requirements, metrics: [...byName.keys()] },
    });
  }

  /** Rewrites every period target of a grant from its grant metrics. */
  async recomputeTargets(
    ctx: RequestContext,
    grant: Grant,
    requirements?: ReportingRequirement[],
  ): Promise<void> {
    const periods =
      requirements ??
      (await ctx.em.find(ReportingRequirement, { where: { grantId: grant.id }, order: { sequence: 'ASC' } }));
    const metrics = await ctx.em.findBy(GrantMetric, { grantId: grant.id });
    await ctx.em.delete(RequirementMetricTarget, { grantId: grant.id });
    const rows = metrics.flatMap((metric) => {
      const targets = periodTargets(periods, grant.periodStart, metric.target, metric.yearTargets);
      return periods.map((period, i) => ({
        requirementId: period.id,
        metricId: metric.metricId,
        collaborativeId: grant.collaborativeId,
        grantId: grant.id,
        target: targets[i],
      }));
    });
    if (rows.length) await ctx.em.insert(RequirementMetricTarget, rows);
  }

  /**
   * Pages of requirements by due date (then number within the grant, then id, so equal dates still
   * give a stable order), filtered by status in SQL so that every page is full.
   */
  list(ctx: RequestContext, args: ReportingRequirementsArgs): Promise<ConnectionShape<ReportingRequirement>> {
    const qb = ctx.em
      .getRepository(ReportingRequirement)
      .createQueryBuilder('requirement')
      .where('requirement.collaborativeId = :c', { c: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'ReportingRequirement', 'requirement'));
    if (args.grantId) qb.andWhere('requirement.grantId = :g', { g: args.grantId });
    if (args.statuses) {
      qb.andWhere(`${requirementStatusSql('requirement')} IN (:...statuses)`, {
        statuses: args.statuses,
        ...requirementNow(this.clock.now()),
      });
    }
    return paginate(qb, args, [{ property: 'dueOn' }, { property: 'sequence' }, { property: 'id' }]);
  }

  get(ctx: RequestContext, id: string): Promise<ReportingRequirement> {
    return findAccessible(ctx, ReportingRequirement, 'ReportingRequirement', id);
  }

  /** Requirements by id for nested fields (a report's requirement), batched, under the caller's rule. */
  load(ctx: RequestContext, id: string): Promise<ReportingRequirement | null> {
    return ctx
      .loader<string, ReportingRequirement | null>('requirement.byId', async (ids) => {
        const rows = await ctx.em
          .getRepository(ReportingRequirement)
          .createQueryBuilder('requirement')
          .where('requirement.id IN (:...ids)', { ids })
          .andWhere(accessibleBy(ctx.ability, 'read', 'ReportingRequirement', 'requirement'))
          .getMany();
        return ids.map((key) => rows.find((row) => row.id === key) ?? null);
      })
      .load(id);
  }

  /** A grant's requirements, as a nested field of Grant, under the caller's rule. */
  loadForGrant(ctx: RequestContext, grantId: string): Promise<ReportingRequirement[]> {
    return ctx
      .loader<string, ReportingRequirement[]>('requirement.byGrant', async (ids) => {
        const rows = await ctx.em
          .getRepository(ReportingRequirement)
          .createQueryBuilder('requirement')
          .where('requirement.grantId IN (:...ids)', { ids })
          .andWhere(accessibleBy(ctx.ability, 'read', 'ReportingRequirement', 'requirement'))
          .orderBy('requirement.sequence')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.grantId === id));
      })
      .load(grantId);
  }

  /** The status of a requirement, from its latest submitted version (batched per request). */
  async status(ctx: RequestContext, requirement: ReportingRequirement): Promise<RequirementStatus> {
    const latest = await ctx
      .loader<string, GrantReportStatus | null>('requirement.latestSubmitted', async (ids) => {
        const rows: { requirement_id: string; status: GrantReportStatus }[] = await ctx.em.query(
          `SELECT DISTINCT ON (requirement_id) requirement_id, status FROM grant_report
            WHERE requirement_id = ANY($1) AND status <> 'DRAFT' ORDER BY requirement_id, version DESC`,
          [ids],
        );
        const byId = new Map(rows.map((row) => [row.requirement_id, row.status]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(requirement.id);
    return requirementStatus(
      requirement,
      latest,
      this.clock.now(),
      await collaborativeTimeZone(ctx, requirement.collaborativeId),
    );
  }

  loadTargets(ctx: RequestContext, requirementId: string): Promise<RequirementMetricTarget[]> {
    return ctx
      .loader<string, RequirementMetricTarget[]>('requirement.targets', async (ids) => {
        const rows = await ctx.em.find(RequirementMetricTarget, { where: { requirementId: In([...ids]) } });
        return ids.map((id) => rows.filter((row) => row.requirementId === id));
      })
      .load(requirementId);
  }

  async update(ctx: RequestContext, input: UpdateReportingRequirementInput): Promise<ReportingRequirement> {
    const requirement = await findAccessible(
      ctx,
      ReportingRequirement,
      'ReportingRequirement',
      input.requirementId,
      {
        lock: true,
      },
    );
    assertCan(ctx, 'update', 'ReportingRequirement', requirement);
    if (input.dueOn && input.dueOn <= requirement.periodEnd)
      throw new DueBeforePeriodEnds(requirement.periodEnd);
    const before = { ...requirement };
    if (input.dueOn) requirement.dueOn = input.dueOn;
    if (input.requiredSections) requirement.requiredSections = input.requiredSections;
    await ctx.em.save(requirement);
    await this.audit.record(ctx, {
      action: 'reportingRequirement.updated',
      collaborativeId: requirement.collaborativeId,
      entityType: 'ReportingRequirement',
      entityId: requirement.id,
      before,
      after: requirement,
    });
    return requirement;
  }

  /**
   * Why a tranche planned on `plannedOn` is held, in words naming each missing report: a report
   * due before that date that is late (nothing submitted after its due date) or has changes
   * requested and not resubmitted. "The next disbursement" is the one a report comes before: a
   * tranche planned before any report was due is not held, whenever it is released. Nothing is
   * held when the collaborative has turned holds off (report_settings; on when never set). Read in
   * the release transaction, in one statement, settings included.
   */
  async holdsFor(
    ctx: RequestContext,
    grantId: string,
    plannedOn: string,
  ): Promise<{ text: string; figure: DisbursementHoldFigure }[]> {
    const rows: {
      covers: string;
      period_start: string;
      period_end: string;
      due_on: string;
      latest: GrantReportStatus | null;
    }[] = await ctx.em.query(
      `SELECT requirement.covers, to_char(requirement.due_on, 'YYYY-MM-DD') AS due_on, latest.status AS latest,
              to_char(requirement.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(requirement.period_end, 'YYYY-MM-DD') AS period_end
         FROM reporting_requirement requirement
         LEFT JOIN LATERAL (
           SELECT status FROM grant_report report
            WHERE report.requirement_id = requirement.id AND report.status <> 'DRAFT'
            ORDER BY report.version DESC LIMIT 1) latest ON true
        WHERE requirement.grant_id = $1 AND requirement.due_on < $3::date
          AND COALESCE((SELECT settings.hold_disbursements_on_late_reports FROM report_settings settings
                         WHERE settings.collaborative_id = requirement.collaborative_id), true)
          AND (latest.status = 'CHANGES_REQUESTED' OR (latest.status IS NULL AND requirement.due_on < ${collaborativeTodaySql('$2', 'requirement.collaborative_id')}))
        ORDER BY requirement.due_on`,
      [grantId, this.clock.now().toISOString(), plannedOn],
    );
    return rows.map((row) =>
      row.latest === GrantReportStatus.CHANGES_REQUESTED
        ? {
            text: `the report for ${row.covers} has changes requested that have not been resubmitted`,
            figure: {
              hold: 'REPORT_CHANGES_REQUESTED',
              periodStart: row.period_start,
              periodEnd: row.period_end,
            },
          }
        : {
            text: `the report for ${row.covers}, due ${row.due_on}, has not been submitted`,
            figure: {
              hold: 'REPORT_LATE',
              periodStart: row.period_start,
              periodEnd: row.period_end,
              dueOn: row.due_on,
            },
          },
    );
  }
}
