import { Role, Sector } from '@braid/contracts';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';
import {
  addPerson,
  addSeat,
  close,
  GQL,
  leadershipMeeting,
  openMotion,
  Person,
  present,
  vote,
} from './governance-support';

describe('Voting at the leadership team', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let alternate: Person;
  let seats: { chair: string; lead: string; member: string; resident: string };

  beforeAll(async () => {
    app = await startTestApp('gov-voting');
    tenant = await createTenant(app, 'gov-voting');
    seats = {
      chair: tenant.seats.chair!,
      lead: tenant.seats.lead!,
      member: tenant.seats.member!,
      resident: tenant.seats.resident!,
    };
    // Luis sits in for the resident seat when its holder is away.
    alternate = await addPerson(app, tenant, 'alternate', [Role.MEMBER]);
    await app.dataSource.query(`UPDATE seat SET alternate_user_id = $1 WHERE id = $2`, [
      alternate.user.id,
      seats.resident,
    ]);
  });
  afterAll(() => app.close());

  it('closes as NO_QUORUM without a resident seat present, however many others are', async () => {
    const meetingId = await leadershipMeeting(tenant, present(seats.chair, seats.lead, seats.member));
    const { meeting } = await tenant.clients.member.data<{
      meeting: { quorum: { met: boolean; presentSeats: number; required: number } };
    }>(GQL.quorum, {
      id: meetingId,
    });
    expect(meeting.quorum).toMatchObject({ met: false, presentSeats: 3, required: 3 });

    const motionId = await openMotion(tenant, meetingId);
    for (const client of [tenant.clients.chair, tenant.clients.lead, tenant.clients.member])
      await vote(client, motionId, 'YES');
    const closed = await close(tenant, motionId);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'NO_QUORUM' });
    expect(closed.tally).toMatchObject({ yes: 3, quorumMet: false, filledSeats: 4, quorumRequired: 3 });
  });

  it('refuses a conflicted seat a ballot, and leaves it out of quorum and of the base', async () => {
    const meetingId = await leadershipMeeting(
      tenant,
      present(seats.chair, seats.lead, seats.member, seats.resident),
    );
    const motionId = await openMotion(tenant, meetingId, {
      title: 'Partner with Fathers and Families on outreach',
    });
    await tenant.clients.lead.data(GQL.declareConflict, {
      input: { motionId, reason: 'I direct the program this would partner with' },
    });

    const refused = await tenant.clients.lead.error(GQL.castBallot, { input: { motionId, choice: 'YES' } });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('I direct the program this would partner with');
    expect(refused.extensions?.['conflict']).toBe('I direct the program this would partner with');

    await vote(tenant.clients.chair, motionId, 'YES');
    await vote(tenant.clients.member, motionId, 'YES');
    await vote(tenant.clients.resident, motionId, 'NO');
    const closed = await close(tenant, motionId);
    expect(closed.tally).toMatchObject({
      recusedSeatIds: [seats.lead],
      filledSeats: 3,
      presentSeatIds: [seats.chair, seats.member, seats.resident].sort(),
      thresholdBase: 3,
      yesRequired: 2,
      outcome: 'PASSED',
    });
    const [audit] = await app.dataSource.query(
      `SELECT after->>'reason' AS reason FROM audit_event WHERE action = 'conflict.declared' AND after->>'motionId' = $1`,
      [motionId],
    );
    expect(audit.reason).toBe('I direct the program this would partner with');
  });

  it('withdraws the ballot of a seat that recuses after voting', async () => {
    const meetingId = await leadershipMeeting(
      tenant,
      present(seats.chair, seats.lead, seats.member, seats.resident),
    );
    const motionId = await openMotion(tenant, meetingId);
    await vote(tenant.clients.member, motionId, 'NO');
    await tenant.clients.member.data(GQL.declareConflict, {
      input: { motionId, reason: 'The health plan would administer it' },
    });
    const rows = await app.dataSource.query(`SELECT count(*)::int AS n FROM ballot WHERE motion_id = $1`, [
      motionId,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('needs two-thirds above the spending limit, a simple majority at or below it', async () => {
    await tenant.clients.admin.data(GQL.updateVotingRules, {
      input: { collaborativeId: tenant.collaborativeId, spendingLimit: { cents: '5000000' } },
    });
    const fund = (cents: string) => ({
      kind: 'FUNDING',
      title: `Fund outreach, ${cents} cents`,
      funding: {
        amount: { cents },
        recipientOrganizationId: tenant.organizations.granteeB,
        purpose: 'Trust builders outreach in South Stockton',
        periodStart: '2026-03-01',
        periodEnd: '2026-12-31',
        allocations: [],
        tranches: [{ cents, plannedOn: '2026-03-15' }],
      },
    });
    const decide = async (cents: string) => {
      const meetingId = await leadershipMeeting(
        tenant,
        present(seats.chair, seats.lead, seats.member, seats.resident),
      );
      const motionId = await openMotion(tenant, meetingId, fund(cents));
      await vote(tenant.clients.chair, motionId, 'YES');
      await vote(tenant.clients.lead, motionId, 'YES');
      await vote(tenant.clients.member, motionId, 'NO');
      await vote(tenant.clients.resident, motionId, 'ABSTAIN');
      return close(tenant, motionId);
    };
    // Two of three votes cast (abstentions are not counted): a majority, and exactly two-thirds.
    expect((await decide('5000000')).tally).toMatchObject({
      threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST',
      thresholdBase: 3,
      yesRequired: 2,
      outcome: 'PASSED',
    });
    expect((await decide('5000001')).tally).toMatchObject({
      threshold: 'TWO_THIRDS_OF_VOTES_CAST',
      thresholdBase: 3,
      yesRequired: 2,
      outcome: 'PASSED',
    });

    await tenant.clients.chair.data(GQL.updateVotingRules, {
      input: { collaborativeId: tenant.collaborativeId, abstentionsCountTowardBase: true },
    });
    expect((await decide('5000000')).tally).toMatchObject({
      thresholdBase: 4,
      yesRequired: 3,
      outcome: 'FAILED',
    });
    expect((await decide('5000001')).tally).toMatchObject({
      threshold: 'TWO_THIRDS_OF_VOTES_CAST',
      thresholdBase: 4,
      yesRequired: 3,
      outcome: 'FAILED',
    });

    const audits = await app.dataSource.query(
      `SELECT before, after FROM audit_event WHERE action = 'votingRules.updated' ORDER BY id`,
    );
    expect(audits[0].before.spendingLimit.cents).toBe('10000000');
    expect(audits[0].after.spendingLimit.cents).toBe('5000000');
    await tenant.clients.admin.data(GQL.updateVotingRules, {
      input: {
        collaborativeId: tenant.collaborativeId,
        spendingLimit: { cents: '10000000' },
        abstentionsCountTowardBase: false,
      },
    });
  });

  it('leaves exactly one ballot after 50 concurrent casts from one seat', async () => {
    const meetingId = await leadershipMeeting(
      tenant,
      present(seats.chair, seats.lead, seats.member, seats.resident),
    );
    const motionId = await openMotion(tenant, meetingId);
    const choices = ['YES', 'NO', 'ABSTAIN'];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        tenant.clients.member.request(GQL.castBallot, { input: { motionId, choice: choices[i % 3] } }),
      ),
    );
    // Every cast either landed (the first) or changed that one ballot; none failed unexpectedly.
    expect(results.filter((result) => result.errors?.length)).toEqual([]);
    const rows = await app.dataSource.query(`SELECT choice FROM ballot WHERE motion_id = $1`, [motionId]);
    expect(rows).toHaveLength(1);
    const closed = await close(tenant, motionId);
    expect(closed.tally.ballotsCast).toBe(1);
    expect(closed.tally[rows[0].choice.toLowerCase() as 'yes' | 'no' | 'abstain']).toBe(1);
  });

  it('counts a changed vote once, with the last choice', async () => {
    const meetingId = await leadershipMeeting(
      tenant,
      present(seats.chair, seats.lead, seats.member, seats.resident),
    );
    const motionId = await openMotion(tenant, meetingId);
    expect((await vote(tenant.clients.resident, motionId, 'NO')).castBallot.changed).toBe(false);
    expect((await vote(tenant.clients.resident, motionId, 'YES')).castBallot.changed).toBe(true);
    const { motion } = await tenant.clients.observer.data<{
      motion: { runningCounts: { yes: number; no: number } };
    }>(`query($id: ID!) { motion(id: $id) { runningCounts { yes no abstain } } }`, { id: motionId });
    expect(motion.runningCounts).toEqual({ yes: 1, no: 0, abstain: 0 });
    const closed = await close(tenant, motionId);
    expect(closed.tally).toMatchObject({ yes: 1, no: 0, ballotsCast: 1 });
    const history = await app.dataSource.query(
      `SELECT action, before->>'choice' AS before, after->>'choice' AS after FROM audit_event WHERE entity_type = 'Ballot' AND after->>'motionId' = $1 ORDER BY id`,
      [motionId],
    );
    expect(history).toEqual([
      { action: 'ballot.cast', before: null, after: 'NO' },
      { action: 'ballot.changed', before: 'NO', after: 'YES' },
    ]);
  });

  it('lets an alternate vote only while the holder is recorded absent', async () => {
    const meetingId = await leadershipMeeting(
      tenant,
      present(seats.chair, seats.lead, seats.member, seats.resident),
    );
    const motionId = await openMotion(tenant, meetingId);
    const asAlternate = { seatId: seats.resident };
    const refused = await alternate.client.error(GQL.castBallot, {
      input: { motionId, choice: 'YES', ...asAlternate },
    });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/alternate/);

    await tenant.clients.chair.data(GQL.recordAttendance, {
      input: { meetingId, entries: [{ seatId: seats.resident, status: 'ALTERNATE_PRESENT' }] },
    });
    const { castBallot } = await vote(alternate.client, motionId, 'YES', asAlternate);
    expect(castBallot.ballot).toMatchObject({ seatId: seats.resident, castByAlternate: true });
    // The holder, now recorded absent, no longer votes for the seat.
    expect(
      (await tenant.clients.resident.error(GQL.castBallot, { input: { motionId, choice: 'NO' } })).code,
    ).toBe('FORBIDDEN');
    // Nor does anyone for a seat they neither hold nor stand in for.
    expect(
      (
        await alternate.client.error(GQL.castBallot, {
          input: { motionId, choice: 'NO', seatId: seats.member },
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('refuses a ballot on a closed motion with CONFLICT, writing nothing', async () => {
    const meetingId = await leadershipMeeting(
      tenant,
      present(seats.chair, seats.lead, seats.member, seats.resident),
    );
    const motionId = await openMotion(tenant, meetingId);
    await vote(tenant.clients.chair, motionId, 'YES');
    await close(tenant, motionId);
    const auditsBefore = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    const late = await tenant.clients.member.error(GQL.castBallot, { input: { motionId, choice: 'NO' } });
    expect(late.code).toBe('CONFLICT');
    expect(
      (
        await app.dataSource.query(`SELECT count(*)::int AS n FROM ballot WHERE motion_id = $1`, [motionId])
      )[0].n,
    ).toBe(1);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBe(
      auditsBefore[0].n,
    );
    // The database refuses it too, whatever the API does.
    await expect(
      app.dataSource.query(`UPDATE ballot SET choice = 'NO' WHERE motion_id = $1`, [motionId]),
    ).rejects.toThrow(/motion is not open/);
    await expect(
      app.dataSource.query(`UPDATE tally SET yes = 9 WHERE motion_id = $1`, [motionId]),
    ).rejects.toThrow(/never rewritten/);
  });

  it('refuses bad input with the field named, and a funding proposal that does not add up', async () => {
    const meetingId = await leadershipMeeting(tenant, []);
    const bad = await tenant.clients.chair.error(GQL.createMotion, {
      input: {
        meetingId,
        kind: 'FUNDING',
        title: 'Fund the center',
        funding: {
          amount: { cents: '30000000' },
          recipientOrganizationId: tenant.organizations.granteeA,
          purpose: 'Recovery services',
          periodStart: '2026-02-01',
          periodEnd: '2027-01-31',
          allocations: [],
          tranches: [{ cents: '10000000', plannedOn: '2026-02-15' }],
        },
      },
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.['fields']).toEqual([
      { field: 'funding.tranches', messages: ['The tranches must add up to the amount.'] },
    ]);
    const other = await createTenant(app, 'gov-voting-other');
    const elsewhere = await tenant.clients.chair.error(GQL.createMotion, {
      input: {
        meetingId,
        kind: 'FUNDING',
        title: 'Fund another collaborative’s grantee',
        funding: {
          amount: { cents: '100' },
          recipientOrganizationId: other.organizations.granteeA,
          purpose: 'x',
          periodStart: '2026-02-01',
          periodEnd: '2026-02-01',
          allocations: [],
          tranches: [{ cents: '100', plannedOn: '2026-02-01' }],
        },
      },
    });
    expect(elsewhere.code).toBe('NOT_FOUND');
    expect(
      (
        await app.dataSource.query(`SELECT count(*)::int AS n FROM motion WHERE meeting_id = $1`, [meetingId])
      )[0].n,
    ).toBe(0);
  });

  it('makes one seat of a sector count toward the resident requirement only when seated', async () => {
    const residentTwo = await addPerson(app, tenant, 'residentTwo', [Role.MEMBER]);
    const seat = await addSeat(app, tenant, {
      name: 'Resident seat 2',
      sector: Sector.RESIDENT,
      holderUserId: residentTwo.user.id,
    });
    const meetingId = await leadershipMeeting(tenant, [
      ...present(seats.chair, seats.member, seat),
      { seatId: seats.resident, status: 'ABSENT' },
    ]);
    const { meeting } = await residentTwo.client.data<{
      meeting: { quorum: { met: boolean; filledSeats: number; presentSeats: number } };
    }>(GQL.quorum, {
      id: meetingId,
    });
    expect(meeting.quorum).toEqual(expect.objectContaining({ met: true, filledSeats: 5, presentSeats: 3 }));
  });
});
