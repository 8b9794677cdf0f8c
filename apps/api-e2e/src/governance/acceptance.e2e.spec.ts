import { FUNDING_MOTION_PASSED, Role, Sector } from '@braid/contracts';
import { FundBuilder } from '../funds/fund-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';
import {
  addPerson,
  addSeat,
  close,
  GQL,
  nextMeetingTime,
  Person,
  traumaCenterFunding,
  vote,
} from './governance-support';

/** The acceptance story (docs/DOMAIN-GUIDE.md), steps 3 and 4, as the people involved would do them. */
describe('The Trauma-Informed Care workgroup and the leadership team decide to fund the trauma recovery center', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let centerBoard: Person;
  let centerSeat: string;
  let streams: [string, string];

  beforeAll(async () => {
    app = await startTestApp('gov-acceptance');
    tenant = await createTenant(app, 'gov-story');
    // The center's own board member holds a seat for the center (Grantee A here).
    centerBoard = await addPerson(app, tenant, 'centerBoard', [Role.MEMBER], tenant.organizations.granteeA);
    centerSeat = await addSeat(app, tenant, {
      name: 'Stockton Trauma Recovery Center',
      sector: Sector.COMMUNITY_ORG,
      organizationId: tenant.organizations.granteeA,
      holderUserId: centerBoard.user.id,
    });
    // Step 2 already happened: two funders' streams have money pledged to the Wellness Fund.
    const fund = new FundBuilder(app, tenant);
    const award = 50_000_000n;
    streams = [
      (await fund.stream({ name: 'County trauma-informed care', awardCents: award, pledgedCents: award })).id,
      (
        await fund.stream({
          name: 'Victim services',
          kind: 'FEDERAL',
          awardCents: award,
          pledgedCents: award,
        })
      ).id,
    ];
  });
  afterAll(() => app.close());

  it('plays steps 3 and 4 end to end', async () => {
    const { admin, lead, member, resident, chair } = tenant.clients;

    // Step 3: the workgroup, its lead's action items and a meeting with minutes.
    const { createWorkgroup } = await admin.data<{ createWorkgroup: { id: string } }>(GQL.createWorkgroup, {
      input: {
        collaborativeId: tenant.collaborativeId,
        name: 'Trauma-Informed Care',
        purpose:
          'Train front-line staff in trauma-informed care and connect survivors to the recovery center.',
        leadUserIds: [tenant.users.lead.id],
        memberUserIds: [tenant.users.member.id, tenant.users.resident.id],
      },
    });
    const workgroupId = createWorkgroup.id;
    const { createActionItem } = await lead.data<{ createActionItem: { id: string } }>(GQL.createActionItem, {
      input: {
        workgroupId,
        title: 'Map referral paths from emergency rooms to the recovery center',
        ownerUserId: tenant.users.member.id,
        dueOn: '2026-03-31',
      },
    });
    const progress = await member.data<{ postActionUpdate: { statusFrom: string; statusTo: string } }>(
      GQL.postActionUpdate,
      {
        input: {
          actionItemId: createActionItem.id,
          note: 'Met with St. Joseph’s ED social workers; draft map shared.',
          status: 'IN_PROGRESS',
        },
      },
    );
    expect(progress.postActionUpdate).toMatchObject({ statusFrom: 'OPEN', statusTo: 'IN_PROGRESS' });
    // A member updates only the items they own; posting items is the lead's.
    expect(
      (
        await resident.error(GQL.postActionUpdate, {
          input: { actionItemId: createActionItem.id, note: 'Not mine' },
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await member.error(GQL.createActionItem, {
          input: { workgroupId, title: 'x', ownerUserId: tenant.users.member.id },
        })
      ).code,
    ).toBe('FORBIDDEN');

    const { scheduleMeeting: workgroupMeeting } = await lead.data<{ scheduleMeeting: { id: string } }>(
      GQL.scheduleMeeting,
      {
        input: {
          collaborativeId: tenant.collaborativeId,
          workgroupId,
          title: 'Trauma-Informed Care, January',
          scheduledAt: nextMeetingTime(),
        },
      },
    );
    await lead.data(GQL.startMeeting, { id: workgroupMeeting.id });
    await lead.data(GQL.recordAttendance, {
      input: {
        meetingId: workgroupMeeting.id,
        entries: [
          { userId: tenant.users.lead.id, status: 'PRESENT' },
          { userId: tenant.users.member.id, status: 'REMOTE' },
          { userId: tenant.users.resident.id, status: 'ABSENT' },
        ],
      },
    });
    const { draftMinutes } = await lead.data<{ draftMinutes: { id: string } }>(GQL.draftMinutes, {
      input: {
        meetingId: workgroupMeeting.id,
        body: 'Reviewed the referral map; agreed to recommend funding the recovery center.',
      },
    });
    await lead.data(GQL.circulateMinutes, { id: draftMinutes.id });
    await lead.data(GQL.adjournMeeting, { id: workgroupMeeting.id });
    const { workgroup } = await resident.data<{
      workgroup: { name: string; members: { userId: string; lead: boolean }[] };
    }>(`query($id: ID!) { workgroup(id: $id) { name members { userId lead } } }`, { id: workgroupId });
    expect(workgroup.members).toContainEqual({ userId: tenant.users.lead.id, lead: true });

    // Step 4: the leadership team meets; quorum is checked with a resident seat present.
    const { scheduleMeeting: boardMeeting } = await chair.data<{ scheduleMeeting: { id: string } }>(
      GQL.scheduleMeeting,
      {
        input: {
          collaborativeId: tenant.collaborativeId,
          title: 'Leadership team, February',
          scheduledAt: nextMeetingTime(),
          remoteLink: 'https://meet.example.org/hss',
        },
      },
    );
    await chair.data(GQL.startMeeting, { id: boardMeeting.id });
    await chair.data(GQL.recordAttendance, {
      input: {
        meetingId: boardMeeting.id,
        entries: [
          { seatId: tenant.seats.chair, status: 'PRESENT' },
          { seatId: tenant.seats.member, status: 'PRESENT' },
          { seatId: tenant.seats.lead, status: 'REMOTE' },
          { seatId: tenant.seats.resident, status: 'PRESENT' },
          { seatId: centerSeat, status: 'PRESENT' },
        ],
      },
    });
    const { meeting } = await resident.data<{
      meeting: {
        quorum: { met: boolean; presentSeats: number; sectors: { sector: string; met: boolean }[] };
      };
    }>(GQL.quorum, { id: boardMeeting.id });
    expect(meeting.quorum).toMatchObject({
      met: true,
      presentSeats: 5,
      sectors: [{ sector: 'RESIDENT', met: true }],
    });

    // The lead, who holds a seat, moves to fund the center; the chair opens the vote.
    const funding = traumaCenterFunding(tenant.organizations.granteeA, streams);
    const { createMotion } = await lead.data<{ createMotion: { id: string } }>(GQL.createMotion, {
      input: {
        meetingId: boardMeeting.id,
        kind: 'FUNDING',
        title: 'Fund the Stockton Trauma Recovery Center, year one',
        funding,
      },
    });
    const motionId = createMotion.id;
    await chair.data(GQL.openMotion, { id: motionId });

    // The center's own seat is conflicted and recuses: it cannot vote.
    const refused = await centerBoard.client.error(GQL.castBallot, { input: { motionId, choice: 'YES' } });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/conflicted.*would receive the funds/);

    for (const client of [chair, member, lead, resident]) await vote(client, motionId, 'YES');
    const closed = await close(tenant, motionId);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'PASSED' });
    // $300,000 is above the $100,000 spending limit: two-thirds of the four votes cast.
    expect(closed.tally).toMatchObject({
      yes: 4,
      recusedSeatIds: [centerSeat],
      filledSeats: 4,
      quorumMet: true,
      threshold: 'TWO_THIRDS_OF_VOTES_CAST',
      thresholdBase: 4,
      yesRequired: 3,
    });

    // The event that makes funds create the grant, in the closing transaction, with what funds needs.
    const events = await app.dataSource.query(
      `SELECT type, collaborative_id, actor_user_id, payload FROM domain_event WHERE type = $1`,
      [FUNDING_MOTION_PASSED],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      collaborative_id: tenant.collaborativeId,
      actor_user_id: tenant.users.chair.id,
    });
    expect(events[0].payload).toEqual({
      motionId,
      collaborativeId: tenant.collaborativeId,
      title: 'Fund the Stockton Trauma Recovery Center, year one',
      recipientOrganizationId: tenant.organizations.granteeA,
      purpose: funding.purpose,
      workgroupId: null,
      amount: { cents: '30000000', currency: 'USD' },
      allocations: funding.allocations,
      periodStart: '2026-02-01',
      periodEnd: '2027-01-31',
      tranches: funding.tranches,
      passedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      closedByUserId: tenant.users.chair.id,
    });
    // ...which funds handled before the chair's closeMotion answered: the grant exists.
    const { grants } = await tenant.clients.fundAdmin.data<{
      grants: { nodes: { approvingMotionId: string; origin: string; disbursements: unknown[] }[] };
    }>(
      `query ($c: ID!) { grants(collaborativeId: $c) { nodes { approvingMotionId origin disbursements { id } } } }`,
      {
        c: tenant.collaborativeId,
      },
    );
    expect(grants.nodes).toEqual([
      {
        approvingMotionId: motionId,
        origin: 'FUNDING_MOTION',
        disbursements: [{ id: expect.any(String) }, { id: expect.any(String) }, { id: expect.any(String) }],
      },
    ]);

    // Anyone authorized can count again, and gets the same result.
    const { recomputeTally } = await resident.data<{
      recomputeTally: { matches: boolean; differences: string[] };
    }>(GQL.recomputeTally, { motionId });
    expect(recomputeTally).toMatchObject({
      matches: true,
      differences: [],
      recomputed: { yes: 4, outcome: 'PASSED' },
    });
  });
});
