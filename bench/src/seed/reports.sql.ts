import { SHAPE } from '../scale';
import type { TenantStep } from './tenant.sql';

/**
 * Grant reports of one collaborative (libs/reports), after its grants: a catalogue of three
 * metrics, one metric per grant with its target, two yearly reporting requirements per grant,
 * and a report for each: year one submitted and accepted (with its review), year two an open
 * draft ready to submit (narrative, spending, a value for the metric) — what the load test submits.
 *
 * Year two's due date stands at 2030-06-30 (as a fund administrator may move it): a grant with a
 * draft past its due date is LATE and holds its tranches (holds/late-report.hold.ts), which would
 * refuse the releases the load test makes. Content goes in while a version is a DRAFT, then the
 * version moves on, as the triggers require.
 */
const S = SHAPE;
const C = `pg_temp.uid('collaborative', $1, 0)`;
const PARTNER_USER = (g: string) => `pg_temp.uid('user', $1, ${S.seats + 3} + ((${g} - 1) % ${S.partners}))`;
const FUND_ADMIN = `pg_temp.uid('user', $1, ${S.seats + 2})`;
const GRANTS = `generate_series(1, ${S.grants}) AS g`;
const AWARD = `grant_award AS award ON award.id = pg_temp.uid('grant', $1, g)`;
const YEAR_TWO_DUE = `date '2030-06-30'`;

export const REPORT_STEPS: TenantStep[] = [
  {
    name: 'report metrics',
    sql: `INSERT INTO report_metric (id, collaborative_id, name, unit, description)
          SELECT pg_temp.uid('metric', $1, k), ${C}, v.name, v.unit, v.description
            FROM (VALUES (1, 'Non-duplicated clients enrolled', 'clients', 'People enrolled in services, each counted once'),
                         (2, 'People educated on trauma recovery services', 'people', 'Outreach and education sessions'),
                         (3, 'Trafficking survivors served', 'people', 'Survivors receiving case management')) AS v(k, name, unit, description)`,
  },
  {
    name: 'grant metrics',
    sql: `INSERT INTO grant_metric (id, collaborative_id, grant_id, recipient_organization_id, metric_id, target)
          SELECT pg_temp.uid('grant-metric', $1, g), ${C}, award.id, award.recipient_organization_id,
                 pg_temp.uid('metric', $1, 1 + g % 3), 50 + floor(pg_temp.rnd('target', $1, g) * 451)::int
            FROM ${GRANTS} JOIN ${AWARD}`,
  },
  {
    name: 'reporting requirements',
    sql: `INSERT INTO reporting_requirement (id, collaborative_id, grant_id, recipient_organization_id, sequence, covers,
                                             period_start, period_end, due_on, required_sections)
          SELECT pg_temp.uid('requirement', $1, g * 10 + y), ${C}, award.id, award.recipient_organization_id, y,
                 CASE WHEN y = 1 THEN 'Year one' ELSE 'Year two' END,
                 award.period_start + (y - 1) * 365,
                 CASE WHEN y = 1 THEN award.period_start + 364 ELSE award.period_end END,
                 CASE WHEN y = 1 THEN award.period_start + 394 ELSE ${YEAR_TWO_DUE} END,
                 '{NARRATIVE,SPENDING,METRICS}'
            FROM ${GRANTS} JOIN ${AWARD} CROSS JOIN generate_series(1, 2) AS y`,
  },
  {
    // The grant's target spread over its two periods, the remainder to the first (requirement-targets.ts).
    name: 'period targets',
    sql: `INSERT INTO requirement_metric_target (requirement_id, metric_id, collaborative_id, grant_id, target)
          SELECT pg_temp.uid('requirement', $1, g * 10 + y), gm.metric_id, ${C}, gm.grant_id,
                 gm.target / 2 + CASE WHEN y = 1 THEN gm.target % 2 ELSE 0 END
            FROM ${GRANTS} JOIN grant_metric AS gm ON gm.id = pg_temp.uid('grant-metric', $1, g)
           CROSS JOIN generate_series(1, 2) AS y`,
  },
  {
    name: 'reports',
    sql: `INSERT INTO grant_report (id, collaborative_id, grant_id, recipient_organization_id, requirement_id, version, status,
                                    narrative, revision, created_by_user_id, created_at, updated_at)
          SELECT pg_temp.uid('report', $1, g * 10 + y), ${C}, award.id, award.recipient_organization_id,
                 pg_temp.uid('requirement', $1, g * 10 + y), 1, 'DRAFT',
                 'In year ' || y || ' the program enrolled new participants, trained staff in trauma-informed care and '
                   || 'held community sessions with partner clinics and schools.',
                 3, ${PARTNER_USER('g')}, award.created_at + y * interval '360 days', award.created_at + y * interval '360 days'
            FROM ${GRANTS} JOIN ${AWARD} CROSS JOIN generate_series(1, 2) AS y`,
  },
  {
    name: 'report spending',
    sql: `INSERT INTO report_spending_line (id, collaborative_id, recipient_organization_id, report_id, position, budget_line, amount_cents)
          SELECT pg_temp.uid('spending', $1, (g * 10 + y) * 10 + line.position), ${C}, award.recipient_organization_id,
                 pg_temp.uid('report', $1, g * 10 + y), line.position, line.name, award.amount_cents * line.share / 100
            FROM ${GRANTS} JOIN ${AWARD} CROSS JOIN generate_series(1, 2) AS y
           CROSS JOIN (VALUES (1, 'Staff', 30), (2, 'Program supplies', 8)) AS line(position, name, share)`,
  },
  {
    name: 'report metric values',
    sql: `INSERT INTO report_metric_value (report_id, metric_id, collaborative_id, recipient_organization_id, value)
          SELECT pg_temp.uid('report', $1, g * 10 + y), t.metric_id, ${C}, award.recipient_organization_id,
                 floor(t.target * (0.6 + 0.6 * pg_temp.rnd('value', $1, g * 10 + y)))::int
            FROM ${GRANTS} JOIN ${AWARD} CROSS JOIN generate_series(1, 2) AS y
            JOIN requirement_metric_target AS t ON t.requirement_id = pg_temp.uid('requirement', $1, g * 10 + y)`,
  },
  {
    name: 'reports submitted',
    sql: `UPDATE grant_report SET status = 'SUBMITTED', submitted_at = created_at + interval '2 days',
                 submitted_by_user_id = created_by_user_id, updated_at = created_at + interval '2 days'
           WHERE collaborative_id = ${C} AND id IN (SELECT pg_temp.uid('report', $1, g * 10 + 1) FROM ${GRANTS})`,
  },
  {
    name: 'reports accepted',
    sql: `UPDATE grant_report SET status = 'ACCEPTED', reviewed_at = submitted_at + interval '7 days',
                 updated_at = submitted_at + interval '7 days'
           WHERE collaborative_id = ${C} AND id IN (SELECT pg_temp.uid('report', $1, g * 10 + 1) FROM ${GRANTS})`,
  },
  {
    name: 'report reviews',
    sql: `INSERT INTO report_review (id, collaborative_id, recipient_organization_id, report_id, decision, reviewer_user_id,
                                     reviewer_name, created_at)
          SELECT pg_temp.uid('review', $1, g), ${C}, report.recipient_organization_id, report.id, 'ACCEPTED', ${FUND_ADMIN},
                 'Bench fund administrator', report.reviewed_at
            FROM ${GRANTS} JOIN grant_report AS report ON report.id = pg_temp.uid('report', $1, g * 10 + 1)`,
  },
];
