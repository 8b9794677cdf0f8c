import { SHAPE } from '../scale';
import { REPORT_STEPS } from './reports.sql';

/**
 * One collaborative of the benchmark data set, as bulk SQL. Every statement takes the
 * collaborative's number as $1; ids and values come from the session's seeded functions
 * (`pg_temp.uid`, `pg_temp.rnd`, see `sessionFunctions`), so the same seed gives the same rows, ids
 * included, and a statement can name a row another statement wrote without reading it back.
 *
 * The rows go through every constraint and trigger of the migrations, in the order the product
 * would write them: ballots while their motion is OPEN (then the motion closes with a tally
 * counted from those ballots), ledger postings through `ledger_entry_apply` (maintained balances,
 * normal-side checks, so receipts come before the releases they pay for) and the deferred
 * balanced/has-entries checks at commit.
 */

const S = SHAPE;
const C = `pg_temp.uid('collaborative', $1, 0)`;
const user = (n: string) => `pg_temp.uid('user', $1, ${n})`;
const CHAIR = user('1');
const ADMIN_USER = S.seats + 1;
const FUND_ADMIN_USER = S.seats + 2;
const FIRST_PARTNER_USER = S.seats + 3;
const OBSERVER_USER = FIRST_PARTNER_USER + S.partners;
const FUND_ADMIN = user(String(FUND_ADMIN_USER));
/** Organizations: funders 1..streams, partners after them, then one member organization per non-resident sector. */
const FIRST_PARTNER_ORG = S.streams + 1;
const FIRST_MEMBER_ORG = S.streams + S.partners + 1;
const org = (n: string) => `pg_temp.uid('organization', $1, ${n})`;
const SECTORS = `ARRAY['HEALTH_PLAN','HEALTH_SYSTEM','GOVERNMENT','EDUCATION','COMMUNITY_ORG','RESIDENT']`;
/** The meeting a deliberated motion was moved at: open ones at the last (in progress) meeting. */
const MEETING_OF_MOTION = (j: string) =>
  `CASE WHEN ${j} > ${S.motions - S.openMotions} THEN ${S.meetings} ELSE ((${j} - 1) % ${S.meetings - 1}) + 1 END`;
const MEETING_AT = (m: string) => `(timestamptz '2024-01-15 17:00+00' + (${m} - 1) * interval '30 days')`;
const APPROVING_MEETING = (g: string) => `(((${g} - 1) % ${S.meetings - 1}) + 1)`;
/** Stream of a grant's first and second allocation: stream 1 is restricted to trauma-informed care. */
const STREAM_A = (g: string) => `(2 + (${g} % 3))`;
const STREAM_B = (g: string) => `(CASE WHEN ${g} % 4 = 0 THEN 1 ELSE 2 + ((${g} + 1) % 3) END)`;
const PURPOSE = (g: string) =>
  `(CASE WHEN ${g} % 4 = 0 THEN 'Trauma-informed care' ELSE (ARRAY['Housing navigation','Youth mentoring','Community health workers'])[${g} % 4] END)`;
const POSTED_BY = `'Bench fund administrator'`;

export const PARTNER_NAMES = [
  'Trauma Recovery Center',
  'Fathers and Families',
  'Reinvent South Side',
  'Public Health Advocates',
  'Little Manila Rising',
  'Youth Leadership Institute',
  'El Concilio',
  'Women’s Center Youth & Family Services',
  'Community Medical Centers',
  'Catholic Charities',
  'Healthy Neighborhoods Clinic',
  'Family Resource Network',
];

const STREAMS = [
  `('County trauma-informed care grant', 'COUNTY', true, ARRAY['Trauma-informed care'])`,
  `('Health plan community reinvestment', 'HEALTH_PLAN', false, ARRAY[]::text[])`,
  `('Hospital community benefit', 'HOSPITAL_COMMUNITY_BENEFIT', false, ARRAY[]::text[])`,
  `('Family foundation general support', 'FOUNDATION', false, ARRAY[]::text[])`,
];

/** Deterministic ids and numbers for this session: md5 of (seed, kind, collaborative, n). */
export function sessionFunctions(seed: number): string[] {
  if (!Number.isInteger(seed)) throw new Error('The seed must be a whole number');
  return [
    `CREATE FUNCTION pg_temp.uid(kind text, c int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
       SELECT (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12))::uuid
         FROM (SELECT md5('${seed}/' || kind || '/' || c || '/' || n) AS h) AS hashed $$`,
    `CREATE FUNCTION pg_temp.rnd(kind text, c int, n bigint) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
       SELECT ('x' || substr(md5('${seed}/r/' || kind || '/' || c || '/' || n), 1, 8))::bit(32)::bigint / 4294967296.0 $$`,
  ];
}

export interface TenantStep {
  name: string;
  sql: string;
  /** Which parameters beyond $1 the statement takes. */
  params?: (tenant: TenantValues) => unknown[];
}

export interface TenantValues {
  name: string;
  region: string;
  passwordHash: string;
  firstNames: string[];
  lastNames: string[];
}

export const TENANT_STEPS: TenantStep[] = [
  {
    name: 'collaborative',
    sql: `INSERT INTO collaborative (id, name, slug, description, region)
          VALUES (${C}, $2, 'bench-' || lpad($1::text, 4, '0'), 'Generated for the benchmarks', $3)`,
    params: (t) => [t.name, t.region],
  },
  {
    name: 'organizations',
    sql: `INSERT INTO organization (id, collaborative_id, name, kinds, sector)
          SELECT ${org('n')}, ${C},
                 CASE WHEN n < ${FIRST_PARTNER_ORG} THEN 'Funder ' || n
                      WHEN n < ${FIRST_MEMBER_ORG} THEN ($2::text[])[n - ${FIRST_PARTNER_ORG} + 1]
                      ELSE 'Member organization ' || (n - ${FIRST_MEMBER_ORG} + 1) END,
                 (CASE WHEN n < ${FIRST_PARTNER_ORG} THEN '{FUNDER}'
                       WHEN n < ${FIRST_MEMBER_ORG} THEN '{FUNDED_PARTNER}'
                       ELSE '{MEMBER_ORGANIZATION}' END)::organization_kind[],
                 (CASE WHEN n < ${FIRST_PARTNER_ORG} THEN NULL
                       WHEN n < ${FIRST_MEMBER_ORG} THEN 'COMMUNITY_ORG'
                       ELSE (${SECTORS})[n - ${FIRST_MEMBER_ORG} + 1] END)::sector
            FROM generate_series(1, ${FIRST_MEMBER_ORG + 4}) AS n`,
    params: () => [PARTNER_NAMES],
  },
  {
    name: 'people',
    sql: `INSERT INTO user_account (id, email, display_name, password_hash)
          SELECT ${user('n')},
                 'c' || $1 || '.' || CASE WHEN n <= ${S.seats} THEN 'seat' || n
                                          WHEN n = ${ADMIN_USER} THEN 'admin'
                                          WHEN n = ${FUND_ADMIN_USER} THEN 'funds'
                                          WHEN n < ${OBSERVER_USER} THEN 'partner' || (n - ${FIRST_PARTNER_USER} + 1)
                                          ELSE 'observer' END || '@bench.braid.example',
                 ($3::text[])[1 + floor(pg_temp.rnd('first', $1, n) * cardinality($3::text[]))::int] || ' ' ||
                 ($4::text[])[1 + floor(pg_temp.rnd('last', $1, n) * cardinality($4::text[]))::int],
                 $2
            FROM generate_series(1, ${OBSERVER_USER}) AS n`,
    params: (t) => [t.passwordHash, t.firstNames, t.lastNames],
  },
  {
    name: 'seats',
    sql: `INSERT INTO seat (id, collaborative_id, name, sector, organization_id, holder_user_id, term_start, term_end)
          SELECT pg_temp.uid('seat', $1, k), ${C},
                 'Seat ' || k || ' (' || initcap(replace((${SECTORS})[i], '_', ' ')) || ')',
                 (${SECTORS})[i]::sector,
                 CASE WHEN i < 6 THEN ${org(`${FIRST_MEMBER_ORG} + i - 1`)} END,
                 ${user('k')}, date '2024-01-01', date '2027-12-31'
            FROM (SELECT k, (k - 1) % 6 + 1 AS i FROM generate_series(1, ${S.seats}) AS k) AS seats`,
  },
  {
    name: 'memberships',
    sql: `INSERT INTO membership (id, collaborative_id, user_id, roles, organization_id)
          SELECT pg_temp.uid('membership', $1, n), ${C}, ${user('n')},
                 (CASE WHEN n = 1 THEN '{CHAIR,MEMBER}' WHEN n <= ${S.seats} THEN '{MEMBER}'
                       WHEN n = ${ADMIN_USER} THEN '{ADMIN}' WHEN n = ${FUND_ADMIN_USER} THEN '{FUND_ADMINISTRATOR}'
                       WHEN n < ${OBSERVER_USER} THEN '{PARTNER_CONTACT}' ELSE '{OBSERVER}' END)::role[],
                 CASE WHEN n BETWEEN ${FIRST_PARTNER_USER} AND ${OBSERVER_USER - 1}
                      THEN ${org(`n - ${FIRST_PARTNER_USER} + ${FIRST_PARTNER_ORG}`)} END
            FROM generate_series(1, ${OBSERVER_USER}) AS n`,
  },
  {
    name: 'workgroups',
    sql: `INSERT INTO workgroup (id, collaborative_id, name, purpose)
          SELECT pg_temp.uid('workgroup', $1, w), ${C}, name, 'Generated for the benchmarks'
            FROM unnest(ARRAY['Trauma-Informed Care','Housing Policy','Data Sharing','Youth & Schools']) WITH ORDINALITY AS w(name, w)`,
  },
  {
    name: 'meetings',
    sql: `INSERT INTO meeting (id, collaborative_id, title, scheduled_at, location, status, created_by_user_id, started_at, ended_at, created_at, updated_at)
          SELECT pg_temp.uid('meeting', $1, m), ${C}, 'Leadership team, meeting ' || m, ${MEETING_AT('m')}, 'Community room',
                 (CASE WHEN m < ${S.meetings} THEN 'ADJOURNED' ELSE 'IN_PROGRESS' END)::meeting_status,
                 ${CHAIR}, ${MEETING_AT('m')},
                 CASE WHEN m < ${S.meetings} THEN ${MEETING_AT('m')} + interval '2 hours' END,
                 ${MEETING_AT('m')} - interval '14 days', ${MEETING_AT('m')}
            FROM generate_series(1, ${S.meetings}) AS m`,
  },
  {
    // Five seats absent at each meeting, never more than one resident seat: quorum holds.
    name: 'attendance',
    sql: `INSERT INTO attendance (id, meeting_id, collaborative_id, seat_id, user_id, status, recorded_by_user_id, recorded_at)
          SELECT pg_temp.uid('attendance', $1, m * 1000 + k), pg_temp.uid('meeting', $1, m), ${C},
                 pg_temp.uid('seat', $1, k), ${user('k')},
                 (CASE WHEN (k + m) % 5 = 0 THEN 'ABSENT' WHEN k % 7 = 0 THEN 'REMOTE' ELSE 'PRESENT' END)::attendance_status,
                 ${CHAIR}, ${MEETING_AT('m')}
            FROM generate_series(1, ${S.meetings}) AS m, generate_series(1, ${S.seats}) AS k`,
  },
  {
    name: 'motions',
    sql: `INSERT INTO motion (id, collaborative_id, meeting_id, kind, title, text, status, moved_by_user_id, opened_at, created_at, updated_at)
          SELECT pg_temp.uid('motion', $1, j), ${C}, pg_temp.uid('meeting', $1, mj),
                 'GENERAL', (ARRAY['Adopt the data-sharing agreement','Endorse the housing policy brief',
                                   'Approve the annual work plan','Renew the youth advisory charter'])[1 + j % 4] || ' (' || j || ')',
                 'Resolved, that the leadership team adopts item ' || j || ' as presented.',
                 'OPEN', ${user(`((j - 1) % ${S.seats}) + 1`)},
                 ${MEETING_AT('mj')} + j * interval '1 minute', ${MEETING_AT('mj')} + j * interval '1 minute',
                 ${MEETING_AT('mj')} + j * interval '1 minute'
            FROM (SELECT j, ${MEETING_OF_MOTION('j')} AS mj FROM generate_series(1, ${S.motions}) AS j) AS motions`,
  },
  {
    // Ten of the seats seated at the meeting vote on each motion (named ballots).
    name: 'ballots',
    sql: `INSERT INTO ballot (id, collaborative_id, motion_id, seat_id, secret, choice, cast_by_user_id, cast_at, updated_at)
          SELECT pg_temp.uid('ballot', $1, j * 1000 + p.r), ${C}, pg_temp.uid('motion', $1, j), p.seat_id, false,
                 (CASE WHEN pg_temp.rnd('choice', $1, j * 1000 + p.r) < 0.6 THEN 'YES'
                       WHEN pg_temp.rnd('choice', $1, j * 1000 + p.r) < 0.85 THEN 'NO' ELSE 'ABSTAIN' END)::ballot_choice,
                 p.user_id, ${MEETING_AT('mj')} + j * interval '1 minute' + p.r * interval '1 second',
                 ${MEETING_AT('mj')} + j * interval '1 minute' + p.r * interval '1 second'
            FROM (SELECT j, ${MEETING_OF_MOTION('j')} AS mj FROM generate_series(1, ${S.motions}) AS j) AS motions
            JOIN (SELECT meeting_id, seat_id, user_id,
                         row_number() OVER (PARTITION BY meeting_id ORDER BY seat_id) AS r,
                         count(*) OVER (PARTITION BY meeting_id) AS seated
                    FROM attendance WHERE collaborative_id = ${C} AND status IN ('PRESENT', 'REMOTE')) AS p
              ON p.meeting_id = pg_temp.uid('meeting', $1, mj)
           WHERE (p.r + j) % p.seated < ${S.ballotsPerMotion}
           ORDER BY j, p.r`,
  },
  {
    // The tally of each closed motion, counted from its ballots as closeMotion would under the
    // default rules (majority of filled seats present with a resident seat; simple majority).
    name: 'tallies',
    sql: `INSERT INTO tally (motion_id, collaborative_id, yes, no, abstain, ballots_cast, recused_seat_ids, present_seat_ids,
                             roster, filled_seats, quorum_required, sector_quorum, quorum_met, threshold, threshold_base,
                             yes_required, outcome, rules, computed_at)
          SELECT motion.id, ${C}, counts.yes, counts.no, counts.abstain, counts.yes + counts.no + counts.abstain, '{}',
                 seated.ids, roster.entries, ${S.seats}, ${Math.floor(S.seats / 2) + 1},
                 jsonb_build_array(jsonb_build_object('sector', 'RESIDENT', 'minimumPresent', 1,
                                                      'present', seated.residents, 'met', seated.residents >= 1)),
                 quorum.met, 'SIMPLE_MAJORITY_OF_VOTES_CAST', counts.yes + counts.no, (counts.yes + counts.no) / 2 + 1,
                 (CASE WHEN NOT quorum.met THEN 'NO_QUORUM'
                       WHEN counts.yes >= (counts.yes + counts.no) / 2 + 1 THEN 'PASSED' ELSE 'FAILED' END)::motion_outcome,
                 jsonb_build_object('quorumRule', 'MAJORITY_OF_FILLED_SEATS',
                                    'requiredSectors', jsonb_build_array(jsonb_build_object('sector', 'RESIDENT', 'minimumPresent', 1)),
                                    'threshold', 'SIMPLE_MAJORITY_OF_VOTES_CAST', 'spendingLimitCents', '10000000',
                                    'thresholdAboveSpendingLimit', 'TWO_THIRDS_OF_VOTES_CAST', 'abstentionsCountTowardBase', false),
                 motion.opened_at + interval '20 minutes'
            FROM motion
            CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE choice = 'YES')::int AS yes,
                                       count(*) FILTER (WHERE choice = 'NO')::int AS no,
                                       count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain
                                  FROM ballot WHERE ballot.motion_id = motion.id) AS counts
            CROSS JOIN LATERAL (SELECT array_agg(attendance.seat_id ORDER BY attendance.seat_id) AS ids,
                                       count(*) FILTER (WHERE seat.sector = 'RESIDENT')::int AS residents,
                                       count(*)::int AS present
                                  FROM attendance JOIN seat ON seat.id = attendance.seat_id
                                 WHERE attendance.meeting_id = motion.meeting_id AND attendance.status <> 'ABSENT') AS seated
            CROSS JOIN LATERAL (SELECT seated.present >= ${Math.floor(S.seats / 2) + 1} AND seated.residents >= 1 AS met) AS quorum
            CROSS JOIN LATERAL (SELECT jsonb_agg(jsonb_build_object('seatId', seat.id, 'sector', seat.sector) ORDER BY seat.name) AS entries
                                  FROM seat WHERE seat.collaborative_id = ${C}) AS roster
           WHERE motion.collaborative_id = ${C} AND motion.kind = 'GENERAL'
             AND motion.id IN (SELECT pg_temp.uid('motion', $1, j) FROM generate_series(1, ${S.motions - S.openMotions}) AS j)`,
  },
  {
    name: 'close motions',
    sql: `UPDATE motion SET status = 'CLOSED', outcome = tally.outcome, closed_at = tally.computed_at,
                 closed_by_user_id = ${CHAIR}, updated_at = tally.computed_at
            FROM tally WHERE tally.motion_id = motion.id AND motion.collaborative_id = ${C}`,
  },
  {
    // One passed FUNDING motion per grant: the grant cites it (grant_award_one_per_motion). They
    // carry their funding proposal but no ballots: the data set's ballots are on the motions above.
    name: 'funding motions',
    sql: `INSERT INTO motion (id, collaborative_id, meeting_id, kind, title, text, status, outcome, moved_by_user_id,
                              opened_at, closed_at, closed_by_user_id, created_at, updated_at)
          SELECT pg_temp.uid('funding-motion', $1, g), ${C}, pg_temp.uid('meeting', $1, ${APPROVING_MEETING('g')}),
                 'FUNDING', 'Fund ' || ($2::text[])[((g - 1) % ${S.partners}) + 1] || ': ' || ${PURPOSE('g')} || ' (' || g || ')',
                 'Resolved, that the Wellness Fund awards the grant as proposed.', 'CLOSED', 'PASSED', ${CHAIR},
                 ${MEETING_AT(APPROVING_MEETING('g'))} + g * interval '1 second',
                 ${MEETING_AT(APPROVING_MEETING('g'))} + interval '1 hour' + g * interval '1 second', ${CHAIR},
                 ${MEETING_AT(APPROVING_MEETING('g'))} + g * interval '1 second',
                 ${MEETING_AT(APPROVING_MEETING('g'))} + interval '1 hour' + g * interval '1 second'
            FROM generate_series(1, ${S.grants}) AS g`,
    params: () => [PARTNER_NAMES],
  },
  {
    name: 'funding streams',
    sql: `INSERT INTO funding_stream (id, collaborative_id, funder_organization_id, name, kind, restricted, allowed_purposes,
                                      starts_on, ends_on, award_cents)
          SELECT pg_temp.uid('stream', $1, v.s), ${C}, ${org('v.s')}, v.name, v.kind::funding_stream_kind, v.restricted, v.purposes,
                 date '2024-01-01', date '2027-12-31', 1
            FROM (VALUES ${STREAMS.map((row, i) => row.replace('(', `(${i + 1}, `)).join(', ')}) AS v(s, name, kind, restricted, purposes)`,
  },
  {
    name: 'grants',
    sql: `INSERT INTO grant_award (id, collaborative_id, approving_motion_id, origin, recipient_organization_id, title, purpose,
                                   period_start, period_end, created_at, amount_cents)
          SELECT pg_temp.uid('grant', $1, g), ${C}, pg_temp.uid('funding-motion', $1, g), 'FUNDING_MOTION',
                 ${org(`${FIRST_PARTNER_ORG} + ((g - 1) % ${S.partners})`)},
                 ($2::text[])[((g - 1) % ${S.partners}) + 1] || ': ' || ${PURPOSE('g')} || ' (' || g || ')', ${PURPOSE('g')},
                 date '2024-01-01' + (g * 7) % 365, date '2024-01-01' + (g * 7) % 365 + 729,
                 ${MEETING_AT(APPROVING_MEETING('g'))} + interval '1 hour' + g * interval '1 second',
                 (10 + floor(pg_temp.rnd('amount', $1, g) * 191))::bigint * 100000
            FROM generate_series(1, ${S.grants}) AS g`,
    params: () => [PARTNER_NAMES],
  },
  {
    // 40% of each grant on one stream, 60% on another.
    name: 'grant allocations',
    sql: `INSERT INTO grant_allocation (id, collaborative_id, grant_id, funding_stream_id, position, amount_cents)
          SELECT pg_temp.uid('allocation', $1, g * 10 + position), ${C}, pg_temp.uid('grant', $1, g),
                 pg_temp.uid('stream', $1, CASE WHEN position = 1 THEN ${STREAM_A('g')} ELSE ${STREAM_B('g')} END),
                 position, award.amount_cents * (CASE WHEN position = 1 THEN 2 ELSE 3 END) / 5
            FROM generate_series(1, ${S.grants}) AS g, generate_series(1, 2) AS position, grant_award AS award
           WHERE award.id = pg_temp.uid('grant', $1, g)`,
  },
  {
    // Tranches of 50%, 30% and 20%: the first paid (even grants) or released, the second released,
    // the third scheduled (what the load test releases).
    name: 'tranches',
    sql: `INSERT INTO disbursement (id, collaborative_id, grant_id, recipient_organization_id, sequence, planned_on, status,
                                    released_at, release_transaction_id, paid_at, payment_reference, created_at, updated_at, amount_cents)
          SELECT pg_temp.uid('tranche', $1, g * 10 + t), ${C}, award.id, award.recipient_organization_id, t,
                 (award.period_start + (t - 1) * interval '8 months')::date,
                 (CASE WHEN t = 3 THEN 'SCHEDULED' WHEN t = 1 AND g % 2 = 0 THEN 'PAID' ELSE 'RELEASED' END)::disbursement_status,
                 CASE WHEN t < 3 THEN award.created_at + t * interval '1 day' END,
                 CASE WHEN t < 3 THEN pg_temp.uid('tx-release', $1, g * 10 + t) END,
                 CASE WHEN t = 1 AND g % 2 = 0 THEN award.created_at + interval '5 days' END,
                 CASE WHEN t = 1 AND g % 2 = 0 THEN 'ACH-' || $1 || '-' || g END,
                 award.created_at, award.created_at + t * interval '1 day',
                 award.amount_cents * (ARRAY[5, 3, 2])[t] / 10
            FROM generate_series(1, ${S.grants}) AS g, generate_series(1, ${S.tranchesPerGrant}) AS t, grant_award AS award
           WHERE award.id = pg_temp.uid('grant', $1, g)
           ORDER BY g, t`,
  },
  {
    name: 'tranche history',
    sql: `INSERT INTO disbursement_transition (collaborative_id, disbursement_id, from_status, to_status, ledger_transaction_id,
                                               by_user_id, by_name, at)
          SELECT ${C}, d.id, step.from_status::disbursement_status, step.to_status::disbursement_status,
                 CASE WHEN step.to_status = 'RELEASED' THEN d.release_transaction_id END,
                 ${FUND_ADMIN}, ${POSTED_BY}, coalesce(step.at, d.created_at)
            FROM disbursement AS d
            CROSS JOIN LATERAL (VALUES (1, NULL, 'SCHEDULED', d.created_at),
                                       (2, 'SCHEDULED', 'RELEASED', d.released_at),
                                       (3, 'RELEASED', 'PAID', d.paid_at)) AS step(n, from_status, to_status, at)
           WHERE d.collaborative_id = ${C}
             AND (step.n = 1 OR (step.n = 2 AND d.released_at IS NOT NULL) OR (step.n = 3 AND d.paid_at IS NOT NULL))
           ORDER BY d.grant_id, d.sequence, step.n`,
  },
  {
    name: 'funding proposals',
    sql: `INSERT INTO funding_proposal (motion_id, collaborative_id, recipient_organization_id, purpose, period_start, period_end,
                                        allocations, tranches, amount_cents)
          SELECT award.approving_motion_id, ${C}, award.recipient_organization_id, award.purpose, award.period_start, award.period_end,
                 (SELECT jsonb_agg(jsonb_build_object('fundingStreamId', a.funding_stream_id, 'cents', a.amount_cents::text) ORDER BY a.position)
                    FROM grant_allocation AS a WHERE a.grant_id = award.id),
                 (SELECT jsonb_agg(jsonb_build_object('cents', d.amount_cents::text, 'plannedOn', d.planned_on) ORDER BY d.sequence)
                    FROM disbursement AS d WHERE d.grant_id = award.id),
                 award.amount_cents
            FROM grant_award AS award WHERE award.collaborative_id = ${C}`,
  },
  {
    // Pledges sized from what the grants commit on each stream (1.2x to 1.8x of it in total), so
    // the receipts (90% of each pledge) cover every tranche, the scheduled ones included.
    name: 'contributions',
    sql: `INSERT INTO contribution (id, collaborative_id, funding_stream_id, pledged_on, received_cents, status, memo,
                                    created_at, updated_at, pledged_cents)
          SELECT pg_temp.uid('contribution', $1, s * 1000 + n), ${C}, pg_temp.uid('stream', $1, s),
                 date '2023-10-01' + n, pledge.cents / 10 * ${S.receiptsPerContribution}, 'PARTIALLY_RECEIVED',
                 'Installment pledge ' || n, timestamptz '2023-10-01 12:00+00' + n * interval '1 day',
                 timestamptz '2023-10-01 12:00+00' + n * interval '1 day', pledge.cents
            FROM generate_series(1, ${S.streams}) AS s, generate_series(1, ${S.contributionsPerStream}) AS n
            CROSS JOIN LATERAL (SELECT coalesce(sum(amount_cents), 0) AS cents FROM grant_allocation
                                 WHERE funding_stream_id = pg_temp.uid('stream', $1, s)) AS committed
            CROSS JOIN LATERAL (SELECT greatest(ceil(committed.cents * (1.2 + 0.6 * pg_temp.rnd('pledge', $1, s * 1000 + n))
                                                     / ${S.contributionsPerStream} / 1000) * 1000, 1000)::bigint AS cents) AS pledge
           ORDER BY s, n`,
  },
  {
    name: 'receipts',
    sql: `INSERT INTO contribution_receipt (id, collaborative_id, contribution_id, funding_stream_id, received_on, memo, created_at, amount_cents)
          SELECT pg_temp.uid('receipt', $1, (s * 1000 + n) * 10 + r), ${C}, c.id, c.funding_stream_id, c.pledged_on + r * 30,
                 'Installment ' || r, c.created_at + r * interval '30 days', c.pledged_cents / 10
            FROM generate_series(1, ${S.streams}) AS s, generate_series(1, ${S.contributionsPerStream}) AS n,
                 generate_series(1, ${S.receiptsPerContribution}) AS r, contribution AS c
           WHERE c.id = pg_temp.uid('contribution', $1, s * 1000 + n)
           ORDER BY s, n, r`,
  },
  {
    name: 'stream awards',
    sql: `UPDATE funding_stream SET award_cents = pledged.cents
            FROM (SELECT funding_stream_id, sum(pledged_cents) AS cents FROM contribution
                   WHERE collaborative_id = ${C} GROUP BY funding_stream_id) AS pledged
           WHERE funding_stream.id = pledged.funding_stream_id`,
  },
  {
    name: 'ledger accounts',
    sql: `INSERT INTO ledger_account (id, collaborative_id, key, kind, funding_stream_id, grant_id, organization_id, currency)
          SELECT pg_temp.uid('account-' || kind, $1, s), ${C}, kind || '/' || pg_temp.uid('stream', $1, s) || '/-/-',
                 kind::ledger_account_kind, pg_temp.uid('stream', $1, s), NULL::uuid, NULL::uuid, 'USD'
            FROM generate_series(1, ${S.streams}) AS s,
                 unnest(ARRAY['STREAM_RECEIVABLE', 'STREAM_CASH', 'STREAM_UNCOMMITTED']) AS kind
          UNION ALL
          SELECT pg_temp.uid('account-' || kind, $1, g * 10 + a.position), ${C},
                 kind || '/' || a.funding_stream_id || '/' || a.grant_id || '/-', kind::ledger_account_kind,
                 a.funding_stream_id, a.grant_id, NULL::uuid, 'USD'
            FROM generate_series(1, ${S.grants}) AS g, unnest(ARRAY['GRANT_COMMITTED', 'GRANT_DISBURSED']) AS kind, grant_allocation AS a
           WHERE a.grant_id = pg_temp.uid('grant', $1, g)
`,
  },
  {
    name: 'organization accounts',
    sql: `INSERT INTO ledger_account (id, collaborative_id, key, kind, funding_stream_id, organization_id, currency)
          SELECT pg_temp.uid('received/' || pairs.organization_id || '/' || pairs.funding_stream_id, $1, 0), ${C},
                 'ORGANIZATION_RECEIVED/' || pairs.funding_stream_id || '/-/' || pairs.organization_id,
                 'ORGANIZATION_RECEIVED', pairs.funding_stream_id, pairs.organization_id, 'USD'
            FROM (SELECT DISTINCT award.recipient_organization_id AS organization_id, a.funding_stream_id
                    FROM grant_award AS award JOIN grant_allocation AS a ON a.grant_id = award.id
                   WHERE award.collaborative_id = ${C}) AS pairs`,
  },
  ...ledgerSteps(),
  ...REPORT_STEPS,
];

/**
 * The ledger, in the order the money moved: pledges, receipts, commitments, releases. Each
 * source gets its transactions first (ordered), then their postings, so `ledger_entry_apply` sees
 * every receipt before the release it pays for.
 */
function ledgerSteps(): TenantStep[] {
  // Each release draws tranche 1 on both allocations (all of the first, the rest from the second)
  // and tranche 2 on the second: the order tranche-draws.ts takes.
  const draws = `(SELECT d.id AS disbursement_id, d.grant_id, d.recipient_organization_id AS organization_id, d.release_transaction_id,
                         d.released_at, a.funding_stream_id, a.position, g,
                         CASE WHEN d.sequence = 1 AND a.position = 1 THEN a.amount_cents
                              WHEN d.sequence = 1 THEN d.amount_cents - first.amount_cents
                              ELSE d.amount_cents END AS cents
                    FROM generate_series(1, ${S.grants}) AS g
                    JOIN disbursement AS d ON d.grant_id = pg_temp.uid('grant', $1, g) AND d.sequence < 3
                    JOIN grant_allocation AS a ON a.grant_id = d.grant_id AND (d.sequence = 1 OR a.position = 2)
                    JOIN grant_allocation AS first ON first.grant_id = d.grant_id AND first.position = 1)`;
  return [
    {
      name: 'ledger: pledges',
      sql: `INSERT INTO ledger_transaction (id, collaborative_id, source, memo, contribution_id, posted_by_user_id, posted_by_name, posted_at)
            SELECT pg_temp.uid('tx-pledge', $1, k.n), ${C}, 'CONTRIBUTION_PLEDGE', 'Pledge recorded', c.id,
                   ${FUND_ADMIN}, ${POSTED_BY}, c.created_at
              FROM (SELECT s * 1000 + n AS n FROM generate_series(1, ${S.streams}) AS s, generate_series(1, ${S.contributionsPerStream}) AS n) AS k
              JOIN contribution AS c ON c.id = pg_temp.uid('contribution', $1, k.n)
             ORDER BY k.n`,
    },
    ...pledgeAndReceiptPostings(),
    ...commitmentAndReleaseSteps(draws),
  ];
}

/** Postings of pledges and receipts (stream accounts only). */
function pledgeAndReceiptPostings(): TenantStep[] {
  const entry = `INSERT INTO ledger_entry (transaction_id, collaborative_id, account_id, funding_stream_id, grant_id, currency, amount_cents)`;
  const stream = (s: string) => `pg_temp.uid('stream', $1, ${s})`;
  const acct = (kind: string, s: string) => `pg_temp.uid('account-' || ${kind}, $1, ${s})`;
  return [
    {
      name: 'ledger: pledge postings',
      sql: `${entry}
            SELECT pg_temp.uid('tx-pledge', $1, s * 1000 + n), ${C}, ${acct('leg.kind', 's')}, ${stream('s')}, NULL, 'USD',
                   leg.sign * c.pledged_cents
              FROM generate_series(1, ${S.streams}) AS s, generate_series(1, ${S.contributionsPerStream}) AS n,
                   (VALUES (1, 'STREAM_RECEIVABLE', 1), (2, 'STREAM_UNCOMMITTED', -1)) AS leg(position, kind, sign), contribution AS c
             WHERE c.id = pg_temp.uid('contribution', $1, s * 1000 + n)
             ORDER BY s, n, leg.position`,
    },
    {
      name: 'ledger: receipts',
      sql: `INSERT INTO ledger_transaction (id, collaborative_id, source, memo, contribution_id, contribution_receipt_id,
                                             posted_by_user_id, posted_by_name, posted_at)
            SELECT pg_temp.uid('tx-receipt', $1, k), ${C}, 'CONTRIBUTION_RECEIPT', 'Receipt recorded', r.contribution_id, r.id,
                   ${FUND_ADMIN}, ${POSTED_BY}, r.created_at
              FROM (SELECT (s * 1000 + n) * 10 + r AS k FROM generate_series(1, ${S.streams}) AS s,
                           generate_series(1, ${S.contributionsPerStream}) AS n, generate_series(1, ${S.receiptsPerContribution}) AS r) AS keys
              JOIN contribution_receipt AS r ON r.id = pg_temp.uid('receipt', $1, k)
             ORDER BY k`,
    },
    {
      name: 'ledger: receipt postings',
      sql: `${entry}
            SELECT pg_temp.uid('tx-receipt', $1, k), ${C}, ${acct('leg.kind', 's')}, ${stream('s')}, NULL, 'USD', leg.sign * r.amount_cents
              FROM (SELECT s, (s * 1000 + n) * 10 + r AS k FROM generate_series(1, ${S.streams}) AS s,
                           generate_series(1, ${S.contributionsPerStream}) AS n, generate_series(1, ${S.receiptsPerContribution}) AS r) AS keys
              JOIN contribution_receipt AS r ON r.id = pg_temp.uid('receipt', $1, k)
             CROSS JOIN (VALUES (1, 'STREAM_CASH', 1), (2, 'STREAM_RECEIVABLE', -1)) AS leg(position, kind, sign)
             ORDER BY k, leg.position`,
    },
  ];
}

function commitmentAndReleaseSteps(draws: string): TenantStep[] {
  const entry = `INSERT INTO ledger_entry (transaction_id, collaborative_id, account_id, funding_stream_id, grant_id, currency, amount_cents)`;
  const streamAccount = (kind: string) =>
    `(SELECT id FROM ledger_account WHERE collaborative_id = ${C} AND key = '${kind}/' || x.funding_stream_id || '/-/-')`;
  return [
    {
      name: 'ledger: commitments',
      sql: `INSERT INTO ledger_transaction (id, collaborative_id, source, memo, grant_id, posted_by_user_id, posted_by_name, posted_at)
            SELECT pg_temp.uid('tx-commit', $1, g), ${C}, 'GRANT_COMMITMENT', 'Committed to "' || award.title || '" by motion ' || award.approving_motion_id,
                   award.id, ${FUND_ADMIN}, ${POSTED_BY}, award.created_at
              FROM generate_series(1, ${S.grants}) AS g JOIN grant_award AS award ON award.id = pg_temp.uid('grant', $1, g)
             ORDER BY g`,
    },
    {
      name: 'ledger: commitment postings',
      sql: `${entry}
            SELECT pg_temp.uid('tx-commit', $1, x.g), ${C},
                   CASE WHEN leg.kind = 'STREAM_UNCOMMITTED' THEN ${streamAccount('STREAM_UNCOMMITTED')}
                        ELSE pg_temp.uid('account-GRANT_COMMITTED', $1, x.g * 10 + x.position) END,
                   x.funding_stream_id, CASE WHEN leg.kind = 'GRANT_COMMITTED' THEN x.grant_id END, 'USD', leg.sign * x.amount_cents
              FROM (SELECT g, a.* FROM generate_series(1, ${S.grants}) AS g
                      JOIN grant_allocation AS a ON a.grant_id = pg_temp.uid('grant', $1, g)) AS x
             CROSS JOIN (VALUES (1, 'STREAM_UNCOMMITTED', 1), (2, 'GRANT_COMMITTED', -1)) AS leg(position, kind, sign)
             ORDER BY x.g, x.position, leg.position`,
    },
    {
      name: 'ledger: releases',
      sql: `INSERT INTO ledger_transaction (id, collaborative_id, source, memo, grant_id, disbursement_id, idempotency_key,
                                             posted_by_user_id, posted_by_name, posted_at)
            SELECT d.release_transaction_id, ${C}, 'DISBURSEMENT_RELEASE', 'Tranche ' || d.sequence || ' released',
                   d.grant_id, d.id, 'seed-release-' || d.id, ${FUND_ADMIN}, ${POSTED_BY}, d.released_at
              FROM disbursement AS d
             WHERE d.collaborative_id = ${C} AND d.release_transaction_id IS NOT NULL
             ORDER BY d.released_at, d.id`,
    },
    {
      name: 'ledger: release postings',
      sql: `${entry}
            SELECT x.release_transaction_id, ${C},
                   CASE leg.kind
                     WHEN 'GRANT_COMMITTED' THEN pg_temp.uid('account-GRANT_COMMITTED', $1, x.g * 10 + x.position)
                     WHEN 'GRANT_DISBURSED' THEN pg_temp.uid('account-GRANT_DISBURSED', $1, x.g * 10 + x.position)
                     WHEN 'STREAM_CASH' THEN ${streamAccount('STREAM_CASH')}
                     ELSE pg_temp.uid('received/' || x.organization_id || '/' || x.funding_stream_id, $1, 0) END,
                   x.funding_stream_id, CASE WHEN leg.kind LIKE 'GRANT_%' THEN x.grant_id END, 'USD', leg.sign * x.cents
              FROM ${draws} AS x
             CROSS JOIN (VALUES (1, 'GRANT_COMMITTED', 1), (2, 'GRANT_DISBURSED', -1), (3, 'STREAM_CASH', -1),
                                (4, 'ORGANIZATION_RECEIVED', 1)) AS leg(position, kind, sign)
             ORDER BY x.released_at, x.disbursement_id, x.position, leg.position`,
    },
  ];
}
