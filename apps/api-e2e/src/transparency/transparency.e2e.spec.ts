import { AttendanceStatus, BallotChoice, MotionKind } from '@braid/contracts';
import { BallotService, MeetingService, MotionService } from '@braid/governance';
import { principalOf } from '@braid/identity';
import { RequestContext, RequestContextService } from '@braid/kernel';
import { expectLedgerConsistent, FundBuilder, RELEASE, releaseKey } from '../funds/fund-fixtures';
import { passFundingMotion } from '../support/motions';
import { createTenant, TENANT_ROLES, TenantRole, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const cents = (dollars: number) => $(dollars).toString();
const usd = (dollars: number) => ({ cents: cents(dollars), currency: 'USD' });

const TRANSPARENCY = `query ($slug: String!) { transparency(slug: $slug) {
  collaborative { name slug region description }
  decisions { motionId title kind decidedAt outcome secret yes no abstain recused votes { seatName sector choice } }
  totals { currency pledged { cents currency } received { cents currency } committed { cents currency }
           disbursed { cents currency } cashOnHand { cents currency } }
  receivedByStreamKind { kind streamCount pledged { cents currency } received { cents currency } }
  grantsByPurpose { purpose grantCount committed { cents currency } disbursed { cents currency } }
  grantsByRecipient { organizationName grantCount committed { cents currency } disbursed { cents currency } }
} }`;

interface TransparencyResult {
  transparency: {
    collaborative: { name: string; slug: string };
    decisions: {
      motionId: string;
      decidedAt: string;
      title: string;
      kind: string;
      outcome: string;
      secret: boolean;
      yes: number;
      no: number;
      abstain: number;
      recused: number;
      votes: { seatName: string; sector: string; choice: string }[];
    }[];
    totals: unknown[];
    receivedByStreamKind: unknown[];
    grantsByPurpose: unknown[];
    grantsByRecipient: unknown[];
  };
}

describe('The public transparency view (acceptance story, step 7)', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let fund: FundBuilder;
  const motions: { trauma?: string; youth?: string; secret?: string; draft?: string } = {};

  /** Runs governance's own services as a person of the tenant, in one transaction. */
  const as = <T>(role: TenantRole, work: (ctx: RequestContext) => Promise<T>) =>
    app.dataSource.transaction(async (em) =>
      work(await app.get(RequestContextService).contextFor(principalOf(tenant.users[role]), em)),
    );

  beforeAll(async () => {
    app = await startTestApp('transparency', { queryStats: true });
    [tenant, other] = await Promise.all([createTenant(app, 'transparent'), createTenant(app, 'private')]);
    await app.dataSource.query(`UPDATE collaborative SET public_transparency = false WHERE id = $1`, [
      other.collaborativeId,
    ]);
    fund = new FundBuilder(app, tenant);

    // Step 2: two restricted streams and one unrestricted stream, pledged and partly received.
    const county = await fund.stream({
      name: 'County trauma-informed care',
      kind: 'COUNTY',
      restricted: true,
      allowedPurposes: ['Trauma-informed care'],
      awardCents: $(850_000),
      pledgedCents: $(283_334),
      receivedCents: $(60_000),
    });
    await fund.stream({
      name: 'OVC victim services',
      kind: 'FEDERAL',
      restricted: true,
      allowedPurposes: ['Victim services'],
      awardCents: $(509_000),
      pledgedCents: $(169_667),
      receivedCents: $(42_000),
    });
    const healthPlan = await fund.stream({
      name: 'Health plan community benefit',
      kind: 'HEALTH_PLAN',
      awardCents: $(300_000),
      pledgedCents: $(100_000),
      receivedCents: $(100_000),
    });

    // Step 4: two funding motions pass (named ballots, every seat YES); each makes its grant.
    motions.trauma = await passFundingMotion(app, tenant, {
      title: 'Stockton Trauma Recovery Center, year one',
      recipientOrganizationId: tenant.organizations.granteeA,
      purpose: 'Trauma-informed care',
      amountCents: $(150_000),
      allocations: [{ fundingStreamId: county.id, cents: $(150_000) }],
      tranches: [
        { cents: $(50_000), plannedOn: '2025-09-15' },
        { cents: $(50_000), plannedOn: '2026-01-15' },
        { cents: $(50_000), plannedOn: '2026-05-15' },
      ],
    });
    motions.youth = await passFundingMotion(app, tenant, {
      title: 'Youth & Schools peer support',
      recipientOrganizationId: tenant.organizations.granteeB,
      purpose: 'Youth mental health',
      amountCents: $(30_000),
      allocations: [{ fundingStreamId: healthPlan.id, cents: $(30_000) }],
      tranches: [
        { cents: $(20_000), plannedOn: '2025-09-15' },
        { cents: $(10_000), plannedOn: '2026-01-15' },
      ],
    });

    // Step 5: the first tranche of each grant is released.
    const { disbursements } = await fund.admin.data<{
      disbursements: { nodes: { id: string; sequence: number }[] };
    }>(`query ($c: ID!) { disbursements(collaborativeId: $c) { nodes { id sequence } } }`, {
      c: tenant.collaborativeId,
    });
    for (const tranche of disbursements.nodes.filter((node) => node.sequence === 1)) {
      await fund.admin.data(RELEASE, { input: { disbursementId: tranche.id, idempotencyKey: releaseKey() } });
    }

    // A secret vote, decided; and a motion still in draft, which is nobody's business yet.
    const meetings = app.get(MeetingService);
    const motionService = app.get(MotionService);
    const voters: TenantRole[] = ['chair', 'lead', 'member', 'resident'];
    motions.secret = await as('chair', async (ctx) => {
      const meeting = await meetings.schedule(ctx, {
        collaborativeId: tenant.collaborativeId,
        title: 'Leadership team, secret vote',
        scheduledAt: new Date(Date.UTC(2025, 10, 1, 17)),
      });
      await meetings.start(ctx, meeting.id);
      await meetings.recordAttendance(ctx, {
        meetingId: meeting.id,
        entries: voters.map((role) => ({
          seatId: tenant.seats[role] as string,
          status: AttendanceStatus.PRESENT,
        })),
      });
      const motion = await motionService.create(ctx, {
        meetingId: meeting.id,
        kind: MotionKind.GENERAL,
        title: 'Elect the vice-chair',
        text: 'Resolved, that the vice-chair be elected by secret ballot.',
        secret: true,
      });
      await motionService.open(ctx, motion.id);
      motions.draft = (
        await motionService.create(ctx, {
          meetingId: meeting.id,
          kind: MotionKind.GENERAL,
          title: 'A draft nobody has moved yet',
          text: '',
          secret: false,
        })
      ).id;
      return motion.id;
    });
    const choices: BallotChoice[] = [
      BallotChoice.YES,
      BallotChoice.YES,
      BallotChoice.NO,
      BallotChoice.ABSTAIN,
    ];
    for (const [i, role] of voters.entries()) {
      await as(role, (ctx) =>
        app.get(BallotService).cast(ctx, { motionId: motions.secret as string, choice: choices[i] }),
      );
    }
    await as('chair', (ctx) => motionService.close(ctx, motions.secret as string));
  });
  afterAll(() => app.close());

  it('shows anyone, without signing in, the dollars received by stream kind: the sums of the receipts', async () => {
    const { transparency } = await app
      .client('anonymous')
      .data<TransparencyResult>(TRANSPARENCY, { slug: tenant.slug });
    expect(transparency.collaborative).toMatchObject({
      name: 'Collaborative transparent',
      slug: 'transparent',
    });
    expect(transparency.receivedByStreamKind).toEqual([
      { kind: 'COUNTY', streamCount: 1, pledged: usd(283_334), received: usd(60_000) },
      { kind: 'FEDERAL', streamCount: 1, pledged: usd(169_667), received: usd(42_000) },
      { kind: 'HEALTH_PLAN', streamCount: 1, pledged: usd(100_000), received: usd(100_000) },
    ]);
    expect(transparency.totals).toEqual([
      {
        currency: 'USD',
        pledged: usd(283_334 + 169_667 + 100_000),
        received: usd(60_000 + 42_000 + 100_000),
        committed: usd(150_000 + 30_000),
        disbursed: usd(50_000 + 20_000),
        cashOnHand: usd(60_000 + 42_000 + 100_000 - 50_000 - 20_000),
      },
    ]);
  });

  it('shows the dollars committed and disbursed by purpose and by funded organization', async () => {
    const { transparency } = await app
      .client('anonymous')
      .data<TransparencyResult>(TRANSPARENCY, { slug: tenant.slug });
    expect(transparency.grantsByPurpose).toEqual([
      { purpose: 'Trauma-informed care', grantCount: 1, committed: usd(150_000), disbursed: usd(50_000) },
      { purpose: 'Youth mental health', grantCount: 1, committed: usd(30_000), disbursed: usd(20_000) },
    ]);
    expect(transparency.grantsByRecipient).toEqual([
      { organizationName: 'Grantee A', grantCount: 1, committed: usd(150_000), disbursed: usd(50_000) },
      { organizationName: 'Grantee B', grantCount: 1, committed: usd(30_000), disbursed: usd(20_000) },
    ]);
    // The same figures the members' budget shows, from the same ledger.
    const [fundTotals] = (await fund.budget()).fund;
    expect(fundTotals.disbursed.cents).toBe(cents(70_000));
  });

  it('lists the decisions taken, with the tally, and each seat’s vote only on named motions', async () => {
    const { transparency } = await app
      .client('anonymous')
      .data<TransparencyResult>(TRANSPARENCY, { slug: tenant.slug });
    const byId = new Map(transparency.decisions.map((decision) => [decision.motionId, decision]));
    expect([...byId.keys()].sort()).toEqual([motions.trauma, motions.youth, motions.secret].sort());
    expect(byId.has(motions.draft as string)).toBe(false);
    // Most recent first: the secret vote closed last.
    expect(transparency.decisions[0].motionId).toBe(motions.secret);
    // Dated by when the motion closed, not by when the page is read.
    const { motion } = await tenant.clients.chair.data<{ motion: { closedAt: string } }>(
      `query ($id: ID!) { motion(id: $id) { closedAt } }`,
      { id: motions.trauma },
    );
    expect(byId.get(motions.trauma as string)?.decidedAt).toBe(motion.closedAt);

    expect(byId.get(motions.trauma as string)).toMatchObject({
      title: 'Stockton Trauma Recovery Center, year one',
      kind: 'FUNDING',
      outcome: 'PASSED',
      secret: false,
      yes: 4,
      no: 0,
      abstain: 0,
      recused: 0,
    });
    expect(byId.get(motions.trauma as string)?.votes).toEqual([
      { seatName: 'chair seat', sector: TENANT_ROLES.chair.seat, choice: 'YES' },
      { seatName: 'lead seat', sector: TENANT_ROLES.lead.seat, choice: 'YES' },
      { seatName: 'member seat', sector: TENANT_ROLES.member.seat, choice: 'YES' },
      { seatName: 'resident seat', sector: TENANT_ROLES.resident.seat, choice: 'YES' },
    ]);
    expect(byId.get(motions.secret as string)).toMatchObject({
      title: 'Elect the vice-chair',
      kind: 'GENERAL',
      outcome: 'PASSED',
      secret: true,
      yes: 2,
      no: 1,
      abstain: 1,
      votes: [],
    });
  });

  it('carries no personal data: no names, emails or ids of people, no motion text, no attendance', async () => {
    const response = await app.client('anonymous').request(TRANSPARENCY, { slug: tenant.slug });
    const text = JSON.stringify(response.data);
    for (const user of Object.values(tenant.users)) {
      expect(text).not.toContain(user.displayName);
      expect(text).not.toContain(user.email);
      expect(text).not.toContain(user.id);
    }
    expect(text).not.toContain('Resolved, that');
    expect(text).not.toContain('A draft nobody has moved yet');
    // The types themselves offer nothing else to ask for.
    const probe = await app
      .client('anonymous')
      .request(`query ($slug: String!) { transparency(slug: $slug) { decisions { votes { userId } } } }`, {
        slug: tenant.slug,
      });
    expect(probe.data).toBeNull();
    expect(probe.errors?.[0].message).toMatch(/Cannot query field "userId"/);
  });

  it('answers NOT_FOUND for a collaborative that does not publish its view, as for one that does not exist', async () => {
    for (const slug of [other.slug, 'no-such-collaborative']) {
      expect((await app.client('anonymous').error(TRANSPARENCY, { slug })).code).toBe('NOT_FOUND');
      expect((await tenant.clients.admin.error(TRANSPARENCY, { slug })).code).toBe('NOT_FOUND');
    }
    // Its own members may preview what the public would see.
    const { transparency } = await other.clients.observer.data<TransparencyResult>(TRANSPARENCY, {
      slug: other.slug,
    });
    expect(transparency.decisions).toEqual([]);
    expect(transparency.totals).toEqual([]);
  });

  it('refuses a slug that cannot name a collaborative with BAD_USER_INPUT', async () => {
    expect((await app.client('anonymous').error(TRANSPARENCY, { slug: 'Not A Slug!' })).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('reads everything in a fixed number of SQL statements, however many decisions and grants', async () => {
    const response = await app.client('anonymous').request(TRANSPARENCY, { slug: tenant.slug });
    expect(response.errors).toBeUndefined();
    // The collaborative, five aggregates and the named votes of all decisions at once.
    expect(response.sqlQueries).toBeLessThanOrEqual(8);
  });

  it('leaves the ledger consistent', () => expectLedgerConsistent(app));
});
