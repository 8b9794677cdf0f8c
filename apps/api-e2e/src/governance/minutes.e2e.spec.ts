import { Role } from '@braid/contracts';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';
import {
  addPerson,
  close,
  GQL,
  leadershipMeeting,
  openMotion,
  Person,
  present,
  vote,
} from './governance-support';

const MINUTES = `query($id: ID!) { minutes(id: $id) { id status version body approvedByMotionId previousVersionId correctedBy { id version status }
  decisions { id title outcome tally { yes no outcome } } } }`;

describe('Minutes of a leadership team meeting', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let noteTaker: Person;
  let meetingId: string;
  let minutesId: string;
  let decidedMotionId: string;

  beforeAll(async () => {
    app = await startTestApp('gov-minutes');
    tenant = await createTenant(app, 'gov-minutes');
    noteTaker = await addPerson(app, tenant, 'noteTaker', [Role.MEMBER]);
  });
  afterAll(() => app.close());

  const allSeats = () =>
    present(tenant.seats.chair, tenant.seats.lead, tenant.seats.member, tenant.seats.resident);

  it('are drafted by the delegated note-taker, read in draft only by those who write them, then circulated', async () => {
    meetingId = await leadershipMeeting(tenant, allSeats(), 'Leadership team, January');
    await tenant.clients.chair.data(
      `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`,
      {
        input: { id: meetingId, noteTakerUserId: noteTaker.user.id },
      },
    );
    decidedMotionId = await openMotion(tenant, meetingId, {
      title: 'Adopt the 2026 community health improvement priorities',
    });
    for (const client of [tenant.clients.chair, tenant.clients.member, tenant.clients.resident])
      await vote(client, decidedMotionId, 'YES');
    await close(tenant, decidedMotionId);

    const { draftMinutes } = await noteTaker.client.data<{ draftMinutes: { id: string; status: string } }>(
      GQL.draftMinutes,
      {
        input: { meetingId, body: 'Present: four seats. The priorities were adopted.' },
      },
    );
    minutesId = draftMinutes.id;
    expect(draftMinutes.status).toBe('DRAFT');
    expect((await tenant.clients.resident.error(MINUTES, { id: minutesId })).code).toBe('NOT_FOUND');
    // A draft is not even visible to other members, so they cannot edit it either.
    expect(
      (await tenant.clients.member.error(GQL.updateMinutes, { input: { id: minutesId, body: 'mine now' } }))
        .code,
    ).toBe('NOT_FOUND');

    await noteTaker.client.data(GQL.updateMinutes, {
      input: {
        id: minutesId,
        body: 'Present: four seats, a quorum with the resident seat. The priorities were adopted, 3-0.',
      },
    });
    await tenant.clients.chair.data(GQL.circulateMinutes, { id: minutesId });
    const { minutes } = await tenant.clients.resident.data<{
      minutes: { status: string; decisions: { id: string; tally: { yes: number } }[] };
    }>(MINUTES, {
      id: minutesId,
    });
    expect(minutes.status).toBe('CIRCULATED');
    // The minutes record the meeting's decisions with their tallies.
    expect(minutes.decisions).toEqual([
      expect.objectContaining({
        id: decidedMotionId,
        outcome: 'PASSED',
        tally: { yes: 3, no: 0, outcome: 'PASSED' },
      }),
    ]);
    // Minutes are approved at a later meeting than the one they record.
    const sameMeeting = await tenant.clients.chair.error(GQL.createMotion, {
      input: { meetingId, kind: 'MINUTES_APPROVAL', title: 'Approve these very minutes', minutesId },
    });
    expect(sameMeeting.code).toBe('BAD_USER_INPUT');
    expect(sameMeeting.message).toMatch(/later meeting/);
    await tenant.clients.chair.data(GQL.adjournMeeting, { id: meetingId });
  });

  it('are approved only by a MINUTES_APPROVAL motion passed at a later meeting', async () => {
    const nextMeeting = await leadershipMeeting(tenant, allSeats(), 'Leadership team, February');
    const approval = await openMotion(tenant, nextMeeting, {
      kind: 'MINUTES_APPROVAL',
      title: 'Approve the January minutes',
      minutesId,
    });
    // While they are voted on, the minutes cannot change.
    expect(
      (await noteTaker.client.error(GQL.updateMinutes, { input: { id: minutesId, body: 'late edit' } })).code,
    ).toBe('CONFLICT');
    for (const client of [tenant.clients.chair, tenant.clients.member, tenant.clients.lead])
      await vote(client, approval, 'YES');
    expect((await close(tenant, approval)).outcome).toBe('PASSED');

    const { minutes } = await tenant.clients.observer.data<{
      minutes: { status: string; approvedByMotionId: string };
    }>(MINUTES, { id: minutesId });
    expect(minutes).toMatchObject({ status: 'APPROVED', approvedByMotionId: approval });
  });

  it('never change once approved: the API refuses, and so does the database', async () => {
    const edit = await tenant.clients.chair.error(GQL.updateMinutes, {
      input: { id: minutesId, body: 'Rewritten history' },
    });
    expect(edit.code).toBe('CONFLICT');
    expect(edit.message).toMatch(/approved/);
    await expect(
      app.dataSource.query(`UPDATE minutes SET body = 'Rewritten history' WHERE id = $1`, [minutesId]),
    ).rejects.toThrow(/approved and never change/);
    await expect(app.dataSource.query(`DELETE FROM minutes WHERE id = $1`, [minutesId])).rejects.toThrow(
      /approved and never change/,
    );
    const [row] = await app.dataSource.query(`SELECT body FROM minutes WHERE id = $1`, [minutesId]);
    expect(row.body).toMatch(/adopted, 3-0/);
  });

  it('are corrected by a new version that points at the approved one', async () => {
    const { correctMinutes } = await tenant.clients.chair.data<{
      correctMinutes: { id: string; version: number; status: string };
    }>(`mutation($input: CorrectMinutesInput!) { correctMinutes(input: $input) { id version status } }`, {
      input: {
        minutesId,
        body: 'Present: four seats. The priorities were adopted, 3-0, the lead seat abstaining by absence.',
      },
    });
    expect(correctMinutes).toMatchObject({ version: 2, status: 'DRAFT' });
    const { minutes } = await tenant.clients.chair.data<{
      minutes: { status: string; correctedBy: { id: string } };
    }>(MINUTES, { id: minutesId });
    expect(minutes).toMatchObject({ status: 'APPROVED', correctedBy: { id: correctMinutes.id } });
    const second = await tenant.clients.chair.error(
      `mutation($input: CorrectMinutesInput!) { correctMinutes(input: $input) { id } }`,
      {
        input: { minutesId, body: 'another' },
      },
    );
    expect(second.code).toBe('CONFLICT');
  });

  it('move only along their lifecycle', async () => {
    const meeting = await leadershipMeeting(tenant, allSeats(), 'Leadership team, March');
    const { draftMinutes } = await tenant.clients.chair.data<{ draftMinutes: { id: string } }>(
      GQL.draftMinutes,
      { input: { meetingId: meeting, body: 'Draft' } },
    );
    await tenant.clients.chair.data(GQL.circulateMinutes, { id: draftMinutes.id });
    const again = await tenant.clients.chair.error(GQL.circulateMinutes, { id: draftMinutes.id });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/cannot go from CIRCULATED to CIRCULATED/);
  });
});
