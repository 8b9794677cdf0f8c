import { Role, Sector, type NotificationKind } from '@braid/contracts';
import { SeatService } from '@braid/collaboratives';
import { principalOf } from '@braid/identity';
import { Notifier, PublicLinks, RequestContextService, type NotificationRequest } from '@braid/kernel';
import { parseCalendar } from '../support/icalendar';
import { about, emailOf, type Mail, Mailbox, recipients, speaksSpanish } from '../support/mailbox';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import { addPerson, close, GQL, leadershipMeeting, openMotion, Person, vote } from './governance-support';

/**
 * What governance tells people, and whom (issue 20): every trigger names only those who still owe
 * the action, links to the web page of the record, and repeats nothing when the reminders sweep
 * runs again. The clock stands at 1 December 2025, before the suite's meetings (January 2026).
 * Each trigger is also read as the email the SMTP server received: the recipients, the resident
 * in Spanish (their chosen language), the absolute link and the figures in words.
 */
const START = new Date('2025-12-01T12:00:00Z');

describe('governance notifications', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let alternate: Person;
  let formerHolder: Person;
  let smtp: SmtpTestServer;
  let mail: Mailbox;
  let links: PublicLinks;
  const to = (mails: Mail[], address: string): Mail => {
    const found = mails.find((one) => one.to === address.toLowerCase());
    if (!found) throw new Error(`No mail to ${address}: ${mails.map((one) => one.to).join(', ')}`);
    return found;
  };
  /** The `.ics` a meeting email carries, read as a calendar app would. */
  const invitation = (one: Mail) => {
    const files = one.attachments.filter((file) => file.contentType.startsWith('text/calendar'));
    expect(files).toHaveLength(1);
    const [event, ...others] = parseCalendar(files[0].content.toString('utf8'));
    expect(others).toEqual([]);
    return event;
  };
  /** Every notification governance asked for, in order. */
  const told: NotificationRequest[] = [];

  const ids = (people: { id: string }[]) => people.map((person) => person.id).sort();
  const since = (mark: number, kind?: NotificationKind) =>
    told.slice(mark).filter((request) => !kind || request.kind === kind);
  const recipientsOf = (requests: NotificationRequest[]) =>
    [...new Set(requests.flatMap((request) => request.recipientUserIds))].sort();
  const sweep = () => app.jobs.runNow('governance-reminders');

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startTestApp('governance-notifications', { smtpUrl: smtp.url });
    links = app.get(PublicLinks);
    app.clock.travelTo(START);
    tenant = await createTenant(app, 'gn');
    other = await createTenant(app, 'gn-other');
    await speaksSpanish(tenant, 'resident');
    mail = new Mailbox(app, smtp);
    // An abstract class, so asked of Nest directly (TestApp.get takes a constructor).
    const notifier = app.braid.app.get<Notifier>(Notifier);
    // `notify` is `notifyMany` of one, and the sweeps write in batches: every request passes here.
    const deliver = notifier.notifyMany.bind(notifier);
    jest.spyOn(notifier, 'notifyMany').mockImplementation(async (ctx, requests) => {
      told.push(...requests);
      return deliver(ctx, requests);
    });

    // The health plan seat's alternate, and a resident whose seat's term ended last month.
    alternate = await addPerson(app, tenant, 'alternate', [Role.MEMBER]);
    formerHolder = await addPerson(app, tenant, 'former', [Role.MEMBER]);
    const contexts = app.get(RequestContextService);
    await app.dataSource.transaction(async (em) => {
      const admin = await contexts.contextFor(principalOf(tenant.users.admin), em);
      const seats = app.get(SeatService);
      await seats.assign(admin, {
        seatId: tenant.seats.member as string,
        holderUserId: tenant.users.member.id,
        alternateUserId: alternate.user.id,
      });
      const ended = await seats.create(admin, {
        collaborativeId: tenant.collaborativeId,
        name: 'Resident seat 2 (term ended)',
        sector: Sector.RESIDENT,
        organizationId: null,
      });
      await seats.assign(admin, {
        seatId: ended.id,
        holderUserId: formerHolder.user.id,
        alternateUserId: null,
        termStart: '2024-01-01',
        termEnd: '2025-11-30',
      });
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.close();
    await smtp?.close();
  });

  afterEach(() => {
    // Nobody outside the collaborative is ever told anything.
    const outsiders = new Set(Object.values(other.users).map((user) => user.id));
    expect(told.filter((request) => request.collaborativeId !== tenant.collaborativeId)).toEqual([]);
    expect(told.flatMap((request) => request.recipientUserIds).filter((id) => outsiders.has(id))).toEqual([]);
  });

  describe('a motion', () => {
    let meetingId: string;
    let motionId: string;
    const motionPath = () => `/collaboratives/${tenant.collaborativeId}/motions/${motionId}`;
    const meetingPath = () => `/collaboratives/${tenant.collaborativeId}/meetings/${meetingId}`;

    it('opens: the seats that may vote, through whoever casts each ballot', async () => {
      meetingId = await leadershipMeeting(tenant, [
        { seatId: tenant.seats.chair as string, status: 'PRESENT' },
        { seatId: tenant.seats.resident as string, status: 'REMOTE' },
        { seatId: tenant.seats.lead as string, status: 'PRESENT' },
        // The holder is away: the alternate stands in once the chair seats them.
        { seatId: tenant.seats.member as string, status: 'ABSENT' },
      ]);
      const { createMotion } = await tenant.clients.chair.data<{ createMotion: { id: string } }>(
        GQL.createMotion,
        {
          input: {
            meetingId,
            kind: 'GENERAL',
            title: 'Adopt the trauma-informed care framework',
            text: 'Resolved.',
            secret: false,
          },
        },
      );
      motionId = createMotion.id;
      // The lead's organization runs the programme: they recuse before the vote opens.
      await tenant.clients.lead.data(GQL.declareConflict, {
        input: { motionId, reason: 'My organization delivers the framework training' },
      });
      const mark = told.length;
      await tenant.clients.chair.data(GQL.openMotion, { id: motionId });

      const [opened, ...more] = since(mark);
      expect(more).toEqual([]);
      expect(opened).toMatchObject({
        kind: 'MOTION_OPENED',
        collaborativeId: tenant.collaborativeId,
        about: { type: 'Motion', id: motionId },
        link: motionPath(),
        dedupeKey: `motion-opened:${motionId}`,
        figures: { motionTitle: 'Adopt the trauma-informed care framework', meetingTitle: 'Leadership team' },
      });
      // Not the recused lead, the absent holder, the observer, the fund administrator, nor the
      // resident whose term ended.
      expect([...opened.recipientUserIds].sort()).toEqual(
        ids([tenant.users.chair, tenant.users.resident, alternate.user]),
      );

      const mails = about(await mail.fresh(), 'Adopt the trauma-informed care framework');
      expect(recipients(mails)).toEqual(
        [emailOf(tenant, 'chair'), emailOf(tenant, 'resident'), alternate.user.email.toLowerCase()].sort(),
      );
      const chair = to(mails, emailOf(tenant, 'chair'));
      expect(chair.subject).toBe('Vote now: Adopt the trauma-informed care framework');
      expect(chair.text).toContain(
        'The motion “Adopt the trauma-informed care framework” is open for a vote at Leadership team.',
      );
      expect(chair.text).toContain(links.to(motionPath()));
      const resident = to(mails, emailOf(tenant, 'resident'));
      expect(resident.subject).toBe('Vote ahora: Adopt the trauma-informed care framework');
      expect(resident.text).toContain('está abierta a votación en Leadership team');
      expect(resident.text).toContain(links.to(motionPath()));
    });

    it('closes: the whole leadership team hears the outcome and the counts', async () => {
      await vote(tenant.clients.chair, motionId, 'YES');
      await vote(tenant.clients.resident, motionId, 'YES');
      const mark = told.length;
      const closed = await close(tenant, motionId);
      expect(closed.outcome).toBe('PASSED');

      const [notice, ...more] = since(mark);
      expect(more).toEqual([]);
      expect(notice).toMatchObject({
        kind: 'MOTION_CLOSED',
        link: motionPath(),
        dedupeKey: `motion-closed:${motionId}`,
        figures: {
          motionTitle: 'Adopt the trauma-informed care framework',
          outcome: 'PASSED',
          noQuorum: false,
          yes: 2,
          no: 0,
          abstain: 0,
        },
      });
      // Every seat holder, voting or recused; not the alternate, not the former holder.
      expect([...notice.recipientUserIds].sort()).toEqual(
        ids([tenant.users.chair, tenant.users.lead, tenant.users.member, tenant.users.resident]),
      );

      const mails = about(await mail.fresh(), 'Adopt the trauma-informed care framework');
      expect(recipients(mails)).toEqual(
        ['chair', 'lead', 'member', 'resident'].map((role) => emailOf(tenant, role as 'chair')).sort(),
      );
      const chair = to(mails, emailOf(tenant, 'chair'));
      expect(chair.subject).toBe('Motion passed: Adopt the trauma-informed care framework');
      expect(chair.text).toContain('Yes 2, no 0, abstained 0.');
      expect(chair.text).toContain(links.to(motionPath()));
      const resident = to(mails, emailOf(tenant, 'resident'));
      expect(resident.subject).toBe('Moción aprobada: Adopt the trauma-informed care framework');
      expect(resident.text).toContain('Sí 2, no 0, abstenciones 0.');
    });

    it('a motion without quorum is told as failed for want of it', async () => {
      const emptyMeeting = await leadershipMeeting(tenant, [
        { seatId: tenant.seats.chair as string, status: 'PRESENT' },
      ]);
      const id = await openMotion(tenant, emptyMeeting, {
        title: 'Adopt the housing first principles',
        text: 'Resolved.',
        secret: false,
      });
      await vote(tenant.clients.chair, id, 'YES');
      const mark = told.length;
      await close(tenant, id);
      expect(since(mark, 'MOTION_CLOSED')[0].figures).toMatchObject({
        outcome: 'FAILED',
        noQuorum: true,
        yes: 1,
      });
      // The chair heard of the vote opening too; the closing mail is the one that is not a call to vote.
      const mails = about(await mail.fresh(), 'Adopt the housing first principles').filter(
        (one) => !/^Vot/.test(one.subject),
      );
      expect(to(mails, emailOf(tenant, 'chair')).subject).toBe(
        'Motion failed, no quorum: Adopt the housing first principles',
      );
      expect(to(mails, emailOf(tenant, 'resident')).subject).toBe(
        'Moción no aprobada, sin quórum: Adopt the housing first principles',
      );
    });

    it('minutes circulated for review: the leadership team', async () => {
      const mark = told.length;
      const { draftMinutes } = await tenant.clients.chair.data<{ draftMinutes: { id: string } }>(
        GQL.draftMinutes,
        {
          input: {
            meetingId,
            body: 'Present: government, resident (remote), community organization. The motion passed.',
          },
        },
      );
      // A draft tells nobody: it is not out for review yet.
      expect(since(mark)).toEqual([]);
      await tenant.clients.chair.data(GQL.circulateMinutes, { id: draftMinutes.id });
      const [notice, ...more] = since(mark);
      expect(more).toEqual([]);
      expect(notice).toMatchObject({
        kind: 'MINUTES_CIRCULATED',
        about: { type: 'Minutes', id: draftMinutes.id },
        link: `/collaboratives/${tenant.collaborativeId}/meetings/${meetingId}`,
        dedupeKey: `minutes-circulated:${draftMinutes.id}`,
        figures: { meetingTitle: 'Leadership team' },
      });
      expect([...notice.recipientUserIds].sort()).toEqual(
        ids([tenant.users.chair, tenant.users.lead, tenant.users.member, tenant.users.resident]),
      );

      // Minutes to review wait for the 7:00 digest (the MINUTES category's default).
      expect(about(await mail.fresh(), 'Minutes to review')).toEqual([]);
      const digests = about(await mail.digestOf('2025-12-01'), meetingPath());
      expect(recipients(digests)).toEqual(
        ['chair', 'lead', 'member', 'resident'].map((role) => emailOf(tenant, role as 'chair')).sort(),
      );
      expect(to(digests, emailOf(tenant, 'chair')).text).toContain('Minutes to review: Leadership team');
      expect(to(digests, emailOf(tenant, 'resident')).text).toContain('Actas para revisar: Leadership team');
      expect(to(digests, emailOf(tenant, 'resident')).text).toContain(links.to(meetingPath()));
      // The next morning's digest has nothing more of it.
      expect(about(await mail.digestOf('2025-12-02'), meetingPath())).toEqual([]);
    });
  });

  describe('action items', () => {
    let workgroupId: string;
    let itemId: string;
    const workgroupPath = () => `/collaboratives/${tenant.collaborativeId}/workgroups/${workgroupId}`;

    beforeAll(async () => {
      const { createWorkgroup } = await tenant.clients.chair.data<{ createWorkgroup: { id: string } }>(
        GQL.createWorkgroup,
        {
          input: {
            collaborativeId: tenant.collaborativeId,
            name: 'Trauma-Informed Care',
            leadUserIds: [tenant.users.lead.id],
            memberUserIds: [tenant.users.member.id, tenant.users.resident.id],
          },
        },
      );
      workgroupId = createWorkgroup.id;
    });

    it('assigned: its owner, when created and when handed to someone else', async () => {
      let mark = told.length;
      const { createActionItem } = await tenant.clients.lead.data<{ createActionItem: { id: string } }>(
        GQL.createActionItem,
        {
          input: {
            workgroupId,
            title: 'Map the county’s trauma-informed care trainings',
            ownerUserId: tenant.users.member.id,
            dueOn: '2025-12-10',
          },
        },
      );
      itemId = createActionItem.id;
      expect(since(mark)).toEqual([
        expect.objectContaining({
          kind: 'ACTION_ITEM_ASSIGNED',
          recipientUserIds: [tenant.users.member.id],
          about: { type: 'ActionItem', id: itemId },
          link: workgroupPath(),
          dedupeKey: `action-item-assigned:${itemId}:${tenant.users.member.id}`,
          figures: {
            title: 'Map the county’s trauma-informed care trainings',
            workgroupName: 'Trauma-Informed Care',
            dueOn: '2025-12-10',
          },
        }),
      ]);

      mark = told.length;
      // Retitled only: the owner already knows about it.
      await tenant.clients.lead.data(GQL.updateActionItem, {
        input: { id: itemId, title: 'Map the county’s trainings' },
      });
      expect(since(mark)).toEqual([]);

      await tenant.clients.lead.data(GQL.updateActionItem, {
        input: { id: itemId, ownerUserId: tenant.users.resident.id },
      });
      expect(since(mark)).toEqual([
        expect.objectContaining({
          kind: 'ACTION_ITEM_ASSIGNED',
          recipientUserIds: [tenant.users.resident.id],
        }),
      ]);

      const mails = about(await mail.fresh(), workgroupPath());
      expect(recipients(mails)).toEqual([emailOf(tenant, 'member'), emailOf(tenant, 'resident')].sort());
      const member = to(mails, emailOf(tenant, 'member'));
      expect(member.subject).toBe('Assigned to you: Map the county’s trauma-informed care trainings');
      expect(member.text).toContain('of the Trauma-Informed Care workgroup, due December 10, 2025.');
      expect(member.text).toContain(links.to(workgroupPath()));
      const resident = to(mails, emailOf(tenant, 'resident'));
      expect(resident.subject).toBe('Asignada a usted: Map the county’s trainings');
      expect(resident.text).toContain('con vencimiento el 10 de diciembre de 2025');
    });

    it('reminds its owner three days before, then once when overdue, and again for a new due date', async () => {
      const aboutItem = (requests: NotificationRequest[]) =>
        requests.filter((request) => request.about.id === itemId);

      app.clock.travelTo(new Date('2025-12-06T09:30:00Z'));
      let mark = told.length;
      await sweep();
      expect(aboutItem(since(mark))).toEqual([]);

      app.clock.travelTo(new Date('2025-12-07T09:30:00Z'));
      await sweep();
      expect(aboutItem(since(mark))).toEqual([
        expect.objectContaining({
          kind: 'ACTION_ITEM_DUE_SOON',
          recipientUserIds: [tenant.users.resident.id],
          link: workgroupPath(),
          dedupeKey: `action-item-due-soon:${itemId}:2025-12-10`,
          figures: {
            title: 'Map the county’s trainings',
            workgroupName: 'Trauma-Informed Care',
            dueOn: '2025-12-10',
            daysLeft: 3,
          },
        }),
      ]);

      const dueSoon = about(await mail.fresh(), workgroupPath());
      expect(recipients(dueSoon)).toEqual([emailOf(tenant, 'resident')]);
      expect(dueSoon[0].subject).toBe('Vence en 3 días: Map the county’s trainings');
      expect(dueSoon[0].text).toContain('vence el 10 de diciembre de 2025, en 3 días');
      expect(dueSoon[0].text).toContain(links.to(workgroupPath()));

      // The next sweep finds the reminder already given: it asks nothing, nobody hears it twice.
      mark = told.length;
      app.clock.advance(3_600_000);
      await sweep();
      expect(aboutItem(since(mark))).toEqual([]);
      expect(about(await mail.fresh(), workgroupPath())).toEqual([]);

      app.clock.travelTo(new Date('2025-12-11T09:30:00Z'));
      mark = told.length;
      await sweep();
      expect(aboutItem(since(mark))).toEqual([
        expect.objectContaining({
          kind: 'ACTION_ITEM_OVERDUE',
          recipientUserIds: [tenant.users.resident.id],
          dedupeKey: `action-item-overdue:${itemId}:2025-12-10`,
          figures: expect.objectContaining({ dueOn: '2025-12-10', daysLate: 1 }),
        }),
        // The workgroup's lead hears of it too (the owner is not a lead).
        expect.objectContaining({
          kind: 'ACTION_ITEMS_OVERDUE_FOR_LEAD',
          recipientUserIds: [tenant.users.lead.id],
          dedupeKey: `action-item-overdue-for-lead:${itemId}:2025-12-10`,
          figures: {
            title: 'Map the county’s trainings',
            workgroupName: 'Trauma-Informed Care',
            ownerName: tenant.users.resident.displayName,
            dueOn: '2025-12-10',
            daysLate: 1,
          },
        }),
      ]);
      // The owner at once, in Spanish; the lead in the morning's digest.
      const overdue = about(await mail.fresh(), workgroupPath());
      expect(recipients(overdue)).toEqual([emailOf(tenant, 'resident')]);
      expect(overdue[0].subject).toBe('Atrasada 1 día: Map the county’s trainings');
      expect(overdue[0].text).toContain('vencía el 10 de diciembre de 2025 y lleva 1 día de atraso');
      const digest = about(await mail.digestOf('2025-12-11'), workgroupPath());
      expect(recipients(digest)).toEqual([emailOf(tenant, 'lead')]);
      expect(digest[0].text).toContain(
        `Overdue in Trauma-Informed Care: Map the county’s trainings (${tenant.users.resident.displayName})`,
      );
      expect(digest[0].text).toContain(links.to(workgroupPath()));
      mark = told.length;
      await sweep();
      expect(aboutItem(since(mark))).toEqual([]);
      expect(about(await mail.digestOf('2025-12-12'), workgroupPath())).toEqual([]);

      // Moved to the 20th: reminded again for the new date, under a new key.
      await tenant.clients.lead.data(GQL.updateActionItem, { input: { id: itemId, dueOn: '2025-12-20' } });
      app.clock.travelTo(new Date('2025-12-17T09:30:00Z'));
      await mail.fresh();
      mark = told.length;
      await sweep();
      expect(aboutItem(since(mark)).map((request) => [request.kind, request.dedupeKey])).toEqual([
        ['ACTION_ITEM_DUE_SOON', `action-item-due-soon:${itemId}:2025-12-20`],
      ]);

      // Done: nothing more, however late.
      await tenant.clients.resident.data(GQL.postActionUpdate, {
        input: { actionItemId: itemId, note: 'Thirty-one trainings mapped', status: 'DONE' },
      });
      app.clock.travelTo(new Date('2025-12-28T09:30:00Z'));
      mark = told.length;
      await sweep();
      expect(aboutItem(since(mark))).toEqual([]);
    });
  });

  describe('a meeting', () => {
    const startsAt = new Date('2026-01-20T17:00:00Z');
    const movedTo = new Date('2026-01-21T17:30:00Z');
    let meetingId: string;
    const meetingPath = () => `/collaboratives/${tenant.collaborativeId}/meetings/${meetingId}`;
    const team = () =>
      ids([tenant.users.chair, tenant.users.lead, tenant.users.member, tenant.users.resident]);
    const teamEmails = () =>
      ['chair', 'lead', 'member', 'resident'].map((role) => emailOf(tenant, role as 'chair')).sort();

    beforeAll(async () => {
      app.clock.travelTo(new Date('2026-01-10T12:00:00Z'));
      await mail.fresh();
    });

    it('scheduled: the holders of the seats serving on its date', async () => {
      const mark = told.length;
      const { scheduleMeeting } = await tenant.clients.chair.data<{ scheduleMeeting: { id: string } }>(
        GQL.scheduleMeeting,
        {
          input: {
            collaborativeId: tenant.collaborativeId,
            title: 'Leadership team, January',
            scheduledAt: startsAt.toISOString(),
            location: 'Boggs Tract Community Center',
          },
        },
      );
      meetingId = scheduleMeeting.id;
      const [notice, ...more] = since(mark);
      expect(more).toEqual([]);
      expect(notice).toMatchObject({
        kind: 'MEETING_SCHEDULED',
        about: { type: 'Meeting', id: meetingId },
        link: meetingPath(),
        dedupeKey: `meeting-scheduled:${meetingId}`,
        figures: {
          meetingTitle: 'Leadership team, January',
          startsAt: startsAt.toISOString(),
          location: 'Boggs Tract Community Center',
        },
      });
      expect([...notice.recipientUserIds].sort()).toEqual(team());

      const mails = about(await mail.fresh(), meetingPath());
      expect(recipients(mails)).toEqual(teamEmails());
      const chair = to(mails, emailOf(tenant, 'chair'));
      expect(chair.subject).toContain('Meeting scheduled: Leadership team, January');
      // 17:00 UTC is 9:00 in the morning where the collaborative meets (America/Los_Angeles).
      expect(chair.text).toContain('Tuesday, January 20, 2026');
      expect(chair.text).toContain('9:00');
      expect(chair.text).toContain('at Boggs Tract Community Center');
      expect(chair.text).toContain(links.to(meetingPath()));
      const resident = to(mails, emailOf(tenant, 'resident'));
      expect(resident.subject).toContain('Reunión programada: Leadership team, January');
      expect(resident.text).toContain('20 de enero de 2026');
      // The meeting's own event: a calendar app adds it, and later emails update the same UID.
      for (const one of mails) {
        const event = invitation(one);
        expect(event.get('UID')).toBe(`meeting-${meetingId}@braid`);
        expect(event.get('DTSTART')).toBe('20260120T170000Z');
        expect(event.get('STATUS')).toBe('CONFIRMED');
      }
      expect(chair.attachments[0].contentType).toMatch(/^text\/calendar/);
    });

    it('moved: told when its time or place changes, not when it is renamed', async () => {
      let mark = told.length;
      await tenant.clients.chair.data(GQL.updateMeeting, {
        input: { id: meetingId, title: 'Leadership team, January session' },
      });
      expect(since(mark)).toEqual([]);

      await tenant.clients.chair.data(GQL.updateMeeting, {
        input: { id: meetingId, scheduledAt: movedTo.toISOString() },
      });
      const [moved, ...more] = since(mark);
      expect(more).toEqual([]);
      expect(moved).toMatchObject({
        kind: 'MEETING_MOVED',
        link: meetingPath(),
        figures: {
          meetingTitle: 'Leadership team, January session',
          startsAt: movedTo.toISOString(),
          previousStartsAt: startsAt.toISOString(),
          location: 'Boggs Tract Community Center',
        },
      });
      expect([...moved.recipientUserIds].sort()).toEqual(team());
      const movedMails = about(await mail.fresh(), meetingPath());
      expect(recipients(movedMails)).toEqual(teamEmails());
      const chair = to(movedMails, emailOf(tenant, 'chair'));
      expect(chair.subject).toContain('Meeting moved: Leadership team, January session');
      expect(chair.text).toContain('Wednesday, January 21, 2026');
      expect(chair.text).toContain('9:30');
      expect(to(movedMails, emailOf(tenant, 'resident')).subject).toContain('Reunión cambiada');
      const event = invitation(chair);
      expect(event.get('UID')).toBe(`meeting-${meetingId}@braid`);
      expect(event.get('DTSTART')).toBe('20260121T173000Z');

      mark = told.length;
      await tenant.clients.chair.data(GQL.updateMeeting, {
        input: { id: meetingId, location: 'Stockton City Hall, room 2' },
      });
      expect(since(mark, 'MEETING_MOVED')).toHaveLength(1);
      expect(since(mark, 'MEETING_MOVED')[0].figures).toMatchObject({
        location: 'Stockton City Hall, room 2',
      });
      const placeMails = about(await mail.fresh(), meetingPath());
      expect(recipients(placeMails)).toEqual(teamEmails());
      expect(to(placeMails, emailOf(tenant, 'chair')).text).toContain('at Stockton City Hall, room 2');
      expect(invitation(to(placeMails, emailOf(tenant, 'chair'))).get('LOCATION')).toBe(
        'Stockton City Hall\\, room 2',
      );
    });

    it('the day before: its invitees, with the agenda; a second sweep repeats nothing', async () => {
      await tenant.clients.chair.data(GQL.setAgenda, {
        input: {
          meetingId,
          items: [
            { title: 'Approve the December minutes' },
            { title: 'Trauma recovery center: first report' },
          ],
        },
      });
      const aboutMeeting = (requests: NotificationRequest[]) =>
        requests.filter((request) => request.about.id === meetingId);

      app.clock.travelTo(new Date(movedTo.getTime() - 25 * 3_600_000));
      let mark = told.length;
      await sweep();
      expect(aboutMeeting(since(mark))).toEqual([]);

      app.clock.travelTo(new Date(movedTo.getTime() - 23 * 3_600_000));
      await sweep();
      const [reminder, ...more] = aboutMeeting(since(mark));
      expect(more).toEqual([]);
      expect(reminder).toMatchObject({
        kind: 'MEETING_TOMORROW',
        link: meetingPath(),
        dedupeKey: `meeting-tomorrow:${meetingId}:${movedTo.toISOString()}`,
        figures: {
          meetingTitle: 'Leadership team, January session',
          startsAt: movedTo.toISOString(),
          location: 'Stockton City Hall, room 2',
          agenda: ['Approve the December minutes', 'Trauma recovery center: first report'],
        },
      });
      expect([...reminder.recipientUserIds].sort()).toEqual(team());
      const tomorrow = about(await mail.fresh(), meetingPath());
      expect(recipients(tomorrow)).toEqual(teamEmails());
      const chair = to(tomorrow, emailOf(tenant, 'chair'));
      expect(chair.subject).toContain('Tomorrow: Leadership team, January session');
      expect(chair.text).toContain(
        'On the agenda: Approve the December minutes; Trauma recovery center: first report.',
      );
      expect(chair.text).toContain(links.to(meetingPath()));
      expect(to(tomorrow, emailOf(tenant, 'resident')).subject).toContain('Mañana');

      mark = told.length;
      app.clock.advance(3_600_000);
      await sweep();
      expect(aboutMeeting(since(mark)).map((request) => request.dedupeKey)).toEqual([reminder.dedupeKey]);
      expect(about(await mail.fresh(), meetingPath())).toEqual([]);
    });

    it('cancelled: its invitees', async () => {
      const mark = told.length;
      await tenant.clients.chair.data(GQL.cancelMeeting, { id: meetingId });
      const [notice, ...more] = since(mark);
      expect(more).toEqual([]);
      expect(notice).toMatchObject({
        kind: 'MEETING_CANCELLED',
        link: meetingPath(),
        dedupeKey: `meeting-cancelled:${meetingId}`,
        figures: { meetingTitle: 'Leadership team, January session', startsAt: movedTo.toISOString() },
      });
      expect([...notice.recipientUserIds].sort()).toEqual(team());
      const mails = about(await mail.fresh(), meetingPath());
      expect(recipients(mails)).toEqual(teamEmails());
      const chair = to(mails, emailOf(tenant, 'chair'));
      expect(chair.subject).toBe('Meeting cancelled: Leadership team, January session');
      expect(chair.text).toContain('is cancelled');
      expect(to(mails, emailOf(tenant, 'resident')).subject).toBe(
        'Reunión cancelada: Leadership team, January session',
      );
      // The same event, now cancelled: the calendar app strikes it out.
      const event = invitation(chair);
      expect(event.get('UID')).toBe(`meeting-${meetingId}@braid`);
      expect(event.get('STATUS')).toBe('CANCELLED');
    });

    it('of a workgroup: its members and leads, not the rest of the leadership team', async () => {
      const { createWorkgroup } = await tenant.clients.chair.data<{ createWorkgroup: { id: string } }>(
        GQL.createWorkgroup,
        {
          input: {
            collaborativeId: tenant.collaborativeId,
            name: 'Housing Policy',
            leadUserIds: [tenant.users.lead.id],
            memberUserIds: [tenant.users.observer.id, formerHolder.user.id],
          },
        },
      );
      const mark = told.length;
      await tenant.clients.lead.data(GQL.scheduleMeeting, {
        input: {
          collaborativeId: tenant.collaborativeId,
          workgroupId: createWorkgroup.id,
          title: 'Housing Policy, February',
          scheduledAt: '2026-02-03T18:00:00Z',
        },
      });
      expect(recipientsOf(since(mark, 'MEETING_SCHEDULED'))).toEqual(
        ids([tenant.users.lead, tenant.users.observer, formerHolder.user]),
      );
    });
  });
});
