import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { startBuiltApi, ApiProcess } from '../load/api-process';
import { inBatches, mustQuery, signIn } from '../load/http';
import { BENCH_PASSWORD, benchEmail, COLLABORATIVES, ScaleName } from '../scale';

/**
 * "What needs me" at scale: one motion opening in each collaborative tells every voting seat
 * holder (25 a collaborative: 5,000 emails at full scale). Two questions:
 *  1. Does the fan-out slow the mutation that causes it? It only enqueues (the notifications and
 *     their email jobs are rows written in the same transaction), so `openMotion`'s p95 with
 *     notifying on may be at most 10 % above the same mutation with notifying off
 *     (BRAID_NOTIFICATIONS=off), measured in the same run, alternating between two API processes
 *     on the same database.
 *  2. How fast does the queue deliver? A third process runs the worker against an SMTP server in
 *     this process; the rate is emails accepted per second until the last one, and every message
 *     must arrive exactly once.
 */
export interface FanoutReport {
  collaboratives: number;
  withoutP95: number;
  withP95: number;
  withoutP50: number;
  withP50: number;
  ratio: number;
  emailsExpected: number;
  emailsReceived: number;
  duplicates: number;
  deliverySeconds: number;
  rate: number;
}

const CREATE = `mutation Create($input: CreateMotionInput!) { createMotion(input: $input) { id } }`;
const OPEN = `mutation Open($id: ID!) { openMotion(id: $id) { id status } }`;

export async function runFanout(
  databaseUrl: string,
  scale: ScaleName,
  log: (line: string) => void,
): Promise<FanoutReport> {
  const collaboratives = COLLABORATIVES[scale];
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const received: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let header = '';
      stream.on('data', (chunk: Buffer) => {
        if (header.length < 4096) header += chunk.toString();
      });
      stream.on('end', () => {
        received.push(/^message-id:\s*(\S+)/im.exec(header)?.[1] ?? `${received.length}`);
        callback();
      });
    },
  });
  await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
  const smtpPort = (smtp.server.address() as { port: number }).port;
  const apis: ApiProcess[] = [];
  try {
    // Two request-only processes (no worker: the jobs wait), one with notifying off.
    const off = await startBuiltApi(databaseUrl, null, {
      queryStats: false,
      env: { BRAID_NOTIFICATIONS: 'off', BRAID_JOB_WORKER: '0' },
    });
    apis.push(off);
    const on = await startBuiltApi(databaseUrl, null, { queryStats: false, env: { BRAID_JOB_WORKER: '0' } });
    apis.push(on);

    log(`signing in ${collaboratives} chairs`);
    const chairs = await inBatches(
      Array.from({ length: collaboratives }, (_, i) => i + 1),
      4,
      async (c) => {
        const email = benchEmail.seatHolder(c, 1);
        const cookie = await signIn(on.baseUrl, email, BENCH_PASSWORD);
        const row = (
          await db.query(
            `SELECT meeting.id AS meeting_id FROM meeting JOIN membership ON membership.collaborative_id = meeting.collaborative_id
               JOIN user_account AS u ON u.id = membership.user_id
              WHERE u.email = $1 AND meeting.status = 'IN_PROGRESS' LIMIT 1`,
            [email],
          )
        ).rows[0] as { meeting_id: string } | undefined;
        if (!row) throw new Error(`No meeting in progress in collaborative ${c}: reseed`);
        return { cookie, meetingId: row.meeting_id };
      },
    );
    log('moving two motions in each collaborative');
    const drafts = await inBatches(chairs, 4, async (chair) => {
      const ids: string[] = [];
      for (const n of [1, 2]) {
        const { data } = await mustQuery<{ createMotion: { id: string } }>(on.baseUrl, chair.cookie, CREATE, {
          input: {
            meetingId: chair.meetingId,
            kind: 'GENERAL',
            title: `Fan-out bench motion ${n} (${Date.now()})`,
            text: 'Resolved, that the leadership team hears about this vote.',
          },
        });
        ids.push(data.createMotion.id);
      }
      return { cookie: chair.cookie, ids };
    });
    const queuedBefore = await queuedEmails(db);

    log('opening them, alternating the two processes');
    const without: number[] = [];
    const withFanout: number[] = [];
    for (const [i, draft] of drafts.entries()) {
      // Alternate which goes first so that neither always meets the warmer cache.
      const order = i % 2 === 0 ? ([off, on] as const) : ([on, off] as const);
      for (const api of order) {
        const id = api === off ? draft.ids[0] : draft.ids[1];
        const started = process.hrtime.bigint();
        await mustQuery(api.baseUrl, draft.cookie, OPEN, { id });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        (api === off ? without : withFanout).push(ms);
      }
    }
    const emailsExpected = (await queuedEmails(db)) - queuedBefore;

    log(`delivering ${emailsExpected} emails through a worker`);
    const started = Date.now();
    const worker = await startBuiltApi(databaseUrl, null, {
      queryStats: false,
      env: { BRAID_JOB_WORKER: '1', BRAID_JOB_CONCURRENCY: '8', SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
    });
    apis.push(worker);
    const deadline = Date.now() + 30 * 60_000;
    while (received.length < emailsExpected && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
      if ((await pendingEmails(db)) === 0 && received.length < emailsExpected) {
        // Nothing left to send: whatever has not arrived will not.
        await new Promise((done) => setTimeout(done, 1_000));
        break;
      }
    }
    const deliverySeconds = (Date.now() - started) / 1000;
    const duplicates = received.length - new Set(received).size;
    const p = (values: number[], q: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    };
    return {
      collaboratives,
      withoutP95: p(without, 0.95),
      withP95: p(withFanout, 0.95),
      withoutP50: p(without, 0.5),
      withP50: p(withFanout, 0.5),
      ratio: p(withFanout, 0.95) / p(without, 0.95),
      emailsExpected,
      emailsReceived: received.length,
      duplicates,
      deliverySeconds,
      rate: received.length / deliverySeconds,
    };
  } finally {
    for (const api of apis.reverse()) await api.stop();
    await new Promise<void>((done) => smtp.close(() => done()));
    await db.end();
  }
}

/** Email jobs still queued, and the jobs that queue them (graphile-worker's tables; the notifications library's task names). */
async function pendingEmails(db: Client): Promise<number> {
  const row = (
    await db.query(
      `SELECT count(*)::int AS n FROM graphile_worker._private_jobs AS job
         JOIN graphile_worker._private_tasks AS task ON task.id = job.task_id
        WHERE task.identifier IN ('notification-email', 'notification-email-fan-out')`,
    )
  ).rows[0] as { n: number };
  return row.n;
}

/** Notifications whose email is waiting to be sent: each is one message the SMTP server must get. */
async function queuedEmails(db: Client): Promise<number> {
  const row = (await db.query(`SELECT count(*)::int AS n FROM notification WHERE email_state = 'QUEUED'`))
    .rows[0] as { n: number };
  return row.n;
}

export function fanoutMarkdown(report: FanoutReport, scale: ScaleName): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const verdict = report.ratio <= 1.1 ? '✅' : '❌';
  return [
    `## Fan-out: one motion opening in each of ${report.collaboratives} collaboratives (${scale})`,
    '',
    '| | p50 | p95 |',
    '|---|---|---|',
    `| openMotion, notifying off | ${ms(report.withoutP50)} | ${ms(report.withoutP95)} |`,
    `| openMotion, notifying on (enqueue only) | ${ms(report.withP50)} | ${ms(report.withP95)} |`,
    '',
    `p95 with / without: **${report.ratio.toFixed(3)}×** (goal ≤ 1.10) ${verdict}`,
    '',
    `Emails: ${report.emailsReceived} of ${report.emailsExpected} delivered to the test SMTP server in ` +
      `${report.deliverySeconds.toFixed(1)} s, **${report.rate.toFixed(0)} emails/s** (one worker process, ` +
      `8 jobs at once); duplicates: ${report.duplicates}.`,
    '',
  ].join('\n');
}
