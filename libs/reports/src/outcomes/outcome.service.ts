import { CollaborativeService, Collaborative } from '@braid/collaboratives';
import { can, findAccessible, Money, NotAllowedError, NotFoundError, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { figures } from './outcome-figures';
import {
  FunderOutcome,
  GrantOutcome,
  MetricOutcome,
  MetricOutcomeDetail,
  OutcomeRollup,
  PeriodOutcome,
  PublicMetricOutcome,
  StreamOutcome,
} from './outcome.types';

/**
 * Accepted values per grant and metric: the one accepted version of each requirement (a
 * requirement has at most one, by a partial unique index), summed.
 */
const ACTUALS = `
  SELECT report.grant_id, value.metric_id, sum(value.value)::bigint AS actual
    FROM report_metric_value value
    JOIN grant_report report ON report.id = value.report_id
   WHERE report.collaborative_id = $1 AND report.status = 'ACCEPTED'
   GROUP BY report.grant_id, value.metric_id`;

/**
 * Each grant's target and actual per metric, shared among the streams that pay for the grant in
 * proportion to their allocations, in whole people: every stream gets the whole part of its exact
 * share, and the people left over go one each to the largest fractional parts (largest remainder,
 * Hamilton's method; a tie goes to the allocation listed first). The shares of a grant add up to
 * its figure exactly, so no funder is credited "333.33 clients" and the funders' columns add up.
 */
const ATTRIBUTED = `
  exact AS (
    SELECT gm.grant_id, gm.metric_id, allocation.funding_stream_id, allocation.position,
           gm.target::bigint AS target_total, coalesce(a.actual, 0)::bigint AS actual_total,
           gm.target::numeric * allocation.amount_cents / award.amount_cents AS target_exact,
           coalesce(a.actual, 0)::numeric * allocation.amount_cents / award.amount_cents AS actual_exact
      FROM grant_metric gm
      JOIN grant_award award ON award.id = gm.grant_id
      JOIN grant_allocation allocation ON allocation.grant_id = award.id
      LEFT JOIN actuals a ON a.grant_id = gm.grant_id AND a.metric_id = gm.metric_id
     WHERE gm.collaborative_id = $1),
  ranked AS (
    SELECT exact.*,
           floor(target_exact) AS target_floor, floor(actual_exact) AS actual_floor,
           target_total - sum(floor(target_exact)) OVER share AS target_left,
           actual_total - sum(floor(actual_exact)) OVER share AS actual_left,
           row_number() OVER (share ORDER BY target_exact - floor(target_exact) DESC, position) AS target_rank,
           row_number() OVER (share ORDER BY actual_exact - floor(actual_exact) DESC, position) AS actual_rank
      FROM exact
    WINDOW share AS (PARTITION BY grant_id, metric_id)),
  attributed AS (
    SELECT grant_id, metric_id, funding_stream_id,
           target_floor + CASE WHEN target_rank <= target_left THEN 1 ELSE 0 END AS target,
           actual_floor + CASE WHEN actual_rank <= actual_left THEN 1 ELSE 0 END AS actual
      FROM ranked)`;

/**
 * Outcomes, each figure a PostgreSQL aggregate: targets from the grants' metrics, actuals from
 * accepted reports. A grant's outcomes are attributed to the streams that pay for it in proportion
 * to their allocations (allocation ÷ grant amount), in whole people (ATTRIBUTED): a stream paying
 * two thirds of a grant of 500 clients is credited 333 or 334 of them; a funder's figures are the
 * sum over its streams.
 */
@Injectable()
export class OutcomeService {
  constructor(private readonly collaboratives: CollaborativeService) {}

  /** Members with the right see it; other members hear FORBIDDEN, anyone else NOT_FOUND. */
  async requireAccess(
    ctx: RequestContext,
    collaborativeId: string,
    action: 'read' | 'export',
  ): Promise<Collaborative> {
    const collaborative = await findAccessible(ctx, Collaborative, 'Collaborative', collaborativeId);
    if (can(ctx, action, 'OutcomeRollup', { collaborativeId })) return collaborative;
    if (ctx.membershipIn(collaborativeId))
      throw new NotAllowedError(`You are not allowed to ${action} the outcome roll-up.`, { action });
    throw new NotFoundError('Collaborative', collaborativeId);
  }

  async rollup(ctx: RequestContext, collaborativeId: string): Promise<OutcomeRollup> {
    await this.requireAccess(ctx, collaborativeId, 'read');
    return { collaborativeId, metrics: await this.metricSummaries(ctx, collaborativeId) };
  }

  /**
   * Every metric with its grants, periods and streams (the CSV export). GraphQL reads the
   * summaries alone and each breakdown only when a query selects it (MetricOutcomeResolver): the
   * roll-up page's streams need none of the 750 grant and period rows of a 250-grant fund (bench/).
   */
  async metricOutcomes(ctx: RequestContext, collaborativeId: string): Promise<MetricOutcomeDetail[]> {
    const [metrics, grants, periods, streams] = await ctx.readTogether([
      () => this.metricSummaries(ctx, collaborativeId),
      () => this.grantOutcomes(ctx, collaborativeId),
      () => this.periodOutcomes(ctx, collaborativeId),
      () => this.streamOutcomes(ctx, collaborativeId),
    ]);
    return metrics.map((metric) => ({
      ...metric,
      grants: grants.get(metric.metricId) ?? [],
      periods: periods.get(metric.metricId) ?? [],
      streams: streams.get(metric.metricId) ?? [],
    }));
  }

  /** Each metric's totals over the collaborative's grants, by name. */
  async metricSummaries(ctx: RequestContext, collaborativeId: string): Promise<MetricOutcome[]> {
    const rows: {
      id: string;
      name: string;
      unit: string;
      target: string;
      actual: string;
      grant_count: number;
    }[] = await ctx.em.query(
      `WITH actuals AS (${ACTUALS})
         SELECT metric.id, metric.name, metric.unit,
                (SELECT coalesce(sum(gm.target), 0) FROM grant_metric gm WHERE gm.metric_id = metric.id)::text AS target,
                (SELECT coalesce(sum(a.actual), 0) FROM actuals a WHERE a.metric_id = metric.id)::text AS actual,
                (SELECT count(*) FROM grant_metric gm WHERE gm.metric_id = metric.id)::int AS grant_count
           FROM report_metric metric WHERE metric.collaborative_id = $1 ORDER BY metric.name`,
      [collaborativeId],
    );
    return rows.map((metric) => ({
      metricId: metric.id,
      collaborativeId,
      name: metric.name,
      unit: metric.unit,
      grantCount: metric.grant_count,
      ...figures(metric.target, metric.actual),
    }));
  }

  /** Per metric, each grant that counts it, in the order grants were made. */
  async grantOutcomes(ctx: RequestContext, collaborativeId: string): Promise<Map<string, GrantOutcome[]>> {
    const rows: {
      metric_id: string;
      grant_id: string;
      title: string;
      organization_name: string;
      target: string;
      actual: string;
    }[] = await ctx.em.query(
      `WITH actuals AS (${ACTUALS})
       SELECT gm.metric_id, award.id AS grant_id, award.title, organization.name AS organization_name,
              gm.target::text AS target, coalesce(a.actual, 0)::text AS actual
         FROM grant_metric gm
         JOIN grant_award award ON award.id = gm.grant_id
         -- No tenant condition on the recipient: it is the grant's own, so it says nothing new,
         -- and the planner, multiplying the two conditions' selectivities, expected one row and
         -- re-read the actuals for each grant (bench/, full scale: 14.6 ms instead of 3.2 ms).
         JOIN organization ON organization.id = award.recipient_organization_id
         LEFT JOIN actuals a ON a.grant_id = gm.grant_id AND a.metric_id = gm.metric_id
        WHERE gm.collaborative_id = $1 ORDER BY award.created_at, award.id`,
      [collaborativeId],
    );
    return byMetric(rows, (row) => ({
      grantId: row.grant_id,
      grantTitle: row.title,
      organizationName: row.organization_name,
      ...figures(row.target, row.actual),
    }));
  }

  /** Per metric, each reporting period's target and accepted value, grant by grant. */
  async periodOutcomes(ctx: RequestContext, collaborativeId: string): Promise<Map<string, PeriodOutcome[]>> {
    const rows: {
      metric_id: string;
      requirement_id: string;
      grant_id: string;
      title: string;
      covers: string;
      target: string;
      actual: string;
    }[] = await ctx.em.query(
      `SELECT t.metric_id, requirement.id AS requirement_id, requirement.grant_id, award.title, requirement.covers,
              t.target::text AS target, coalesce(value.value, 0)::text AS actual
         FROM requirement_metric_target t
         -- The tenant condition restates what the target implies; without it the planner reads
         -- every collaborative's requirements (bench/, full scale: 162 ms instead of 14 ms).
         JOIN reporting_requirement requirement
           ON requirement.id = t.requirement_id AND requirement.collaborative_id = $1
         JOIN grant_award award ON award.id = requirement.grant_id
         LEFT JOIN grant_report report ON report.requirement_id = requirement.id AND report.status = 'ACCEPTED'
         LEFT JOIN report_metric_value value ON value.report_id = report.id AND value.metric_id = t.metric_id
        WHERE t.collaborative_id = $1 ORDER BY award.created_at, award.id, requirement.sequence`,
      [collaborativeId],
    );
    return byMetric(rows, (row) => ({
      requirementId: row.requirement_id,
      grantId: row.grant_id,
      grantTitle: row.title,
      covers: row.covers,
      ...figures(row.target, row.actual),
    }));
  }

  /** Per metric, each stream's attributed share (allocation ÷ grant amount), by stream name. */
  async streamOutcomes(ctx: RequestContext, collaborativeId: string): Promise<Map<string, StreamOutcome[]>> {
    const rows: {
      metric_id: string;
      stream_id: string;
      stream_name: string;
      funder_name: string;
      target: string;
      actual: string;
    }[] = await ctx.em.query(
      `WITH actuals AS (${ACTUALS}), ${ATTRIBUTED}
       SELECT share.metric_id, stream.id AS stream_id, stream.name AS stream_name, funder.name AS funder_name,
              sum(share.target)::text AS target, sum(share.actual)::text AS actual
         FROM attributed share
         JOIN funding_stream stream ON stream.id = share.funding_stream_id
         JOIN organization funder ON funder.id = stream.funder_organization_id
        GROUP BY share.metric_id, stream.id, stream.name, funder.name ORDER BY stream.name`,
      [collaborativeId],
    );
    return byMetric(rows, (row) => ({
      fundingStreamId: row.stream_id,
      streamName: row.stream_name,
      funderName: row.funder_name,
      ...figures(row.target, row.actual),
    }));
  }

  /** Per funder: money its streams committed and released, and the outcomes attributed to it. */
  async funders(ctx: RequestContext, collaborativeId: string): Promise<FunderOutcome[]> {
    await this.requireAccess(ctx, collaborativeId, 'read');
    const [money, disbursed, outcomes] = await ctx.readTogether([
      () =>
        ctx.em.query(
          `SELECT stream.funder_organization_id AS funder_id, funder.name AS funder_name, allocation.amount_currency AS currency,
                sum(allocation.amount_cents)::text AS committed, count(DISTINCT allocation.grant_id)::int AS grant_count
           FROM grant_allocation allocation
           JOIN funding_stream stream ON stream.id = allocation.funding_stream_id
           JOIN organization funder ON funder.id = stream.funder_organization_id
          WHERE allocation.collaborative_id = $1
          GROUP BY 1, 2, 3 ORDER BY funder.name`,
          [collaborativeId],
        ) as Promise<
          {
            funder_id: string;
            funder_name: string;
            currency: string;
            committed: string;
            grant_count: number;
          }[]
        >,
      () =>
        ctx.em.query(
          `SELECT stream.funder_organization_id AS funder_id, account.currency, (-sum(account.balance_cents))::text AS disbursed
           FROM ledger_account account
           JOIN funding_stream stream ON stream.id = account.funding_stream_id
          WHERE account.collaborative_id = $1 AND account.kind = 'GRANT_DISBURSED'
          GROUP BY 1, 2`,
          [collaborativeId],
        ) as Promise<{ funder_id: string; currency: string; disbursed: string }[]>,
      () =>
        ctx.em.query(
          `WITH actuals AS (${ACTUALS}), ${ATTRIBUTED}
         SELECT stream.funder_organization_id AS funder_id, metric.id AS metric_id, metric.name, metric.unit,
                sum(share.target)::text AS target, sum(share.actual)::text AS actual
           FROM attributed share
           JOIN report_metric metric ON metric.id = share.metric_id
           JOIN funding_stream stream ON stream.id = share.funding_stream_id
          GROUP BY 1, 2, 3, 4 ORDER BY metric.name`,
          [collaborativeId],
        ) as Promise<
          {
            funder_id: string;
            metric_id: string;
            name: string;
            unit: string;
            target: string;
            actual: string;
          }[]
        >,
    ]);
    const funders = new Map<string, FunderOutcome>();
    for (const row of money) {
      const funder =
        funders.get(row.funder_id) ??
        ({
          funderOrganizationId: row.funder_id,
          funderName: row.funder_name,
          committed: [],
          disbursed: [],
          grantCount: 0,
          metrics: [],
        } satisfies FunderOutcome);
      funder.committed.push(Money.of({ cents: BigInt(row.committed), currency: row.currency }));
      funder.grantCount += row.grant_count;
      funders.set(row.funder_id, funder);
    }
    for (const row of disbursed)
      funders
        .get(row.funder_id)
        ?.disbursed.push(Money.of({ cents: BigInt(row.disbursed), currency: row.currency }));
    for (const row of outcomes)
      funders.get(row.funder_id)?.metrics.push({
        metricId: row.metric_id,
        name: row.name,
        unit: row.unit,
        ...figures(row.target, row.actual),
      });
    return [...funders.values()];
  }

  /** Aggregates only, for the public and observers: a published collaborative, or one's own. */
  async publicOutcomes(ctx: RequestContext, slug: string): Promise<PublicMetricOutcome[]> {
    const collaborative = await this.collaboratives.bySlug(ctx, slug);
    if (!collaborative) throw new NotFoundError('Collaborative', slug);
    const rows: { name: string; unit: string; target: string; actual: string; grant_count: number }[] =
      await ctx.em.query(
        `WITH actuals AS (${ACTUALS})
       SELECT metric.name, metric.unit,
              (SELECT coalesce(sum(gm.target), 0) FROM grant_metric gm WHERE gm.metric_id = metric.id)::text AS target,
              (SELECT coalesce(sum(a.actual), 0) FROM actuals a WHERE a.metric_id = metric.id)::text AS actual,
              (SELECT count(*) FROM grant_metric gm WHERE gm.metric_id = metric.id)::int AS grant_count
         FROM report_metric metric WHERE metric.collaborative_id = $1 ORDER BY metric.name`,
        [collaborative.id],
      );
    return rows.map((row) => ({
      name: row.name,
      unit: row.unit,
      grantCount: row.grant_count,
      ...figures(row.target, row.actual),
    }));
  }
}

/** Rows grouped by their metric, each group in the rows' order. */
function byMetric<R extends { metric_id: string }, T>(rows: R[], map: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.metric_id);
    if (group) group.push(map(row));
    else groups.set(row.metric_id, [map(row)]);
  }
  return groups;
}
