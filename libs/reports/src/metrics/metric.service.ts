import { Grant, GrantService } from '@braid/funds';
import { Collaborative } from '@braid/collaboratives';
import {
  accessibleBy,
  assertCan,
  AuditService,
  findAccessible,
  NotFoundError,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { CreateMetricInput, SetGrantMetricInput } from '../dto/reports.inputs';
import { MetricNameTaken, YearTargetsDoNotAddUp } from '../reports.errors';
import { RequirementService } from '../requirements/requirement.service';
import { GrantMetric } from './grant-metric.entity';
import { Metric } from './metric.entity';

@Injectable()
export class MetricService {
  constructor(
    private readonly audit: AuditService,
    private readonly grants: GrantService,
    private readonly requirements: RequirementService,
  ) {}

  list(ctx: RequestContext, collaborativeId: string): Promise<Metric[]> {
    return ctx.em
      .getRepository(Metric)
      .createQueryBuilder('metric')
      .where('metric.collaborativeId = :collaborativeId', { collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Metric', 'metric'))
      .orderBy('metric.name')
      .limit(1000)
      .getMany();
  }

  load(ctx: RequestContext, id: string): Promise<Metric | null> {
    return ctx
      .loader<string, Metric | null>('metric.byId', async (ids) => {
        const rows = await ctx.em
          .getRepository(Metric)
          .createQueryBuilder('metric')
          .where('metric.id IN (:...ids)', { ids })
          .andWhere(accessibleBy(ctx.ability, 'read', 'Metric', 'metric'))
          .getMany();
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      })
      .load(id);
  }

  /** A grant's metrics; the grant was read under the caller's rule already. */
  loadForGrant(ctx: RequestContext, grantId: string): Promise<GrantMetric[]> {
    return ctx
      .loader<string, GrantMetric[]>('grantMetric.byGrant', async (ids) => {
        const rows = await ctx.em
          .getRepository(GrantMetric)
          .createQueryBuilder('gm')
          .where('gm.grantId IN (:...ids)', { ids })
          .orderBy('gm.id')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.grantId === id));
      })
      .load(grantId);
  }

  async create(ctx: RequestContext, input: CreateMetricInput): Promise<Metric> {
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'create', 'Metric', { collaborativeId: input.collaborativeId });
    const taken = await ctx.em
      .getRepository(Metric)
      .createQueryBuilder('metric')
      .where('metric.collaborativeId = :c AND lower(metric.name) = lower(:name)', {
        c: input.collaborativeId,
        name: input.name,
      })
      .getExists();
    if (taken) throw new MetricNameTaken(input.name);
    let metric: Metric;
    try {
      metric = await ctx.em.save(
        ctx.em.create(Metric, {
          collaborativeId: input.collaborativeId,
          name: input.name,
          unit: input.unit,
          description: input.description ?? '',
        }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw new MetricNameTaken(input.name);
      throw error;
    }
    await this.audit.record(ctx, {
      action: 'metric.created',
      collaborativeId: metric.collaborativeId,
      entityType: 'Metric',
      entityId: metric.id,
      after: metric,
    });
    return metric;
  }

  /** Adds a catalogue metric to a grant or changes its targets; every period's target follows. */
  async setForGrant(ctx: RequestContext, input: SetGrantMetricInput): Promise<GrantMetric> {
    const grant: Grant = await this.grants.get(ctx, input.grantId);
    assertCan(ctx, 'update', 'ReportingRequirement', { collaborativeId: grant.collaborativeId });
    const metric = await ctx.em.findOneBy(Metric, {
      id: input.metricId,
      collaborativeId: grant.collaborativeId,
    });
    if (!metric) throw new NotFoundError('Metric', input.metricId);
    const yearTargets = input.yearTargets ?? [];
    if (yearTargets.length && yearTargets.reduce((a, b) => a + b, 0) !== input.target)
      throw new YearTargetsDoNotAddUp();
    // The grant row orders concurrent changes to its metrics.
    await ctx.em.query(`SELECT id FROM grant_award WHERE id = $1 FOR UPDATE`, [grant.id]);
    const existing = await ctx.em.findOneBy(GrantMetric, { grantId: grant.id, metricId: metric.id });
    const before = existing ? { ...existing } : null;
    const row =
      existing ??
      ctx.em.create(GrantMetric, {
        collaborativeId: grant.collaborativeId,
        grantId: grant.id,
        recipientOrganizationId: grant.recipientOrganizationId,
        metricId: metric.id,
      });
    row.target = input.target;
    row.yearTargets = yearTargets;
    await ctx.em.save(row);
    await this.requirements.recomputeTargets(ctx, grant);
    await this.audit.record(ctx, {
      action: existing ? 'grantMetric.updated' : 'grantMetric.added',
      collaborativeId: grant.collaborativeId,
      entityType: 'GrantMetric',
      entityId: row.id,
      before,
      after: { ...row, metricName: metric.name },
    });
    return row;
  }
}
