import { createHash } from 'node:crypto';
import { Actor, Fixture } from './fixture';

/**
 * The reads the benchmark drives, each with its hand-written SQL twin: the same answer (checked
 * equal before timing) computed by one statement straight on PostgreSQL, under the same access
 * rule (the twin filters by the caller's collaborative or organization as the API's rules do).
 * Money figures come from the accounts' maintained balances, the cheapest correct source (the run
 * ends by checking every balance still equals its postings).
 */
export interface ReadRequest {
  actor: Actor;
  variables: Record<string, unknown>;
}

export interface Read {
  name: string;
  role: string;
  query: string;
  /** Picks the next request; `random` is the run's seeded generator. */
  next(random: () => number, pageSize?: number): ReadRequest;
  /** The variable holding the page size, for lists: SQL per request is sampled at two sizes. */
  pageSizeVariable?: string;
  /** The API's answer, reduced to what the SQL twin computes. */
  fromApi(data: unknown): unknown;
  sql: string;
  sqlParams(request: ReadRequest): unknown[];
}

/** Reads draw on the signed-in people; the runner sets the fixture before driving them. */
export const fixtureRef: { current: Fixture } = { current: null as unknown as Fixture };

const pick = <T>(items: T[], random: () => number): T => {
  if (!items.length) throw new Error('Nothing to pick from: is the data set seeded?');
  return items[Math.floor(random() * items.length)];
};

interface MoneyShape {
  cents: string;
}
const FIGURES = ['pledged', 'received', 'committed', 'disbursed', 'cashOnHand', 'availableToCommit'] as const;
const figureFields = FIGURES.map((f) => `${f} { cents }`).join(' ');
const figures = (row: Record<string, unknown>) =>
  Object.fromEntries(FIGURES.map((f) => [f, (row[f] as MoneyShape).cents]));

/** Signed sums of a stream's accounts turned into the people's figures, as budget.service.ts does. */
const STREAM_FIGURES_SQL = (p: string) => `
  'pledged', (${p}.receivable + ${p}.cash - ${p}.disbursed)::text,
  'received', (${p}.cash - ${p}.disbursed)::text,
  'committed', (-${p}.committed - ${p}.disbursed)::text,
  'disbursed', (-${p}.disbursed)::text,
  'cashOnHand', (${p}.cash)::text,
  'availableToCommit', (-${p}.uncommitted)::text`;

const budgetOverview: Read = {
  name: 'budget overview',
  role: 'FUND_ADMINISTRATOR',
  query: `query BudgetOverview($id: ID!) {
    budgetOverview(collaborativeId: $id) {
      fund { currency streamCount grantCount ${figureFields} }
      streams { fundingStream { id name } ${figureFields} }
      grants { grant { id title } awarded { cents } disbursed { cents } remaining { cents } }
    }
  }`,
  next: (random) => {
    const actor = pick(fixtureRef.current.fundAdministrators, random);
    return { actor, variables: { id: actor.collaborativeId } };
  },
  fromApi: (data) => {
    const overview = (data as { budgetOverview: Record<string, Record<string, unknown>[]> }).budgetOverview;
    return {
      fund: overview.fund.map((row) => ({
        currency: row.currency,
        streamCount: row.streamCount,
        grantCount: row.grantCount,
        ...figures(row),
      })),
      streams: overview.streams.map((row) => ({
        id: (row.fundingStream as { id: string }).id,
        ...figures(row),
      })),
      grants: overview.grants.map((row) => ({
        id: (row.grant as { id: string }).id,
        awarded: (row.awarded as MoneyShape).cents,
        disbursed: (row.disbursed as MoneyShape).cents,
        remaining: (row.remaining as MoneyShape).cents,
      })),
    };
  },
  sql: `
    WITH sums AS (
      SELECT funding_stream_id, grant_id, kind, sum(balance_cents) AS cents
        FROM ledger_account WHERE collaborative_id = $1
       GROUP BY 1, 2, 3
    ), stream AS (
      SELECT s.id, s.name, s.award_currency AS currency,
             coalesce(sum(sums.cents) FILTER (WHERE sums.kind = 'STREAM_RECEIVABLE'), 0) AS receivable,
             coalesce(sum(sums.cents) FILTER (WHERE sums.kind = 'STREAM_CASH'), 0) AS cash,
             coalesce(sum(sums.cents) FILTER (WHERE sums.kind = 'STREAM_UNCOMMITTED'), 0) AS uncommitted,
             coalesce(sum(sums.cents) FILTER (WHERE sums.kind = 'GRANT_COMMITTED'), 0) AS committed,
             coalesce(sum(sums.cents) FILTER (WHERE sums.kind = 'GRANT_DISBURSED'), 0) AS disbursed
        FROM funding_stream AS s LEFT JOIN sums ON sums.funding_stream_id = s.id
       WHERE s.collaborative_id = $1
       GROUP BY s.id
    ), fund AS (
      SELECT currency, count(*)::int AS streams, sum(receivable) AS receivable, sum(cash) AS cash,
             sum(uncommitted) AS uncommitted, sum(committed) AS committed, sum(disbursed) AS disbursed
        FROM stream GROUP BY currency
    ), award AS (
      SELECT g.id, g.created_at,
             coalesce(sum(sums.cents) FILTER (WHERE sums.kind = 'GRANT_COMMITTED'), 0) AS committed,
             coalesce(sum(sums.cents) FILTER (WHERE sums.kind = 'GRANT_DISBURSED'), 0) AS disbursed
        FROM grant_award AS g LEFT JOIN sums ON sums.grant_id = g.id
       WHERE g.collaborative_id = $1
       GROUP BY g.id
    )
    SELECT json_build_object(
      'fund', (SELECT coalesce(json_agg(json_build_object('currency', fund.currency, 'streamCount', fund.streams,
                 'grantCount', (SELECT count(*) FROM grant_award WHERE collaborative_id = $1 AND amount_currency = fund.currency),
                 ${STREAM_FIGURES_SQL('fund')}) ORDER BY fund.currency), '[]') FROM fund),
      'streams', (SELECT coalesce(json_agg(json_build_object('id', stream.id, ${STREAM_FIGURES_SQL('stream')})
                 ORDER BY stream.name), '[]') FROM stream),
      'grants', (SELECT coalesce(json_agg(json_build_object('id', award.id, 'awarded', (-award.committed - award.disbursed)::text,
                 'disbursed', (-award.disbursed)::text, 'remaining', (-award.committed)::text)
                 ORDER BY award.created_at, award.id), '[]') FROM award)
    ) AS answer`,
  sqlParams: (request) => [request.actor.collaborativeId],
};

const GRANT_PAGE = `query GrantPage($id: ID!, $first: Int!) {
  grants(collaborativeId: $id, first: $first) {
    nodes {
      id title amount { cents }
      recipient { id name }
      totals { awarded { cents } disbursed { cents } remaining { cents } }
      disbursements { id sequence status amount { cents } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const grantPageFromApi = (data: unknown) =>
  (data as { grants: { nodes: Record<string, unknown>[] } }).grants.nodes.map((g) => {
    const totals = g.totals as Record<string, MoneyShape>;
    return {
      id: g.id,
      title: g.title,
      amount: (g.amount as MoneyShape).cents,
      recipient: g.recipient,
      awarded: totals.awarded.cents,
      disbursed: totals.disbursed.cents,
      remaining: totals.remaining.cents,
      disbursements: (g.disbursements as Record<string, unknown>[]).map((d) => ({
        id: d.id,
        sequence: d.sequence,
        status: d.status,
        amount: (d.amount as MoneyShape).cents,
      })),
    };
  });

/** A page of grants in id order (the API's keyset), optionally only one recipient's ($3). */
const GRANT_PAGE_SQL = (recipientFilter: string) => `
  SELECT coalesce(json_agg(json_build_object(
           'id', g.id, 'title', g.title, 'amount', g.amount_cents::text,
           'recipient', json_build_object('id', o.id, 'name', o.name),
           'awarded', (-totals.committed - totals.disbursed)::text, 'disbursed', (-totals.disbursed)::text,
           'remaining', (-totals.committed)::text,
           'disbursements', (SELECT json_agg(json_build_object('id', d.id, 'sequence', d.sequence, 'status', d.status,
                                                              'amount', d.amount_cents::text) ORDER BY d.sequence)
                               FROM disbursement AS d WHERE d.grant_id = g.id))
         ORDER BY g.id), '[]') AS answer
    FROM (SELECT * FROM grant_award WHERE collaborative_id = $1 ${recipientFilter} ORDER BY id LIMIT $2) AS g
    JOIN organization AS o ON o.id = g.recipient_organization_id
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(a.balance_cents) FILTER (WHERE a.kind = 'GRANT_COMMITTED'), 0) AS committed,
             coalesce(sum(a.balance_cents) FILTER (WHERE a.kind = 'GRANT_DISBURSED'), 0) AS disbursed
        FROM ledger_account AS a WHERE a.grant_id = g.id) AS totals`;

const grantList: Read = {
  name: 'grant list',
  role: 'CHAIR',
  query: GRANT_PAGE,
  pageSizeVariable: 'first',
  next: (random, pageSize = 50) => {
    const actor = pick(fixtureRef.current.chairs, random);
    return { actor, variables: { id: actor.collaborativeId, first: pageSize } };
  },
  fromApi: grantPageFromApi,
  sql: GRANT_PAGE_SQL(''),
  sqlParams: (request) => [request.actor.collaborativeId, request.variables.first],
};

const partnerGrants: Read = {
  name: "partner's own grants",
  role: 'PARTNER_CONTACT',
  query: GRANT_PAGE,
  pageSizeVariable: 'first',
  next: (random, pageSize = 50) => {
    const actor = pick(fixtureRef.current.partners, random);
    return { actor, variables: { id: actor.collaborativeId, first: pageSize } };
  },
  fromApi: grantPageFromApi,
  // The partner's rule: grants whose recipient is the partner's organization.
  sql: GRANT_PAGE_SQL('AND recipient_organization_id = $3'),
  sqlParams: (request) => [
    request.actor.collaborativeId,
    request.variables.first,
    request.actor.organizationId,
  ],
};

const motionPage: Read = {
  name: 'motion page with tally',
  role: 'MEMBER',
  query: `query MotionPage($id: ID!) {
    motion(id: $id) {
      id title status outcome kind
      meeting { id title }
      tally { yes no abstain ballotsCast quorumMet outcome }
      ballots { seatId choice seat { name } }
      conflicts { seatId reason }
    }
  }`,
  next: (random) => {
    const actor = pick(fixtureRef.current.members, random);
    const motions = fixtureRef.current.closedMotionIds.get(actor.collaborativeId) ?? [];
    return { actor, variables: { id: pick(motions, random) } };
  },
  fromApi: (data) => {
    const motion = (data as { motion: Record<string, unknown> }).motion;
    return {
      ...motion,
      ballots: (motion.ballots as { seatId: string; choice: string; seat: { name: string } }[]).map((b) => ({
        seatId: b.seatId,
        choice: b.choice,
        seat: b.seat.name,
      })),
    };
  },
  sql: `
    SELECT json_build_object(
      'id', m.id, 'title', m.title, 'status', m.status, 'outcome', m.outcome, 'kind', m.kind,
      'meeting', json_build_object('id', meeting.id, 'title', meeting.title),
      'tally', CASE WHEN t.motion_id IS NOT NULL THEN json_build_object('yes', t.yes, 'no', t.no, 'abstain', t.abstain,
                 'ballotsCast', t.ballots_cast, 'quorumMet', t.quorum_met, 'outcome', t.outcome) END,
      'ballots', (SELECT coalesce(json_agg(json_build_object('seatId', b.seat_id, 'choice', b.choice, 'seat', s.name)
                   ORDER BY b.cast_at, b.id), '[]') FROM ballot AS b JOIN seat AS s ON s.id = b.seat_id WHERE b.motion_id = m.id),
      'conflicts', (SELECT coalesce(json_agg(json_build_object('seatId', c.seat_id, 'reason', c.reason)
                     ORDER BY c.declared_at, c.id), '[]') FROM conflict_declaration AS c WHERE c.motion_id = m.id)
    ) AS answer
      FROM motion AS m
      JOIN meeting ON meeting.id = m.meeting_id
      LEFT JOIN tally AS t ON t.motion_id = m.id
     WHERE m.id = $1 AND m.collaborative_id = $2`,
  sqlParams: (request) => [request.variables.id, request.actor.collaborativeId],
};

/**
 * The cheapest signed-in request: what every request pays before its own work (HTTP, GraphQL
 * parsing and validation, the session and the person's memberships), against its SQL.
 */
const whoAmI: Read = {
  name: 'who am I (baseline)',
  role: 'MEMBER',
  query: `query WhoAmI { me { id email displayName } }`,
  next: (random) => ({ actor: pick(fixtureRef.current.members, random), variables: {} }),
  fromApi: (data) => (data as { me: unknown }).me,
  sql: `SELECT json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name) AS answer
          FROM session AS s JOIN user_account AS u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
  sqlParams: (request) => [
    createHash('sha256')
      .update(request.actor.cookie.slice(request.actor.cookie.indexOf('=') + 1))
      .digest('hex'),
  ],
};

/**
 * Outcomes per metric, with each funding stream's attributed share (the funders' return on
 * investment): targets from the grants' metrics, actuals from accepted reports, a stream credited
 * in proportion to its allocation (libs/reports outcome.service.ts).
 */
const outcomeRollup: Read = {
  name: 'outcomes roll-up',
  role: 'CHAIR',
  query: `query OutcomeRollup($id: ID!) {
    outcomeRollup(collaborativeId: $id) {
      metrics { metricId name unit target actual grantCount streams { fundingStreamId target actual } }
    }
  }`,
  next: (random) => {
    const actor = pick(fixtureRef.current.chairs, random);
    return { actor, variables: { id: actor.collaborativeId } };
  },
  fromApi: (data) => (data as { outcomeRollup: { metrics: unknown[] } }).outcomeRollup.metrics,
  sql: `
    WITH actuals AS (
      SELECT report.grant_id, value.metric_id, sum(value.value) AS actual
        FROM report_metric_value AS value JOIN grant_report AS report ON report.id = value.report_id
       WHERE report.collaborative_id = $1 AND report.status = 'ACCEPTED'
       GROUP BY 1, 2
    ), per_grant AS (
      SELECT gm.metric_id, gm.grant_id, gm.target, coalesce(a.actual, 0) AS actual
        FROM grant_metric AS gm LEFT JOIN actuals AS a ON a.grant_id = gm.grant_id AND a.metric_id = gm.metric_id
       WHERE gm.collaborative_id = $1
    ), per_stream AS (
      SELECT g.metric_id, stream.id, stream.name,
             round(sum(g.target::numeric * allocation.amount_cents / award.amount_cents), 2) AS target,
             round(sum(g.actual::numeric * allocation.amount_cents / award.amount_cents), 2) AS actual
        FROM per_grant AS g
        JOIN grant_award AS award ON award.id = g.grant_id
        JOIN grant_allocation AS allocation ON allocation.grant_id = g.grant_id
        JOIN funding_stream AS stream ON stream.id = allocation.funding_stream_id
       GROUP BY g.metric_id, stream.id, stream.name
    )
    SELECT coalesce(json_agg(json_build_object(
             'metricId', metric.id, 'name', metric.name, 'unit', metric.unit,
             'target', coalesce((SELECT sum(target) FROM per_grant WHERE metric_id = metric.id), 0),
             'actual', coalesce((SELECT sum(actual) FROM per_grant WHERE metric_id = metric.id), 0),
             'grantCount', (SELECT count(*) FROM per_grant WHERE metric_id = metric.id),
             'streams', (SELECT coalesce(json_agg(json_build_object('fundingStreamId', s.id, 'target', s.target, 'actual', s.actual)
                          ORDER BY s.name), '[]') FROM per_stream AS s WHERE s.metric_id = metric.id))
           ORDER BY metric.name), '[]') AS answer
      FROM report_metric AS metric WHERE metric.collaborative_id = $1`,
  sqlParams: (request) => [request.actor.collaborativeId],
};

export const READS: Read[] = [whoAmI, budgetOverview, grantList, motionPage, partnerGrants, outcomeRollup];
