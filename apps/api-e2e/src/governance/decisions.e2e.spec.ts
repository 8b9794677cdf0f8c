import { FundBuilder } from '../funds/fund-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';
import { close, GQL, leadershipMeeting, openMotion, present, vote } from './governance-support';

const PREVIEW = `query($id: ID!) {
  motion(id: $id) {
    status
    closingPreview {
      ballotsCast presentSeats presentWithoutBallot filledSeats recusedSeats
      quorumRequired quorumMet threshold thresholdBase yesRequired
    }
  }
}`;

const MOTIONS = `query(
  $collaborativeId: ID!, $status: MotionStatus, $outcome: MotionOutcome, $kind: MotionKind,
  $decidedFrom: LocalDate, $decidedTo: LocalDate, $first: Int, $after: String
) {
  motions(
    collaborativeId: $collaborativeId, status: $status, outcome: $outcome, kind: $kind,
    decidedFrom: $decidedFrom, decidedTo: $decidedTo, first: $first, after: $after
  ) {
    nodes { id title status outcome closedAt }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Listed {
  motions: {
    nodes: { id: string; title: string; status: string; outcome: string | null; closedAt: string | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Today as the API's date filters read it (UTC), and a day either side. */
function utcDay(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('Deciding a motion, and the list of decisions', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  const ids: Record<'passed' | 'failed' | 'withdrawn' | 'secret' | 'draft', string> = {
    passed: '',
    failed: '',
    withdrawn: '',
    secret: '',
    draft: '',
  };

  const list = (variables: Record<string, unknown> = {}, client = tenant.clients.member) =>
    client.data<Listed>(MOTIONS, { collaborativeId: tenant.collaborativeId, ...variables });

  beforeAll(async () => {
    app = await startTestApp('gov-decisions');
    tenant = await createTenant(app, 'gov-decisions');
    other = await createTenant(app, 'gov-decisions-other');
  });
  afterAll(() => app.close());

  it('tells the chair, before closing, the ballots cast against seats present, the quorum and the threshold', async () => {
    const { chair, lead, member, resident } = tenant.seats;
    const meetingId = await leadershipMeeting(tenant, present(chair, lead, member, resident));
    ids.passed = await openMotion(tenant, meetingId, { title: 'Adopt the referral protocol' });
    await vote(tenant.clients.chair, ids.passed, 'YES');

    const { motion } = await tenant.clients.chair.data<{
      motion: { closingPreview: Record<string, unknown> };
    }>(PREVIEW, { id: ids.passed });
    expect(motion.closingPreview).toEqual({
      ballotsCast: 1,
      presentSeats: 4,
      presentWithoutBallot: 3,
      filledSeats: 4,
      recusedSeats: 0,
      quorumRequired: 3,
      quorumMet: true,
      threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST',
      thresholdBase: 1,
      yesRequired: 1,
    });

    // The tally applies exactly what was previewed: one ballot of four present passes it.
    const closed = await close(tenant, ids.passed);
    expect(closed.tally).toMatchObject({
      ballotsCast: 1,
      quorumRequired: 3,
      thresholdBase: 1,
      yesRequired: 1,
    });
    expect(closed.outcome).toBe('PASSED');
    const after = await tenant.clients.chair.data<{ motion: { closingPreview: unknown } }>(PREVIEW, {
      id: ids.passed,
    });
    expect(after.motion.closingPreview).toBeNull();

    ids.failed = await openMotion(tenant, meetingId, { title: 'Move the meetings to Saturdays' });
    await vote(tenant.clients.chair, ids.failed, 'NO');
    await vote(tenant.clients.member, ids.failed, 'NO');
    await close(tenant, ids.failed);

    ids.withdrawn = await openMotion(tenant, meetingId, { title: 'Rename the collaborative' });
    await tenant.clients.chair.data(`mutation($id: ID!) { withdrawMotion(id: $id) { id } }`, {
      id: ids.withdrawn,
    });
  });

  it('gives no base before a secret vote closes, where the base would tell how many abstained', async () => {
    const { chair, lead, member, resident } = tenant.seats;
    const meetingId = await leadershipMeeting(tenant, present(chair, lead, member, resident));
    ids.secret = await openMotion(tenant, meetingId, { title: 'Elect the vice-chair', secret: true });
    await vote(tenant.clients.chair, ids.secret, 'YES');
    await vote(tenant.clients.member, ids.secret, 'ABSTAIN');
    const { motion } = await tenant.clients.member.data<{
      motion: { closingPreview: Record<string, unknown> };
    }>(PREVIEW, { id: ids.secret });
    expect(motion.closingPreview).toMatchObject({
      ballotsCast: 2,
      presentWithoutBallot: 2,
      quorumMet: true,
      threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST',
      thresholdBase: null,
      yesRequired: null,
    });

    const { createMotion } = await tenant.clients.chair.data<{ createMotion: { id: string } }>(
      GQL.createMotion,
      {
        input: { meetingId, kind: 'GENERAL', title: 'Plan the spring listening sessions' },
      },
    );
    ids.draft = createMotion.id;
  });

  it('lists every motion newest first, filtered by status, outcome, kind and decision date', async () => {
    const all = await list();
    expect(all.motions.nodes.map((motion) => motion.id)).toEqual([
      ids.draft,
      ids.secret,
      ids.withdrawn,
      ids.failed,
      ids.passed,
    ]);

    const closed = await list({ status: 'CLOSED' });
    expect(closed.motions.nodes.map((motion) => motion.id)).toEqual([ids.failed, ids.passed]);
    const passed = await list({ outcome: 'PASSED' });
    expect(passed.motions.nodes.map((motion) => motion.title)).toEqual(['Adopt the referral protocol']);
    const failedGeneral = await list({ kind: 'GENERAL', outcome: 'FAILED' });
    expect(failedGeneral.motions.nodes.map((motion) => motion.title)).toEqual([
      'Move the meetings to Saturdays',
    ]);
    expect((await list({ kind: 'FUNDING' })).motions.nodes).toEqual([]);

    // Decided today: closed and withdrawn motions, never those still open or in draft.
    const today = await list({ decidedFrom: utcDay(), decidedTo: utcDay() });
    expect(today.motions.nodes.map((motion) => motion.id)).toEqual([ids.withdrawn, ids.failed, ids.passed]);
    expect(today.motions.nodes.every((motion) => motion.closedAt?.startsWith(utcDay()))).toBe(true);
    expect((await list({ decidedFrom: utcDay(1) })).motions.nodes).toEqual([]);
    expect((await list({ decidedTo: utcDay(-1) })).motions.nodes).toEqual([]);
  });

  it('pages through the decisions with a cursor, each motion exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Listed = await list({ first: 2, after });
      seen.push(...page.motions.nodes.map((motion) => motion.id));
      after = page.motions.pageInfo.hasNextPage ? page.motions.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([ids.draft, ids.secret, ids.withdrawn, ids.failed, ids.passed]);

    // Filters hold across pages too.
    const first = await list({ status: 'CLOSED', first: 1 });
    const second = await list({ status: 'CLOSED', first: 1, after: first.motions.pageInfo.endCursor });
    expect([...first.motions.nodes, ...second.motions.nodes].map((motion) => motion.id)).toEqual([
      ids.failed,
      ids.passed,
    ]);
    expect(second.motions.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses the list to a partner contact and to another collaborative, and refuses a bad filter', async () => {
    const partner = await tenant.clients.partnerA.error(MOTIONS, { collaborativeId: tenant.collaborativeId });
    expect(partner.code).toBe('FORBIDDEN');

    const stranger = await other.clients.chair.error(MOTIONS, { collaborativeId: tenant.collaborativeId });
    expect(stranger.code).toBe('NOT_FOUND');
    // Their own list holds none of this collaborative's motions.
    const theirs = await other.clients.chair.data<Listed>(MOTIONS, {
      collaborativeId: other.collaborativeId,
    });
    expect(theirs.motions.nodes).toEqual([]);

    const badDate = await tenant.clients.member.error(MOTIONS, {
      collaborativeId: tenant.collaborativeId,
      decidedFrom: '2026-13-40',
    });
    expect(badDate.code).toBe('BAD_USER_INPUT');
  });

  it('finds the grant a motion approved, for those who read it, and none for another motion', async () => {
    const funds = new FundBuilder(app, tenant);
    const stream = await funds.stream({
      name: 'County wellness fund',
      awardCents: 5_000_000n,
      pledgedCents: 5_000_000n,
      receivedCents: 5_000_000n,
    });
    const grant = await funds.grant({
      allocations: [{ fundingStreamId: stream.id, cents: 1_000_000n }],
      tranches: [1_000_000n],
    });
    const query = `query($collaborativeId: ID!, $motionId: ID) {
      grants(collaborativeId: $collaborativeId, approvingMotionId: $motionId) { nodes { id approvingMotionId } }
    }`;
    const grantsOf = async (motionId: string, client = tenant.clients.fundAdmin) =>
      (
        await client.data<{ grants: { nodes: { id: string; approvingMotionId: string }[] } }>(query, {
          collaborativeId: tenant.collaborativeId,
          motionId,
        })
      ).grants.nodes;

    expect(await grantsOf(grant.approvingMotionId)).toEqual([
      { id: grant.id, approvingMotionId: grant.approvingMotionId },
    ]);
    expect(await grantsOf(ids.passed)).toEqual([]);
    // The recipient's contact reads it; another grantee's does not.
    expect(await grantsOf(grant.approvingMotionId, tenant.clients.partnerA)).toHaveLength(1);
    expect(await grantsOf(grant.approvingMotionId, tenant.clients.partnerB)).toEqual([]);
  });
});
