import { Role } from '@braid/contracts';
import { MembershipService } from '@braid/collaboratives';
import { principalOf } from '@braid/identity';
import { localDate, RequestContextService } from '@braid/kernel';
import { FundBuilder } from '../funds/fund-fixtures';
import { GQL, leadershipMeeting, openMotion, vote } from '../governance/governance-support';
import { GraphQLClient } from '../support/graphql-client';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';

const MY_WORK = `query ($collaborativeId: ID, $first: Int!) {
  myWork(collaborativeId: $collaborativeId) {
    collaborativeIds
    votesOwed(first: $first) { totalCount nodes { motion { id title } seatName asAlternate } }
    votesCast(first: $first) { totalCount nodes { motion { id } choice seatName } }
    actionItems(first: $first) { totalCount nodes { actionItem { id title dueOn } workgroupName overdue dueToday } }
    reportsOwed(first: $first) { totalCount nodes { requirement { id grantId dueOn } status daysLate } }
    minutesToReview(first: $first) { totalCount nodes { minutes { id } meeting { id title } } }
    nextMeetings(first: $first) { totalCount nodes { id title } }
  }
}`;

interface Work {
  collaborativeIds: string[];
  votesOwed: {
    totalCount: number;
    nodes: { motion: { id: string }; seatName: string; asAlternate: boolean }[];
  };
  votesCast: { totalCount: number; nodes: { motion: { id: string }; choice: string | null }[] };
  actionItems: {
    totalCount: number;
    nodes: {
      actionItem: { id: string; title: string };
      workgroupName: string;
      overdue: boolean;
      dueToday: boolean;
    }[];
  };
  reportsOwed: {
    totalCount: number;
    nodes: {
      requirement: { id: string; grantId: string; dueOn: string };
      status: string;
      daysLate: number | null;
    }[];
  };
  minutesToReview: { totalCount: number; nodes: { minutes: { id: string } }[] };
  nextMeetings: { totalCount: number; nodes: { id: string; title: string }[] };
}

const $ = (dollars: number) => BigInt(dollars) * 100n;
/** A date `offset` days from now on the collaborative's calendar (America/Los_Angeles), as My work reads it. */
const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000), 'America/Los_Angeles');

async function workOf(client: GraphQLClient, variables: { collaborativeId?: string; first?: number } = {}) {
  return (await client.data<{ myWork: Work }>(MY_WORK, { first: 10, ...variables })).myWork;
}

/**
 * My work: each list for the person it belongs to and nobody else; another collaborative's
 * records never appear, and a partner sees only its own organization's reports.
 */
describe('My work', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let motionId: string;
  let grantA: string;
  let grantB: string;
  let circulatedMinutes: string;
  let upcomingLeadership: string;
  let upcomingWorkgroup: string;
  const items: Record<'overdue' | 'today' | 'later' | 'undated' | 'done', string> = {} as never;

  beforeAll(async () => {
    app = await startTestApp('my-work', { queryStats: true });
    [tenant, other] = await Promise.all([createTenant(app, 'mywork'), createTenant(app, 'elsewhere')]);

    // Grants first (their funding motions are voted and closed on the way).
    const fund = new FundBuilder(app, tenant);
    const stream = await fund.stream({
      name: 'County prevention',
      awardCents: $(100_000),
      pledgedCents: $(100_000),
      receivedCents: $(100_000),
    });
    const grant = (recipientOrganizationId: string) =>
      fund.grant({
        recipientOrganizationId,
        allocations: [{ fundingStreamId: stream.id, cents: $(1_000) }],
        tranches: [$(1_000)],
        plannedOn: [day(-390)],
        // A year that ended a month ago: its quarterly reports are late, its last one due soon.
        period: { start: day(-395), end: day(-31) },
      });
    grantA = (await grant(tenant.organizations.granteeA)).id;
    grantB = (await grant(tenant.organizations.granteeB)).id;

    // Today's leadership meeting: chair, member and lead present, the resident absent.
    const { seats } = tenant;
    const meetingId = await leadershipMeeting(tenant, [
      { seatId: seats.chair as string, status: 'PRESENT' },
      { seatId: seats.member as string, status: 'REMOTE' },
      { seatId: seats.lead as string, status: 'PRESENT' },
      { seatId: seats.resident as string, status: 'ABSENT' },
    ]);
    motionId = await openMotion(tenant, meetingId, { title: 'Adopt the trauma-informed care framework' });
    await vote(tenant.clients.member, motionId, 'YES');
    await tenant.clients.lead.data(GQL.declareConflict, {
      input: { motionId, reason: 'My organization would deliver the framework.' },
    });
    const { draftMinutes } = await tenant.clients.chair.data<{ draftMinutes: { id: string } }>(
      GQL.draftMinutes,
      {
        input: { meetingId, body: 'Quorum present. The framework was moved and opened for the vote.' },
      },
    );
    await tenant.clients.chair.data(GQL.circulateMinutes, { id: draftMinutes.id });
    circulatedMinutes = draftMinutes.id;

    // The other collaborative's chair owes a vote there, and has minutes to review there.
    const elsewhere = await leadershipMeeting(other, [
      { seatId: other.seats.chair as string, status: 'PRESENT' },
    ]);
    await openMotion(other, elsewhere, { title: 'Elsewhere: a motion' });

    // A workgroup led by the lead; the member owns its items.
    const { createWorkgroup } = await tenant.clients.admin.data<{ createWorkgroup: { id: string } }>(
      GQL.createWorkgroup,
      {
        input: {
          collaborativeId: tenant.collaborativeId,
          name: 'Trauma-Informed Care',
          purpose: 'Train front-line staff.',
          leadUserIds: [tenant.users.lead.id],
          memberUserIds: [tenant.users.member.id],
        },
      },
    );
    const item = async (title: string, dueOn: string | null) =>
      (
        await tenant.clients.lead.data<{ createActionItem: { id: string } }>(GQL.createActionItem, {
          input: { workgroupId: createWorkgroup.id, title, ownerUserId: tenant.users.member.id, dueOn },
        })
      ).createActionItem.id;
    items.later = await item('Book the second training cohort', day(10));
    items.undated = await item('Collect feedback forms', null);
    items.today = await item('Send the attendance list', day(0));
    items.overdue = await item('Map referral paths', day(-3));
    items.done = await item('Reserve the room', day(-10));
    await tenant.clients.member.data(GQL.postActionUpdate, {
      input: { actionItemId: items.done, note: 'Reserved.', status: 'DONE' },
    });

    // Meetings ahead: the leadership team's and the workgroup's.
    const schedule = async (title: string, workgroupId: string | null, inDays: number) =>
      (
        await (workgroupId ? tenant.clients.lead : tenant.clients.chair).data<{
          scheduleMeeting: { id: string };
        }>(GQL.scheduleMeeting, {
          input: {
            collaborativeId: tenant.collaborativeId,
            workgroupId,
            title,
            scheduledAt: new Date(Date.now() + inDays * 86_400_000).toISOString(),
          },
        })
      ).scheduleMeeting.id;
    upcomingWorkgroup = await schedule('Trauma-Informed Care workgroup', createWorkgroup.id, 3);
    upcomingLeadership = await schedule('Leadership team, next month', null, 20);
  });
  afterAll(() => app.close());

  it('asks a seated holder who has not voted for their vote, and nobody else', async () => {
    const chair = await workOf(tenant.clients.chair);
    expect(chair.votesOwed.nodes).toEqual([
      expect.objectContaining({ motion: expect.objectContaining({ id: motionId }), asAlternate: false }),
    ]);
    expect(chair.votesOwed.totalCount).toBe(1);
    // Voted (member), absent (resident), recused (lead), no seat (partner, observer, fund admin).
    for (const role of ['member', 'resident', 'lead', 'partnerA', 'observer', 'fundAdmin'] as const)
      expect((await workOf(tenant.clients[role])).votesOwed.totalCount).toBe(0);
  });

  it('shows the ballots cast on open motions with their choice, until the vote closes', async () => {
    const member = await workOf(tenant.clients.member);
    expect(member.votesCast.nodes).toEqual([
      expect.objectContaining({ motion: { id: motionId }, choice: 'YES' }),
    ]);
    expect((await workOf(tenant.clients.chair)).votesCast.totalCount).toBe(0);
  });

  it("lists the owner's open action items, overdue first, then by due date, undated last", async () => {
    const member = await workOf(tenant.clients.member);
    expect(member.actionItems.nodes.map((node) => node.actionItem.id)).toEqual([
      items.overdue,
      items.today,
      items.later,
      items.undated,
    ]);
    expect(member.actionItems.nodes.map((node) => [node.overdue, node.dueToday])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(member.actionItems.nodes[0].workgroupName).toBe('Trauma-Informed Care');
    expect((await workOf(tenant.clients.lead)).actionItems.totalCount).toBe(0);
  });

  it('bounds every list and still gives its total', async () => {
    const member = await workOf(tenant.clients.member, { first: 1 });
    expect(member.actionItems.nodes).toHaveLength(1);
    expect(member.actionItems.totalCount).toBe(4);
    const badge = await workOf(tenant.clients.member, { first: 0 });
    expect(badge.actionItems).toEqual({ totalCount: 4, nodes: [] });
  });

  it('gives a partner only its own organization’s late and coming reports, with the days late', async () => {
    const partnerA = await workOf(tenant.clients.partnerA);
    expect(partnerA.reportsOwed.totalCount).toBeGreaterThan(0);
    expect(new Set(partnerA.reportsOwed.nodes.map((node) => node.requirement.grantId))).toEqual(
      new Set([grantA]),
    );
    const late = partnerA.reportsOwed.nodes.filter((node) => node.status === 'LATE');
    expect(late.length).toBeGreaterThan(0);
    for (const node of late) expect(node.daysLate).toBeGreaterThan(0);
    // Sorted by due date: the longest late first.
    const dues = partnerA.reportsOwed.nodes.map((node) => node.requirement.dueOn);
    expect([...dues].sort()).toEqual(dues);
    const partnerB = await workOf(tenant.clients.partnerB);
    expect(new Set(partnerB.reportsOwed.nodes.map((node) => node.requirement.grantId))).toEqual(
      new Set([grantB]),
    );
    for (const role of ['chair', 'fundAdmin', 'member'] as const)
      expect((await workOf(tenant.clients[role])).reportsOwed.totalCount).toBe(0);
  });

  it('asks the leadership team to review circulated minutes, not partners or observers', async () => {
    for (const role of ['chair', 'member', 'resident'] as const)
      expect(
        (await workOf(tenant.clients[role])).minutesToReview.nodes.map((node) => node.minutes.id),
      ).toEqual([circulatedMinutes]);
    for (const role of ['partnerA', 'observer'] as const)
      expect((await workOf(tenant.clients[role])).minutesToReview.totalCount).toBe(0);
  });

  it('lists the meetings a person is expected at, soonest first', async () => {
    const ids = async (role: 'member' | 'resident' | 'partnerA' | 'observer') =>
      (await workOf(tenant.clients[role])).nextMeetings.nodes.map((node) => node.id);
    expect(await ids('member')).toEqual([upcomingWorkgroup, upcomingLeadership]);
    expect(await ids('resident')).toEqual([upcomingLeadership]);
    expect(await ids('partnerA')).toEqual([]);
    expect(await ids('observer')).toEqual([]);
  });

  it("never shows another collaborative's work, and refuses to look into one the person is not in", async () => {
    const chair = await workOf(tenant.clients.chair);
    expect(chair.collaborativeIds).toEqual([tenant.collaborativeId]);
    const otherChair = await workOf(other.clients.chair);
    expect(otherChair.votesOwed.nodes.map((node) => node.motion.id)).not.toContain(motionId);
    expect(otherChair.votesOwed.totalCount).toBe(1);
    const refused = await tenant.clients.chair.request(MY_WORK, {
      collaborativeId: other.collaborativeId,
      first: 5,
    });
    expect(refused.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });

  it('spans every collaborative of a person who belongs to two, or only the one asked for', async () => {
    await app.dataSource.transaction(async (em) => {
      const admin = await app.get(RequestContextService).contextFor(principalOf(other.users.admin), em);
      await app.get(MembershipService).add(admin, {
        collaborativeId: other.collaborativeId,
        userId: tenant.users.resident.id,
        roles: [Role.MEMBER],
        organizationId: null,
      });
    });
    await app.settlePrincipals();
    const both = await workOf(tenant.clients.resident);
    expect([...both.collaborativeIds].sort()).toEqual([tenant.collaborativeId, other.collaborativeId].sort());
    expect(both.nextMeetings.nodes.map((node) => node.id)).toEqual([upcomingLeadership]);
    const asked = await workOf(tenant.clients.resident, { collaborativeId: other.collaborativeId });
    expect(asked.collaborativeIds).toEqual([other.collaborativeId]);
    expect(asked.nextMeetings.totalCount).toBe(0);
    expect(asked.minutesToReview.totalCount).toBe(0);
  });

  it('costs a fixed number of statements, whatever each list holds', async () => {
    const small = await tenant.clients.member.request(MY_WORK, { first: 1 });
    const large = await tenant.clients.member.request(MY_WORK, { first: 50 });
    expect(large.errors).toBeUndefined();
    expect(large.sqlQueries).toBe(small.sqlQueries);
  });
});
