import { startSmtpServer, SmtpTestServer } from '../support/smtp';
import { createTenant, TENANT_ROLES, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import { emailStates, makeRetriesDue, MOTION, notify } from './notify-support';

/** Every person of the test collaborative. */
const everyone = (tenant: TestTenant) =>
  (Object.keys(TENANT_ROLES) as (keyof typeof TENANT_ROLES)[]).map((role) => tenant.users[role].id);

async function failedAttempts(app: TestApp, task: string): Promise<number> {
  const [row] = await app.dataSource.query(
    `SELECT coalesce(sum(j.attempts), 0)::int AS n FROM graphile_worker._private_jobs j
       JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = $1 AND j.last_error IS NOT NULL`,
    [task],
  );
  return row.n;
}

describe('Email when the mail server is down', () => {
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());

  it('retries failed sends, and once the server is back every message arrives exactly once', async () => {
    const app = await startTestApp('mail-retry', { smtpUrl: smtp.url });
    try {
      const tenant = await createTenant(app, 'retry');
      await smtp.stop();
      await notify(app, {
        kind: 'MOTION_OPENED',
        collaborativeId: tenant.collaborativeId,
        recipientUserIds: everyone(tenant),
        figures: MOTION('Sent while the server was down'),
        dedupeKey: 'motion-opened:down',
      });
      await app.jobs.drain();
      expect(await failedAttempts(app, 'notification-email')).toBe(9);
      expect(await emailStates(app, 'motion-opened:down')).toEqual(Array(9).fill('QUEUED'));

      await makeRetriesDue(app);
      await app.jobs.drain();
      expect(await failedAttempts(app, 'notification-email')).toBe(18);

      await smtp.start();
      // Back up: each waiting message goes out on its next try. A send may still fail once on a
      // pooled connection the outage broke; it is simply tried again (a few rounds at most).
      const downMessages = () => smtp.messages.filter((m) => m.subject.includes('server was down'));
      for (let round = 0; round < 5 && downMessages().length < 9; round++) {
        await makeRetriesDue(app);
        await app.jobs.drain();
      }
      const received = await smtp.waitFor((m) => m.subject.includes('server was down'), 10_000, 9);
      expect(new Set(received.map((m) => m.messageId)).size).toBe(9);
      expect(new Set(received.flatMap((m) => m.to)).size).toBe(9);
      await makeRetriesDue(app);
      await app.jobs.drain();
      expect(smtp.messages.filter((m) => m.subject.includes('server was down'))).toHaveLength(9);
      expect(await emailStates(app, 'motion-opened:down')).toEqual(Array(9).fill('SENT'));
    } finally {
      await app.close();
    }
  });

  it('sends each message once with two API processes running workers, one of them restarted midway', async () => {
    const first = await startTestApp('mail-two', { smtpUrl: smtp.url, jobWorker: true });
    let second = await startTestApp('mail-two', { smtpUrl: smtp.url, jobWorker: true }, first.db);
    try {
      const tenant = await createTenant(first, 'two');
      await smtp.stop();
      for (const n of [1, 2, 3])
        await notify(n === 2 ? second : first, {
          kind: 'MOTION_OPENED',
          collaborativeId: tenant.collaborativeId,
          recipientUserIds: everyone(tenant),
          figures: MOTION(`Two workers ${n}`),
          dedupeKey: `motion-opened:two:${n}`,
        });
      // The workers pick the jobs up at once (LISTEN/NOTIFY) and fail on the closed port.
      const deadline = Date.now() + 15_000;
      while ((await failedAttempts(first, 'notification-email')) < 27 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await failedAttempts(first, 'notification-email')).toBeGreaterThanOrEqual(27);

      await smtp.start();
      await second.close();
      await makeRetriesDue(first);
      await smtp.waitFor((m) => m.subject.includes('Two workers'), 15_000, 5);
      second = await startTestApp('mail-two', { smtpUrl: smtp.url, jobWorker: true }, first.db);
      // Until everything is out, keep making the backed-off retries due (a worker polls every 2 s).
      const all = Date.now() + 30_000;
      while (smtp.messages.filter((m) => m.subject.includes('Two workers')).length < 27 && Date.now() < all) {
        await makeRetriesDue(first);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const received = smtp.messages.filter((m) => m.subject.includes('Two workers'));
      expect(received).toHaveLength(27);
      expect(new Set(received.map((m) => m.messageId)).size).toBe(27);
      for (const n of [1, 2, 3])
        expect(await emailStates(first, `motion-opened:two:${n}`)).toEqual(Array(9).fill('SENT'));
      // Nothing more comes later.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(smtp.messages.filter((m) => m.subject.includes('Two workers'))).toHaveLength(27);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
