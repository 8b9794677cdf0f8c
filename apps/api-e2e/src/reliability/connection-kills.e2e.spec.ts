import { createTestDatabase, TestDatabase } from '@braid/testing';
import { Client } from 'pg';
import { BUDGET, FundBuilder, GrantResult, RELEASE } from '../funds/fund-fixtures';
import { ApiProcess, buildApi, freePort, startApiProcess } from '../support/api-process';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { createTenant, PASSWORD, TestTenant } from '../support/tenant';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ROUNDS = 15;

/**
 * A database restart or failover as the API sees it: every server process of its database is
 * terminated (pool connections idle and checked out, mid-statement and mid-prepare, the sign-in
 * limiter's, the LISTEN connection), again and again, while clients release money, read budgets
 * and sign in. The API runs as `npm start` runs it, in its own process: an unhandled 'error'
 * event on a pg client ends that process, which the test sees as refused connections and an exit
 * code. (In Jest's own process the same event was not fatal, so the in-process fault tests passed.)
 */
describe('The API process while the database drops its connections', () => {
  let db: TestDatabase;
  let tenant: TestTenant;
  let grant: GrantResult;
  let api: ApiProcess;
  let injector: Client;

  beforeAll(async () => {
    buildApi();
    db = await createTestDatabase('connection_kills');
    // An in-process app migrates the database and builds the fund, then makes way for the real process.
    const builder = await startTestApp('connection-kills', {}, db);
    try {
      tenant = await createTenant(builder, 'kills');
      const fund = new FundBuilder(builder, tenant);
      const stream = await fund.stream({
        name: 'County grant',
        awardCents: $(100_000),
        pledgedCents: $(100_000),
        receivedCents: $(50_000),
      });
      grant = await fund.grant({
        allocations: [{ fundingStreamId: stream.id, cents: $(300) }],
        tranches: Array.from({ length: 150 }, () => $(2)),
        // Weekly tranches: three years of them.
        period: { start: '2025-09-01', end: '2028-12-31' },
      });
    } finally {
      await builder.close();
    }
    api = await startApiProcess(db.url, await freePort(), { built: true });
    injector = new Client({ connectionString: db.url, application_name: 'fault-injector' });
    await injector.connect();
  }, 300_000);
  afterAll(async () => {
    api?.child.kill('SIGKILL');
    await injector?.end();
    await db?.drop();
  });

  /** Terminates every other server process on the test's database; how many it ended. */
  const killAll = async (): Promise<number> => {
    const [{ killed }] = (
      await injector.query(
        `SELECT count(pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity
          WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      )
    ).rows;
    return killed;
  };

  it(`stays up through ${ROUNDS} rounds of connection kills during concurrent releases, reads and sign-ins, then answers every request`, async () => {
    const client = (role: 'fundAdmin' | 'member') =>
      new GraphQLClient(api.url, role).signIn(tenant.users[role].email, PASSWORD);
    const admin = await client('fundAdmin');
    const reader = await client('member');

    const answers = { ok: 0, refused: 0, unanswered: 0 };
    const codes = new Map<string, number>();
    const unanswered: string[] = [];
    const send = async <T>(work: () => Promise<GraphQLResponse<T>>): Promise<GraphQLResponse<T> | null> => {
      try {
        const response = await work();
        if (response.errors?.length) {
          answers.refused++;
          const { code: errorCode, reason } = response.errors[0].extensions ?? {};
          const code = reason ? `${String(errorCode)}/${String(reason)}` : String(errorCode);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        } else answers.ok++;
        return response;
      } catch (error) {
        // No answer at all: the process is gone (or going).
        answers.unanswered++;
        unanswered.push(String((error as Error).cause ?? error));
        await pause(100);
        return null;
      }
    };

    let stop = false;
    const keys = grant.disbursements.map((tranche) => ({ tranche: tranche.id, key: `kills-${tranche.id}` }));
    const released = new Set<string>();
    let next = 0;
    const releaser = async () => {
      while (!stop && next < keys.length) {
        const { tranche, key } = keys[next++];
        const response = await send(() =>
          admin.request(RELEASE, { input: { disbursementId: tranche, idempotencyKey: key } }),
        );
        if (response?.data) released.add(key);
      }
    };
    const budgetReader = async () => {
      while (!stop) await send(() => reader.request(BUDGET, { collaborativeId: tenant.collaborativeId }));
    };
    const signer = async () => {
      while (!stop) {
        await pause(50);
        await send(() =>
          new GraphQLClient(api.url).request(
            `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
            { input: { email: tenant.users.observer.email, password: PASSWORD } },
          ),
        );
      }
    };
    const workers = [
      ...Array.from({ length: 3 }, releaser),
      ...Array.from({ length: 2 }, budgetReader),
      signer(),
    ];

    let killed = 0;
    try {
      for (let round = 0; round < ROUNDS && api.child.exitCode === null; round++) {
        await pause(150 + Math.floor(Math.random() * 250));
        killed += await killAll();
      }
      await pause(300);
    } finally {
      stop = true;
      await Promise.all(workers);
    }
    process.stdout.write(
      `\nConnection kills: ${ROUNDS} rounds, ${killed} server processes ended; ${answers.ok} answers, ` +
        `${answers.refused} refusals (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}), ${answers.unanswered} unanswered\n`,
    );

    if (api.child.exitCode !== null || api.child.signalCode !== null) {
      // What it said last is why it died.
      throw new Error(`The API process ended (${api.child.exitCode ?? api.child.signalCode}):\n${api.output().slice(-4000)}`);
    }
    expect(api.output()).not.toMatch(/Unhandled 'error' event/);
    expect(unanswered).toEqual([]);
    expect(killed).toBeGreaterThanOrEqual(ROUNDS);
    expect(answers.ok).toBeGreaterThan(0);
    // A request cut off by the kill is answered, saying so, never left without an answer.
    expect([...codes.keys()].filter((code) => code !== 'INTERNAL_SERVER_ERROR/DATABASE_CONNECTION_LOST')).toEqual(
      [],
    );

    // Once the database is back, requests succeed again: the rest of the releases (those cut off
    // retried with their key, posting once), the budget and a sign-in, without a restart.
    await pause(500);
    for (const { tranche, key } of keys) {
      if (released.has(key)) continue;
      const { releaseDisbursement } = await admin.data<{ releaseDisbursement: { status: string } }>(RELEASE, {
        input: { disbursementId: tranche, idempotencyKey: key },
      });
      expect(releaseDisbursement.status).toBe('RELEASED');
    }
    const budgets = await Promise.all(
      Array.from({ length: 10 }, () => reader.request(BUDGET, { collaborativeId: tenant.collaborativeId })),
    );
    expect(budgets.flatMap((budget) => budget.errors ?? [])).toEqual([]);
    await client('member');

    const { rows } = await injector.query(
      `SELECT (SELECT count(*)::int FROM disbursement WHERE grant_id = $1 AND status = 'RELEASED') AS released,
              (SELECT count(*)::int FROM ledger_transaction WHERE idempotency_key LIKE 'kills-%') AS postings,
              (SELECT count(*)::int FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_cents) <> 0) t) AS unbalanced`,
      [grant.id],
    );
    expect(rows[0]).toEqual({ released: keys.length, postings: keys.length, unbalanced: 0 });
  }, 300_000);
});
