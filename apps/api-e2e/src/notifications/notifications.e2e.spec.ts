import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Language } from '@braid/contracts';
import { RequestContextService } from '@braid/kernel';
import { startSmtpServer, SmtpTestServer } from '../support/smtp';
import { subscribe } from '../support/subscriptions';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import { emailStates, MOTION, notifierOf, notify } from './notify-support';

const PUBLIC_URL = 'https://braid.example.org';

describe('Notifications and email', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startTestApp('notifications', {
      smtpUrl: smtp.url,
      publicUrl: PUBLIC_URL,
      mailFrom: 'Braid <braid@braid.example.org>',
    });
    tenant = await createTenant(app, 'notify');
    // The resident reads Braid in Spanish.
    await app.dataSource.query(`UPDATE user_account SET preferred_language = 'es' WHERE id = $1`, [
      tenant.users.resident.id,
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const to = (role: keyof TestTenant['users']) => (mail: { to: string[] }) =>
    mail.to.includes(tenant.users[role].email);

  it('emails each recipient in their language, with an absolute link and a one-click unsubscribe', async () => {
    await notify(app, {
      kind: 'MOTION_OPENED',
      collaborativeId: tenant.collaborativeId,
      recipientUserIds: [tenant.users.member.id, tenant.users.resident.id],
      figures: MOTION('Fund the trauma recovery center'),
      dedupeKey: 'motion-opened:first',
    });
    await app.jobs.drain();
    const [english] = await smtp.waitFor((m) => to('member')(m) && m.subject.includes('Fund the trauma'));
    const [spanish] = await smtp.waitFor((m) => to('resident')(m) && m.subject.includes('Fund the trauma'));
    expect(english.subject).toBe('Vote now: motion 4, Fund the trauma recovery center');
    expect(spanish.subject).toBe('Vote ahora: moción 4, Fund the trauma recovery center');
    expect(english.text).toContain(`${PUBLIC_URL}/motions/00000000-0000-4000-8000-000000000001`);
    expect(english.html).toContain(`href="${PUBLIC_URL}/motions/00000000-0000-4000-8000-000000000001"`);
    expect(english.html).not.toMatch(/<img/i);
    expect(english.listUnsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL}/api/unsubscribe/[^>]+>$`));
    expect(english.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const [notification] = await app.dataSource.query(
      `SELECT id FROM notification WHERE dedupe_key = 'motion-opened:first' AND user_id = $1`,
      [tenant.users.member.id],
    );
    expect(english.messageId).toBe(`<notification-${notification.id}@braid.example.org>`);
    expect(await emailStates(app, 'motion-opened:first')).toEqual(['SENT', 'SENT']);
  });

  it('sends nothing for a change that rolls back', async () => {
    const contexts = app.get(RequestContextService);
    await expect(
      contexts.transaction(async (em) => {
        await notifierOf(app).notify(contexts.systemContext(em), {
          kind: 'MOTION_OPENED',
          collaborativeId: tenant.collaborativeId,
          recipientUserIds: [tenant.users.member.id],
          about: { type: 'Motion', id: 'x' },
          link: '/motions/x',
          figures: MOTION('Rolled back motion'),
          dedupeKey: 'motion-opened:rolled-back',
        });
        throw new Error('the change fails after notifying');
      }),
    ).rejects.toThrow('the change fails');
    await app.jobs.drain();
    expect(await emailStates(app, 'motion-opened:rolled-back')).toEqual([]);
    expect(smtp.messages.filter((m) => m.subject.includes('Rolled back'))).toEqual([]);
  });

  it('tells a person once per dedupe key, however often the trigger runs', async () => {
    for (let i = 0; i < 2; i++) {
      await notify(app, {
        kind: 'MOTION_OPENED',
        collaborativeId: tenant.collaborativeId,
        recipientUserIds: [tenant.users.chair.id, tenant.users.chair.id],
        figures: MOTION('Twice triggered'),
        dedupeKey: 'motion-opened:twice',
      });
      await app.jobs.drain();
    }
    await smtp.waitFor((m) => m.subject.includes('Twice triggered'));
    await app.jobs.drain();
    expect(smtp.messages.filter((m) => m.subject.includes('Twice triggered'))).toHaveLength(1);
    expect(await emailStates(app, 'motion-opened:twice')).toEqual(['SENT']);
  });

  it('tells nobody whose membership has ended, even when asked to', async () => {
    await app.dataSource.query(`UPDATE membership SET status = 'REVOKED' WHERE user_id = $1`, [
      tenant.users.observer.id,
    ]);
    await app.settlePrincipals();
    await notify(app, {
      kind: 'MOTION_OPENED',
      collaborativeId: tenant.collaborativeId,
      recipientUserIds: [tenant.users.observer.id, tenant.users.lead.id],
      figures: MOTION('Former member test'),
      dedupeKey: 'motion-opened:former',
    });
    await app.jobs.drain();
    await smtp.waitFor((m) => to('lead')(m) && m.subject.includes('Former member test'));
    expect(smtp.messages.filter((m) => to('observer')(m))).toEqual([]);
    expect(await emailStates(app, 'motion-opened:former')).toEqual(['SENT']);
  });

  it('stops a category with the one-click link; a GET changes nothing', async () => {
    const [mail] = await smtp.waitFor((m) => to('member')(m) && m.subject.includes('Fund the trauma'));
    const path = mail.listUnsubscribe!.slice(1, -1).replace(PUBLIC_URL, '');
    const page = await fetch(`${app.url}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Darme de baja');
    const before = await tenant.clients.member.data<{
      notificationPreferences: { category: string; email: string }[];
    }>(`{ notificationPreferences { category email inApp } }`);
    expect(before.notificationPreferences.find((p) => p.category === 'VOTES')?.email).toBe('IMMEDIATELY');

    const forged = await fetch(`${app.url}${path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`, {
      method: 'POST',
    });
    expect(forged.status).toBe(404);
    const done = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    const after = await tenant.clients.member.data<{
      notificationPreferences: { category: string; email: string }[];
    }>(`{ notificationPreferences { category email inApp } }`);
    expect(after.notificationPreferences.find((p) => p.category === 'VOTES')?.email).toBe('NEVER');
    expect(after.notificationPreferences.find((p) => p.category === 'MEETINGS')?.email).toBe('IMMEDIATELY');
    const [audit] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'notificationPreference.unsubscribed' AND entity_id = $1`,
      [tenant.users.member.id],
    );
    expect(audit.n).toBe(1);

    await notify(app, {
      kind: 'MOTION_OPENED',
      collaborativeId: tenant.collaborativeId,
      recipientUserIds: [tenant.users.member.id],
      figures: MOTION('After unsubscribing'),
      dedupeKey: 'motion-opened:after-unsubscribe',
    });
    await notify(app, {
      kind: 'MEETING_CANCELLED',
      collaborativeId: tenant.collaborativeId,
      recipientUserIds: [tenant.users.member.id],
      figures: { meetingTitle: 'Still told about meetings', startsAt: '2030-05-06T01:30:00Z' },
      dedupeKey: 'meeting-cancelled:after-unsubscribe',
    });
    await app.jobs.drain();
    await smtp.waitFor((m) => to('member')(m) && m.subject.includes('Still told about meetings'));
    expect(smtp.messages.filter((m) => m.subject.includes('After unsubscribing'))).toEqual([]);
    // Still in the inbox: only email stopped.
    expect(await emailStates(app, 'motion-opened:after-unsubscribe')).toEqual(['SKIPPED']);
  });

  it('sends the daily digest at 7:00 in the collaborative’s time zone', async () => {
    await tenant.clients.admin.data(
      `mutation($input: UpdateCollaborativeInput!) { updateCollaborative(input: $input) { timeZone } }`,
      { input: { id: tenant.collaborativeId, timeZone: 'America/New_York' } },
    );
    const refused = await tenant.clients.admin.error(
      `mutation($input: UpdateCollaborativeInput!) { updateCollaborative(input: $input) { timeZone } }`,
      { input: { id: tenant.collaborativeId, timeZone: 'Mars/Olympus_Mons' } },
    );
    expect(refused.extensions?.['reason']).toBe('UNKNOWN_TIME_ZONE');

    await notify(app, {
      kind: 'MINUTES_CIRCULATED',
      collaborativeId: tenant.collaborativeId,
      recipientUserIds: [tenant.users.chair.id, tenant.users.resident.id],
      figures: { meetingTitle: 'Digest meeting', meetingStartsAt: '2030-03-04T23:00:00Z' },
      dedupeKey: 'minutes:digest',
      link: '/meetings/m1',
    });
    await app.jobs.drain();
    expect(await emailStates(app, 'minutes:digest')).toEqual(['DIGEST', 'DIGEST']);

    // 6:30 in New York: not yet.
    app.clock.travelTo(new Date('2030-03-05T11:30:00Z'));
    await app.jobs.runNow('notification-digest-sweep');
    expect(smtp.messages.filter((m) => m.text.includes('Digest meeting'))).toEqual([]);

    // 7:10 in New York.
    app.clock.travelTo(new Date('2030-03-05T12:10:00Z'));
    await app.jobs.runNow('notification-digest-sweep');
    const [chair] = await smtp.waitFor((m) => to('chair')(m) && m.text.includes('Digest meeting'));
    const [resident] = await smtp.waitFor((m) => to('resident')(m) && m.text.includes('Digest meeting'));
    expect(chair.subject).toBe('Collaborative notify: digest for March 5, 2030 (1)');
    expect(resident.subject).toBe('Collaborative notify: resumen del 5 de marzo de 2030 (1)');
    expect(chair.text).toContain(`${PUBLIC_URL}/meetings/m1`);
    expect(chair.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(await emailStates(app, 'minutes:digest')).toEqual(['SENT', 'SENT']);

    // The sweep again in the same hour: nothing more.
    await app.jobs.runNow('notification-digest-sweep');
    expect(smtp.messages.filter((m) => m.text.includes('Digest meeting'))).toHaveLength(2);
    app.clock.reset();
  });

  it('keeps an inbox of one’s own notifications, with an unread count that follows live', async () => {
    const client = tenant.clients.lead;
    const live = subscribe<{ unreadNotificationCountChanged: number }>(
      client,
      `subscription { unreadNotificationCountChanged }`,
    );
    const first = await live.next();
    const start = first.data!.unreadNotificationCountChanged;
    expect(start).toBe(1);

    for (const n of [1, 2, 3])
      await notify(app, {
        kind: 'ACTION_ITEM_ASSIGNED',
        collaborativeId: tenant.collaborativeId,
        recipientUserIds: [tenant.users.lead.id],
        figures: { title: `Item ${n}`, workgroupName: 'Housing', dueOn: null },
        dedupeKey: `item:${n}`,
        link: `/action-items/${n}`,
      });
    let seen = start;
    while (seen !== 4) seen = (await live.next()).data!.unreadNotificationCountChanged;

    const inbox = `query($first: Int, $after: String, $unreadOnly: Boolean) {
      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
        nodes { id kind category headline link createdAt readAt collaborativeId }
        pageInfo { hasNextPage endCursor }
      }
      unreadNotificationCount
    }`;
    type Inbox = {
      notifications: {
        nodes: {
          id: string;
          kind: string;
          category: string;
          headline: string;
          link: string;
          readAt: string | null;
          collaborativeId: string;
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      unreadNotificationCount: number;
    };
    const page1 = await client.data<Inbox>(inbox, { first: 2 });
    expect(page1.unreadNotificationCount).toBe(4);
    expect(page1.notifications.nodes.map((n) => n.headline)).toEqual([
      'Assigned to you: Item 3',
      'Assigned to you: Item 2',
    ]);
    expect(page1.notifications.nodes[0]).toMatchObject({
      kind: 'ACTION_ITEM_ASSIGNED',
      category: 'ACTION_ITEMS',
      link: '/action-items/3',
      readAt: null,
      collaborativeId: tenant.collaborativeId,
    });
    const page2 = await client.data<Inbox>(inbox, {
      first: 2,
      after: page1.notifications.pageInfo.endCursor,
    });
    expect(page2.notifications.nodes.map((n) => n.headline)).toEqual([
      'Assigned to you: Item 1',
      'Vote now: motion 4, Former member test',
    ]);

    // Someone else's notification cannot be marked (nor seen): NOT_FOUND for the whole call, as
    // for an id that does not exist, and nothing is marked.
    const [foreign] = await app.dataSource.query(`SELECT id FROM notification WHERE user_id = $1 LIMIT 1`, [
      tenant.users.chair.id,
    ]);
    const markRead = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
    const refused = await client.error(markRead, { ids: [page1.notifications.nodes[0].id, foreign.id] });
    expect([refused.code, refused.extensions?.['reason']]).toEqual(['NOT_FOUND', 'RECORD_NOT_FOUND']);
    const [stillUnread] = await app.dataSource.query(`SELECT read_at FROM notification WHERE id = $1`, [
      page1.notifications.nodes[0].id,
    ]);
    expect(stillUnread.read_at).toBeNull();
    const marked = await client.data<{ markNotificationsRead: { id: string; readAt: string }[] }>(markRead, {
      ids: [page1.notifications.nodes[0].id],
    });
    expect(marked.markNotificationsRead.map((n) => n.id)).toEqual([page1.notifications.nodes[0].id]);
    expect(marked.markNotificationsRead[0].readAt).not.toBeNull();
    const [foreignAfter] = await app.dataSource.query(`SELECT read_at FROM notification WHERE id = $1`, [
      foreign.id,
    ]);
    expect(foreignAfter.read_at).toBeNull();
    expect((await live.next()).data!.unreadNotificationCountChanged).toBe(3);

    const unread = await client.data<Inbox>(inbox, { first: 10, unreadOnly: true });
    expect(unread.notifications.nodes).toHaveLength(3);

    // In-app off: the category leaves the inbox and the count.
    await client.data(
      `mutation { setNotificationPreference(input: { category: ACTION_ITEMS, email: DAILY_DIGEST, inApp: false }) { category email inApp } }`,
    );
    expect((await client.data<Inbox>(inbox, { first: 10 })).unreadNotificationCount).toBe(1);
    await client.data(
      `mutation { setNotificationPreference(input: { category: ACTION_ITEMS, email: IMMEDIATELY, inApp: true }) { category email inApp } }`,
    );

    const all = await client.data<{ markAllNotificationsRead: number }>(
      `mutation { markAllNotificationsRead }`,
    );
    expect(all.markAllNotificationsRead).toBe(3);
    expect((await client.data<Inbox>(inbox, { first: 10 })).unreadNotificationCount).toBe(0);
    let last = -1;
    while (last !== 0) last = (await live.next()).data!.unreadNotificationCountChanged;
    await live.close();

    const actions: { action: string }[] = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'notification%' ORDER BY occurred_at`,
      [tenant.users.lead.id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'notifications.read',
      'notificationPreference.set',
      'notificationPreference.set',
      'notifications.allRead',
    ]);
  });

  it('refuses the inbox to someone not signed in', async () => {
    const error = await app.client().error(`{ unreadNotificationCount }`);
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('sends account email at once, with its secret link and no unsubscribe', async () => {
    await app.get(RequestContextService).asSystem((ctx) =>
      notifierOf(app).sendAccountEmail(ctx, {
        kind: 'INVITATION',
        to: { email: 'newcomer@notify.test', language: Language.ES, displayName: null },
        actionUrl: `${PUBLIC_URL}/invitations/secret-token`,
        figures: {
          collaborativeName: 'Notify',
          invitedByName: 'Ada Admin',
          expiresAt: '2030-01-01T00:00:00Z',
        },
      }),
    );
    await app.jobs.drain();
    const [mail] = await smtp.waitFor((m) => m.to.includes('newcomer@notify.test'));
    expect(mail.subject).toBe('Ada Admin le invita a Notify en Braid');
    expect(mail.text).toContain(`${PUBLIC_URL}/invitations/secret-token`);
    expect(mail.listUnsubscribe).toBeNull();
    const stored = await app.dataSource.query(`SELECT 1 FROM notification WHERE link LIKE '%secret-token%'`);
    expect(stored).toEqual([]);
  });
});

describe('Email without an SMTP server', () => {
  it('writes each message as an .eml file under dataDir/mail', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'braid-mail-'));
    const app = await startTestApp('notifications-eml', { smtpUrl: null, dataDir, publicUrl: PUBLIC_URL });
    try {
      const tenant = await createTenant(app, 'eml');
      await notify(app, {
        kind: 'REPORT_LATE',
        collaborativeId: tenant.collaborativeId,
        recipientUserIds: [tenant.users.partnerA.id],
        figures: {
          grantTitle: 'Trauma recovery',
          dueOn: '2030-04-15',
          daysLate: 5,
          heldCents: '10000000',
          currency: 'USD',
        },
        dedupeKey: 'report-late:eml',
        link: '/reports/r1',
      });
      await app.jobs.drain();
      const files = readdirSync(join(dataDir, 'mail'));
      expect(files).toHaveLength(1);
      const eml = readFileSync(join(dataDir, 'mail', files[0]), 'utf8');
      expect(eml).toContain('To: partnera@eml.test');
      expect(eml).toContain('Subject: Report 5 days late: Trauma recovery');
      expect(eml).toContain('$100,000.00 is held until it is accepted');
    } finally {
      await app.close();
    }
  });
});
