import { AttendanceStatus, BallotChoice } from '@braid/contracts';
import { MeetingService, MotionService } from '@braid/governance';
import { principalOf } from '@braid/identity';
import { DomainEvents, RequestContext, RequestContextService } from '@braid/kernel';
import { CREATE_GRANT, expectLedgerConsistent, FundBuilder } from '../funds/fund-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TenantRole, TestTenant } from '../support/tenant';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const VOTERS: TenantRole[] = ['chair', 'lead', 'member', 'resident'];

const MOTION = `query ($id: ID!) { motion(id: $id) { id status outcome
  funding { grantStatus grantProblemReason grantProblem grantRefusedAt
    problems { reason fundingStreamId streamName requestedCents availableCents } } } }`;

interface MotionView {
  motion: {
    id: string;
    status: string;
    outcome: string | null;
    funding: {
      grantStatus: string;
      grantProblemReason: string | null;
      grantProblem: string | null;
      grantRefusedAt: string | null;
      problems: {
        reason: string;
        fundingStreamId: string;
        streamName: string | null;
        requestedCents: string | null;
        availableCents: string | null;
      }[];
    };
  };
}

/**
 * A FUNDING motion for more than its stream can commit (issue 17): it used to pass, its grant then
 * failed ten times in the event log, the public page listed a PASSED decision with no grant, and
 * nobody was told. The plan is now checked when the motion is moved, opened and closed, shown on
 * the motion before anyone votes, and a grant refused after the pass is recorded on the motion.
 */
describe('Funding motions the fund cannot honour', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let fund: FundBuilder;
  let streamId: string;
  let meetingId: string;

  const as = <T>(role: TenantRole, work: (ctx: RequestContext) => Promise<T>) =>
    app.dataSource.transaction(async (em) =>
      work(await app.get(RequestContextService).contextFor(principalOf(tenant.users[role]), em)),
    );

  const fundingInput = (cents: bigint, title: string) => ({
    meetingId,
    kind: 'FUNDING',
    title,
    text: `Resolved, that the Wellness Fund grant ${cents} cents.`,
    funding: {
      amount: { cents: cents.toString() },
      recipientOrganizationId: tenant.organizations.granteeA,
      purpose: 'Trauma-informed care',
      periodStart: '2025-09-01',
      periodEnd: '2026-08-31',
      allocations: [{ fundingStreamId: streamId, cents: cents.toString() }],
      tranches: [{ cents: cents.toString(), plannedOn: '2025-09-15' }],
    },
  });

  const move = async (cents: bigint, title: string): Promise<string> =>
    (
      await tenant.clients.chair.data<{ createMotion: { id: string } }>(
        `mutation ($input: CreateMotionInput!) { createMotion(input: $input) { id } }`,
        { input: fundingInput(cents, title) },
      )
    ).createMotion.id;

  const open = (id: string) =>
    tenant.clients.chair.request(`mutation ($id: ID!) { openMotion(id: $id) { id status } }`, { id });
  const close = (id: string) =>
    tenant.clients.chair.request(`mutation ($id: ID!) { closeMotion(id: $id) { id status outcome } }`, {
      id,
    });
  const voteYes = async (motionId: string) => {
    for (const role of VOTERS)
      await tenant.clients[role].data(
        `mutation ($input: CastBallotInput!) { castBallot(input: $input) { changed } }`,
        { input: { motionId, choice: BallotChoice.YES } },
      );
  };
  const read = async (id: string) => (await tenant.clients.member.data<MotionView>(MOTION, { id })).motion;
  const uncommitted = async () => (await fund.streamBudget(streamId)).availableToCommit.cents;

  beforeAll(async () => {
    app = await startTestApp('funding-plan-check');
    tenant = await createTenant(app, 'planned');
    fund = new FundBuilder(app, tenant);
    streamId = (await fund.stream({ name: 'County award', awardCents: $(200_000), pledgedCents: $(100_000) }))
      .id;
    meetingId = await as('chair', async (ctx) => {
      const meetings = app.get(MeetingService);
      const meeting = await meetings.schedule(ctx, {
        collaborativeId: tenant.collaborativeId,
        title: 'Leadership team, funding decisions',
        scheduledAt: new Date(Date.UTC(2025, 7, 20, 17)),
      });
      await meetings.start(ctx, meeting.id);
      await meetings.recordAttendance(ctx, {
        meetingId: meeting.id,
        entries: VOTERS.map((role) => ({
          seatId: tenant.seats[role] as string,
          status: AttendanceStatus.PRESENT,
        })),
      });
      return meeting.id;
    });
  });
  afterAll(() => app.close());
  afterEach(() => expectLedgerConsistent(app));

  it('refuses to move a motion asking a stream for more than it has not yet committed', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM motion`);
    const error = await tenant.clients.chair.error(
      `mutation ($input: CreateMotionInput!) { createMotion(input: $input) { id } }`,
      { input: fundingInput($(100_001), 'More than the county award') },
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.reason).toBe('FUNDING_PLAN_UNFUNDABLE');
    expect(error.extensions?.problems).toEqual([
      {
        reason: 'INSUFFICIENT_UNCOMMITTED',
        fundingStreamId: streamId,
        streamName: 'County award',
        requestedCents: $(100_001).toString(),
        availableCents: $(100_000).toString(),
      },
    ]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM motion`)).toEqual(before);
  });

  it('shows on the motion, before anyone votes, that the money is no longer there, and will not open the vote', async () => {
    const motionId = await move($(60_000), 'Clinic expansion');
    expect((await read(motionId)).funding.problems).toEqual([]);

    // The fund administrator commits $50,000 of the stream to another grant meanwhile.
    await fund.grant({
      allocations: [{ fundingStreamId: streamId, cents: $(50_000) }],
      tranches: [$(50_000)],
    });
    expect(await uncommitted()).toBe($(50_000).toString());

    const motion = await read(motionId);
    expect(motion.status).toBe('DRAFT');
    expect(motion.funding.problems).toEqual([
      {
        reason: 'INSUFFICIENT_UNCOMMITTED',
        fundingStreamId: streamId,
        streamName: 'County award',
        requestedCents: $(60_000).toString(),
        availableCents: $(50_000).toString(),
      },
    ]);
    const opened = await open(motionId);
    expect(opened.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FUNDING_PLAN_NO_LONGER_HOLDS',
    });
    expect((await read(motionId)).status).toBe('DRAFT');
  });

  it('will not close as passed a vote whose grant the fund can no longer make; the vote stays open', async () => {
    const motionId = await move($(30_000), 'Peer support');
    expect((await open(motionId)).errors).toBeUndefined();
    await voteYes(motionId);
    await fund.grant({
      allocations: [{ fundingStreamId: streamId, cents: $(30_000) }],
      tranches: [$(30_000)],
    });
    expect(await uncommitted()).toBe($(20_000).toString());

    const closed = await close(motionId);
    expect(closed.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FUNDING_PLAN_NO_LONGER_HOLDS',
    });
    const motion = await read(motionId);
    expect(motion).toMatchObject({ status: 'OPEN', outcome: null });
    expect(motion.funding.problems[0]).toMatchObject({
      reason: 'INSUFFICIENT_UNCOMMITTED',
      availableCents: $(20_000).toString(),
    });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM tally WHERE motion_id = $1`, [
      motionId,
    ]);
    expect(n).toBe(0);
    await tenant.clients.chair.data(`mutation ($id: ID!) { withdrawMotion(id: $id) { id } }`, {
      id: motionId,
    });
  });

  it('records on the motion and in the audit log a grant refused after the pass, instead of retrying silently', async () => {
    const motionId = await move($(20_000), 'Youth outreach');
    expect((await open(motionId)).errors).toBeUndefined();
    await voteYes(motionId);
    // Another approved grant, ready to be entered, takes half of what is left between the close
    // and the moment the fund makes this motion's grant.
    const competing = await fund.grantInput({
      allocations: [{ fundingStreamId: streamId, cents: $(10_000) }],
      tranches: [$(10_000)],
    });
    await as('chair', (ctx) => app.get(MotionService).close(ctx, motionId));
    await fund.admin.data(CREATE_GRANT, { input: competing });
    await app.get(DomainEvents).dispatchPending();

    const motion = await read(motionId);
    expect(motion).toMatchObject({ status: 'CLOSED', outcome: 'PASSED' });
    expect(motion.funding).toMatchObject({
      grantStatus: 'NOT_MADE',
      grantProblemReason: 'INSUFFICIENT_FUNDS',
      grantProblem: expect.stringMatching(/"County award" has USD 10000\.00 not yet committed/),
      grantRefusedAt: expect.any(String),
      problems: [],
    });
    // Handled once, not failed ten times.
    const [event] = await app.dataSource.query(
      `SELECT processed_at IS NOT NULL AS processed, attempts, last_error FROM domain_event
        WHERE type = 'governance.FundingMotionPassed' AND payload->>'motionId' = $1`,
      [motionId],
    );
    expect(event).toEqual({ processed: true, attempts: 0, last_error: null });
    const actions: { action: string; entity_type: string }[] = await app.dataSource.query(
      `SELECT action, entity_type FROM audit_event WHERE entity_id IN ($1, $2) AND action IN ('grant.refusedForMotion', 'motion.grantNotMade')`,
      [motionId, streamId],
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'grant.refusedForMotion', entity_type: 'FundingStream' },
        { action: 'motion.grantNotMade', entity_type: 'Motion' },
      ]),
    );
    // What the fund administrator and the chair see in the audit trail, through the API.
    const { auditEvents } = await fund.admin.data<{ auditEvents: { nodes: { action: string }[] } }>(
      `query ($id: ID!) { auditEvents(collaborativeId: $id, first: 50) { nodes { action } } }`,
      { id: tenant.collaborativeId },
    );
    expect(auditEvents.nodes.map((node) => node.action)).toContain('grant.refusedForMotion');
    const chairView = await tenant.clients.chair.data<{ auditEvents: { nodes: { action: string }[] } }>(
      `query ($id: ID!) { auditEvents(collaborativeId: $id, first: 50) { nodes { action } } }`,
      { id: tenant.collaborativeId },
    );
    expect(chairView.auditEvents.nodes.map((node) => node.action)).toContain('motion.grantNotMade');

    // Once money arrives, the fund administrator enters the grant by hand, citing the motion.
    await fund.pledge(streamId, $(10_000));
    await fund.admin.data(CREATE_GRANT, {
      input: {
        ...competing,
        approvingMotionId: motionId,
        title: 'Youth outreach',
        amount: { cents: $(20_000).toString() },
        allocations: [{ fundingStreamId: streamId, cents: $(20_000).toString() }],
        tranches: [{ cents: $(20_000).toString(), plannedOn: competing.tranches[0].plannedOn }],
      },
    });
    await app.get(DomainEvents).dispatchPending();
    expect((await read(motionId)).funding.grantStatus).toBe('MADE');
  });
});
