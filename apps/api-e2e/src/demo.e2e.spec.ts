import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SLUG } from '@braid/api';
import { FUNDING_MOTION_PASSED } from '@braid/contracts';
import { expectLedgerConsistent } from './funds/fund-fixtures';
import { GraphQLClient } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The demo data tells the acceptance story (docs/DOMAIN-GUIDE.md), written through the services: the same
 * rules, permissions and audit log as the API.
 */
describe('The demo story', () => {
  let app: TestApp;
  let chair: GraphQLClient;
  let collaborativeId: string;

  beforeAll(async () => {
    app = await startTestApp('demo', { seedDemo: true });
    chair = await app.client('chair').signIn(DEMO_PEOPLE.chair.email, DEMO_PASSWORD);
    [{ id: collaborativeId }] = await app.dataSource.query(`SELECT id FROM collaborative WHERE slug = $1`, [
      DEMO_SLUG,
    ]);
  });
  afterAll(() => app.close());

  it('has seats in every sector, each held', async () => {
    const { seats } = await chair.data<{ seats: { sector: string; vacant: boolean }[] }>(
      `query ($c: ID!) { seats(collaborativeId: $c) { sector vacant } }`,
      { c: collaborativeId },
    );
    expect(new Set(seats.map((seat) => seat.sector))).toEqual(
      new Set(['HEALTH_PLAN', 'HEALTH_SYSTEM', 'GOVERNMENT', 'EDUCATION', 'COMMUNITY_ORG', 'RESIDENT']),
    );
    expect(seats.every((seat) => !seat.vacant)).toBe(true);
  });

  it('names each leadership meeting for its date and dates each past decision at its meeting', async () => {
    const { motions } = await chair.data<{
      motions: {
        nodes: { title: string; closedAt: string | null; meeting: { title: string; scheduledAt: string } }[];
      };
    }>(
      `query ($c: ID!) {
        motions(collaborativeId: $c, status: CLOSED) { nodes { title closedAt meeting { title scheduledAt } } }
      }`,
      { c: collaborativeId },
    );
    expect(motions.nodes.length).toBeGreaterThanOrEqual(3);
    // Two past meetings, two different titles, neither the bare "Leadership team".
    const meetings = new Set(motions.nodes.map((motion) => motion.meeting.title));
    expect(meetings.size).toBe(2);
    for (const title of meetings) expect(title).toMatch(/^Leadership team, [A-Z][a-z]+ \d{1,2}$/);
    // Decided during its meeting, weeks ago: not on the day the demo was written.
    for (const motion of motions.nodes) {
      const closed = new Date(motion.closedAt as string).getTime();
      const held = new Date(motion.meeting.scheduledAt).getTime();
      expect(closed).toBeGreaterThan(held);
      expect(closed - held).toBeLessThan(3 * 3_600_000);
    }
  });

  it('shows a workgroup at work, past decisions with approved minutes, and a vote under way', async () => {
    const { motions, workgroups } = await chair.data<{
      motions: {
        nodes: {
          title: string;
          status: string;
          outcome: string | null;
          funding: { purpose: string; allocations: { fundingStreamId: string }[] } | null;
          conflicts: { source: string; seat: { name: string } }[];
          ballots: unknown[];
          tally: { yes: number } | null;
        }[];
      };
      workgroups: { name: string }[];
    }>(
      `query ($c: ID!) {
        motions(collaborativeId: $c, first: 50) {
          nodes { title status outcome funding { purpose allocations { fundingStreamId } } conflicts { source seat { name } } ballots { choice } tally { yes } }
        }
        workgroups(collaborativeId: $c) { name }
      }`,
      { c: collaborativeId },
    );
    expect(workgroups.map((workgroup) => workgroup.name)).toEqual([
      'Data Sharing',
      'Trauma-Informed Care',
      'Youth & Schools',
    ]);
    const byTitle = new Map(motions.nodes.map((motion) => [motion.title, motion]));
    const center = byTitle.get('Fund the Stockton Trauma Recovery Center, year one');
    expect(center).toMatchObject({
      status: 'CLOSED',
      outcome: 'PASSED',
      conflicts: [{ source: 'RECIPIENT', seat: { name: 'Stockton Trauma Recovery Center' } }],
      funding: { purpose: 'Trauma recovery services' },
    });
    expect(center?.funding?.allocations).toHaveLength(2);
    const trustBuilders = byTitle.get('Fund the Reinvent South Stockton trust builders outreach program');
    expect(trustBuilders).toMatchObject({ status: 'OPEN', outcome: null, tally: null });
    expect(trustBuilders?.ballots).toHaveLength(4);
    expect(motions.nodes.filter((motion) => motion.outcome === 'PASSED')).toHaveLength(3);

    expect(
      await app.dataSource.query(
        `SELECT status, count(*)::int AS n FROM minutes GROUP BY status ORDER BY status`,
      ),
    ).toEqual([
      { status: 'CIRCULATED', n: 2 },
      { status: 'APPROVED', n: 1 },
    ]);
    expect(
      await app.dataSource.query(
        `SELECT status, count(*)::int AS n FROM action_item GROUP BY status ORDER BY status`,
      ),
    ).toEqual([
      { status: 'OPEN', n: 1 },
      { status: 'IN_PROGRESS', n: 1 },
      { status: 'DONE', n: 1 },
      { status: 'BLOCKED', n: 1 },
    ]);
  });

  it('turns the passed funding motion into the grant, on two restricted streams and one unrestricted, with tranche one released', async () => {
    const fundAdmin = await app
      .client('fund administrator')
      .signIn(DEMO_PEOPLE.fundAdmin.email, DEMO_PASSWORD);
    const { fundingStreams, grants } = await fundAdmin.data<{
      fundingStreams: { restricted: boolean; contributions: { status: string }[] }[];
      grants: {
        nodes: {
          approvingMotionId: string;
          recipient: { name: string };
          amount: { cents: string };
          disbursements: { status: string }[];
        }[];
      };
    }>(
      `query ($c: ID!) {
         fundingStreams(collaborativeId: $c) { restricted contributions { status } }
         grants(collaborativeId: $c) { nodes { approvingMotionId recipient { name } amount { cents } disbursements { status } } } }`,
      { c: collaborativeId },
    );
    expect(fundingStreams.map((stream) => stream.restricted).sort()).toEqual([false, true, true]);
    expect(
      fundingStreams.every((stream) => stream.contributions.some((c) => c.status === 'PARTIALLY_RECEIVED')),
    ).toBe(true);

    const [motion] = await app.dataSource.query(
      `SELECT id FROM motion WHERE title = 'Fund the Stockton Trauma Recovery Center, year one'`,
    );
    expect(grants.nodes).toEqual([
      {
        approvingMotionId: motion.id,
        recipient: { name: 'Stockton Trauma Recovery Center' },
        amount: { cents: '30000000' },
        disbursements: [{ status: 'RELEASED' }, { status: 'SCHEDULED' }, { status: 'SCHEDULED' }],
      },
    ]);
    expect(
      await app.dataSource.query(
        `SELECT processed_at IS NOT NULL AS processed, last_error FROM domain_event WHERE type = $1`,
        [FUNDING_MOTION_PASSED],
      ),
    ).toEqual([{ processed: true, last_error: null }]);
    await expectLedgerConsistent(app);
  });

  it('has the trauma recovery center reporting: one quarter accepted with metrics and evidence, the next late and holding tranche two', async () => {
    const partner = await app.client('partner').signIn(DEMO_PEOPLE.partnerTrc.email, DEMO_PASSWORD);
    const { reportingRequirements } = await partner.data<{
      reportingRequirements: {
        nodes: {
          sequence: number;
          status: string;
          reports: {
            version: number;
            status: string;
            metricValues: { value: number }[];
            attachments: { fileName: string; downloadUrl: string }[];
          }[];
        }[];
      };
    }>(
      `query ($c: ID!) { reportingRequirements(collaborativeId: $c) { nodes { sequence status
         reports { version status metricValues { value } attachments { fileName downloadUrl } } } } }`,
      { c: collaborativeId },
    );
    const [first, second] = reportingRequirements.nodes;
    expect(first.status).toBe('ACCEPTED');
    expect(first.reports.map((report) => [report.version, report.status])).toEqual([
      [2, 'ACCEPTED'],
      [1, 'CHANGES_REQUESTED'],
    ]);
    expect(first.reports[0].metricValues.map((value) => value.value).sort((a, b) => a - b)).toEqual([
      9, 118, 273,
    ]);
    expect(first.reports[0].attachments.map((attachment) => attachment.fileName)).toEqual([
      'Sign-in sheets, first quarter.pdf',
    ]);
    const evidence = await fetch(`${app.url}${first.reports[0].attachments[0].downloadUrl}`, {
      headers: { cookie: partner.sessionCookie ?? '' },
    });
    expect(evidence.status).toBe(200);
    expect(
      Buffer.from(await evidence.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(second).toMatchObject({ sequence: 2, status: 'LATE', reports: [] });

    const fundAdmin = await app
      .client('fund administrator')
      .signIn(DEMO_PEOPLE.fundAdmin.email, DEMO_PASSWORD);
    const { grants } = await fundAdmin.data<{
      grants: { nodes: { disbursements: { id: string; status: string }[] }[] };
    }>(`query ($c: ID!) { grants(collaborativeId: $c) { nodes { disbursements { id status } } } }`, {
      c: collaborativeId,
    });
    const held = await fundAdmin.error(
      `mutation ($input: ReleaseDisbursementInput!) { releaseDisbursement(input: $input) { id } }`,
      {
        input: {
          disbursementId: grants.nodes[0].disbursements[1].id,
          idempotencyKey: 'demo-check-tranche-2',
        },
      },
    );
    expect(held.code).toBe('CONFLICT');
    expect(held.message).toMatch(
      /^This tranche is on hold: the report for \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, due \d{4}-\d\d-\d\d, has not been submitted/,
    );
  });

  it('rolls the outcomes up for the leadership, per funder, and for the public', async () => {
    const { outcomeRollup, funderOutcomes } = await chair.data<{
      outcomeRollup: { metrics: { name: string; target: number; actual: number; percentAchieved: number }[] };
      funderOutcomes: { funderName: string; metrics: { name: string; actual: number }[] }[];
    }>(
      `query ($c: ID!) { outcomeRollup(collaborativeId: $c) { metrics { name target actual percentAchieved } }
         funderOutcomes(collaborativeId: $c) { funderName metrics { name actual } } }`,
      { c: collaborativeId },
    );
    expect(outcomeRollup.metrics).toEqual([
      { name: 'Non-duplicated clients enrolled', target: 500, actual: 118, percentAchieved: 23.6 },
      {
        name: 'People educated on trauma recovery services',
        target: 1000,
        actual: 273,
        percentAchieved: 27.3,
      },
      { name: 'Trafficking survivors served', target: 50, actual: 9, percentAchieved: 18 },
    ]);
    // The county pays two thirds of the grant, the Office for Victims of Crime one third: of 118
    // clients, 78.67 and 39.33, counted whole as 79 and 39 (largest remainder).
    const county = funderOutcomes.find((funder) => funder.funderName.startsWith('San Joaquin County'));
    expect(county?.metrics.find((metric) => metric.name === 'Non-duplicated clients enrolled')?.actual).toBe(
      79,
    );
    const { publicOutcomes } = await app
      .client('public')
      .data<{ publicOutcomes: { name: string; actual: number }[] }>(
        `query ($slug: String!) { publicOutcomes(collaborativeSlug: $slug) { name actual } }`,
        { slug: DEMO_SLUG },
      );
    expect(publicOutcomes.map((outcome) => outcome.actual)).toEqual([118, 273, 9]);
  });
});
