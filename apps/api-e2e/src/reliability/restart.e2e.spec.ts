import { ChildProcess } from 'node:child_process';
import { expectLedgerConsistent, FundBuilder, RECORD_RECEIPT, RELEASE } from '../funds/fund-fixtures';
import { freePort, startApiProcess as startApi } from '../support/api-process';
import { GraphQLClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, PASSWORD, TestTenant } from '../support/tenant';

const $ = (dollars: number) => BigInt(dollars) * 100n;

const startApiProcess = async (databaseUrl: string, port: number): Promise<ChildProcess> =>
  (await startApi(databaseUrl, port)).child;

interface Outcome {
  acknowledged: boolean;
  /** No answer at all (connection refused or cut): the client cannot know whether it happened. */
  unknown: boolean;
}

/**
 * Clients keep writing while the API process is killed with SIGKILL and started again: every
 * write the API acknowledged must be in the database exactly once, and the ledger balanced.
 */
describe('Restarting the API under load', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let port: number;
  let api: ChildProcess | null = null;

  beforeAll(async () => {
    // This in-process app migrates the database and builds the fund; the load goes to a child process.
    app = await startTestApp('restart');
    tenant = await createTenant(app, 'restart');
    port = await freePort();
  });
  afterAll(async () => {
    api?.kill('SIGKILL');
    await app.close();
  });

  it('loses no acknowledged receipt or release across a kill -9 and restart', async () => {
    const fund = new FundBuilder(app, tenant);
    const stream = await fund.stream({
      name: 'Federal OVC grant',
      awardCents: $(509_000),
      pledgedCents: $(509_000),
    });
    const contributionId = stream.contributionId as string;
    await fund.receive(contributionId, $(20_000));
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(4_000) }],
      tranches: Array.from({ length: 40 }, () => $(100)),
    });

    api = await startApiProcess(app.db.url, port);
    // Sessions live in the database: the same cookie works after the restart.
    const client = await new GraphQLClient(`http://127.0.0.1:${port}`, 'fundAdmin').signIn(
      tenant.users.fundAdmin.email,
      PASSWORD,
    );

    const receipts = new Map<string, Outcome>();
    const releases = new Map<string, { tranche: string } & Outcome>();
    let stop = false;
    let sequence = 0;
    const send = async (document: string, variables: Record<string, unknown>): Promise<Outcome> => {
      try {
        const response = await client.request(document, variables);
        return { acknowledged: !response.errors?.length && response.data !== null, unknown: false };
      } catch {
        // Refused or cut: as a browser would, wait a moment before the next try.
        await new Promise((r) => setTimeout(r, 100));
        return { acknowledged: false, unknown: true };
      }
    };
    const receiptWorker = async () => {
      while (!stop) {
        const memo = `load receipt ${++sequence}`;
        receipts.set(memo, { acknowledged: false, unknown: true });
        receipts.set(
          memo,
          await send(RECORD_RECEIPT, {
            input: { contributionId, cents: '100', receivedOn: '2025-09-01', memo },
          }),
        );
      }
    };
    let nextTranche = 0;
    const releaseWorker = async () => {
      while (!stop && nextTranche < grant.disbursements.length) {
        const tranche = grant.disbursements[nextTranche++].id;
        const key = `restart-${tranche}`;
        releases.set(key, { tranche, acknowledged: false, unknown: true });
        releases.set(key, {
          tranche,
          ...(await send(RELEASE, { input: { disbursementId: tranche, idempotencyKey: key } })),
        });
      }
    };
    const workers = [
      ...Array.from({ length: 4 }, receiptWorker),
      ...Array.from({ length: 2 }, releaseWorker),
    ];

    const acknowledgedReceipts = () => [...receipts.values()].filter((o) => o.acknowledged).length;
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((r) => setTimeout(r, 20));
    };
    // Killed while writes are in flight, once a good number have been acknowledged.
    await until(() => acknowledgedReceipts() >= 25);
    const beforeKill = acknowledgedReceipts();
    api.kill('SIGKILL');
    await new Promise((r) => api?.once('exit', r));
    api = await startApiProcess(app.db.url, port);
    await until(() => acknowledgedReceipts() >= beforeKill + 25);
    stop = true;
    await Promise.all(workers);

    // Releases whose answer was lost are retried with their idempotency key, as a client would.
    for (const [key, outcome] of releases) {
      if (!outcome.acknowledged) {
        const retry = await send(RELEASE, {
          input: { disbursementId: outcome.tranche, idempotencyKey: key },
        });
        releases.set(key, { ...outcome, ...retry });
      }
    }

    const acknowledged = [...receipts].filter(([, o]) => o.acknowledged).map(([memo]) => memo);
    const stored: { memo: string; n: number }[] = await app.dataSource.query(
      `SELECT memo, count(*)::int AS n FROM contribution_receipt WHERE contribution_id = $1 AND memo LIKE 'load receipt %' GROUP BY memo`,
      [contributionId],
    );
    const count = new Map(stored.map((row) => [row.memo, row.n]));
    process.stdout.write(
      `\nRestart under load: ${receipts.size} receipts sent (${acknowledged.length} acknowledged, ${beforeKill} before the kill, ` +
        `${[...receipts.values()].filter((o) => o.unknown).length} unanswered), ${releases.size} releases, 6 concurrent clients\n`,
    );
    expect(beforeKill).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(beforeKill);
    expect(acknowledged.filter((memo) => count.get(memo) !== 1)).toEqual([]);
    // Nothing stored twice, acknowledged or not.
    expect(stored.filter((row) => row.n !== 1)).toEqual([]);

    const [contribution] = await app.dataSource.query(
      `SELECT received_cents::text AS received, (SELECT coalesce(sum(amount_cents), 0)::text FROM contribution_receipt WHERE reversed_at IS NULL AND contribution_id = $1) AS receipts
         FROM contribution WHERE id = $1`,
      [contributionId],
    );
    expect(contribution.received).toBe(contribution.receipts);

    // Every release acknowledged (at once or on retry) posted exactly once.
    expect([...releases.values()].every((o) => o.acknowledged)).toBe(true);
    const postings: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_transaction WHERE idempotency_key = ANY($1) GROUP BY idempotency_key`,
      [[...releases.keys()]],
    );
    expect(postings).toHaveLength(releases.size);
    expect(postings.every((row) => row.n === 1)).toBe(true);
    await expectLedgerConsistent(app);
  }, 300_000);
});
