import { Client } from 'pg';
import {
  expectLedgerConsistent,
  FundBuilder,
  GrantResult,
  RELEASE,
  releaseKey,
} from '../funds/fund-fixtures';
import { Report, requirementsOf, SAVE, START, SUBMIT } from '../reports/report-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';

const $ = (dollars: number) => BigInt(dollars) * 100n;

/** Polls until `probe` answers something, or fails after `ms`. */
async function eventually<T>(probe: () => Promise<T | null | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The database connection dies in the middle of a transaction (a failover, an administrator's
 * pg_terminate_backend, a network cut): nothing half-done may remain, and the API carries on.
 */
describe('Database connection lost mid-transaction', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let fund: FundBuilder;
  let grant: GrantResult;
  let blocker: Client;

  beforeAll(async () => {
    app = await startTestApp('faults');
    tenant = await createTenant(app, 'faults');
    fund = new FundBuilder(app, tenant);
    const stream = await fund.stream({
      name: 'County grant',
      awardCents: $(100_000),
      pledgedCents: $(100_000),
      receivedCents: $(50_000),
    });
    grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(3_000) }],
      tranches: [$(1_000), $(1_000), $(1_000)],
    });
    blocker = new Client({ connectionString: app.db.url, application_name: 'fault-injector' });
    await blocker.connect();
  });
  afterEach(() => expectLedgerConsistent(app));
  afterAll(async () => {
    await blocker.end();
    await app.close();
  });

  /** The server process of the API's connection that waits on `table`'s lock right now. */
  const waitingBackend = (table: string) =>
    eventually(async () => {
      const rows: { pid: number }[] = await app.dataSource.query(
        `SELECT a.pid FROM pg_stat_activity a
          WHERE a.datname = current_database() AND a.application_name = 'braid' AND a.wait_event_type = 'Lock'
            AND a.query ILIKE $1`,
        [`%${table}%`],
      );
      return rows[0]?.pid;
    });

  it('leaves a release it cut off between the ledger transaction and its entries wholly undone; the retry posts once', async () => {
    const tranche = grant.disbursements[0].id;
    const key = releaseKey();
    const postings = async () =>
      (
        await app.dataSource.query(
          `SELECT (SELECT count(*) FROM ledger_transaction WHERE idempotency_key = $1)::int AS transactions,
                  (SELECT status FROM disbursement WHERE id = $2) AS status,
                  (SELECT count(*) FROM audit_event WHERE entity_id = $2::text AND action LIKE 'disbursement.release%')::int AS audited`,
          [key, tranche],
        )
      )[0];

    // Holding SHARE on ledger_entry lets the release lock its tranche and accounts and write its
    // ledger transaction, then stops it at the first entry: the connection is cut right there.
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE ledger_entry IN SHARE MODE');
    const release = fund.admin.request(RELEASE, { input: { disbursementId: tranche, idempotencyKey: key } });
    const pid = await waitingBackend('ledger_entry');
    const [{ terminated }] = await app.dataSource.query(`SELECT pg_terminate_backend($1) AS terminated`, [
      pid,
    ]);
    expect(terminated).toBe(true);
    const cut = await release;
    await blocker.query('ROLLBACK');

    // Refused as a server fault (the client does not know whether it happened), nothing kept.
    expect(cut.status).toBeLessThan(500);
    expect(cut.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await postings()).toEqual({ transactions: 0, status: 'SCHEDULED', audited: 0 });

    // The API recovers without a restart, and the client's retry with the same key posts once.
    const retried = await fund.admin.data<{ releaseDisbursement: { status: string } }>(RELEASE, {
      input: { disbursementId: tranche, idempotencyKey: key },
    });
    expect(retried.releaseDisbursement.status).toBe('RELEASED');
    const again = await fund.admin.data<{ releaseDisbursement: { status: string } }>(RELEASE, {
      input: { disbursementId: tranche, idempotencyKey: key },
    });
    expect(again.releaseDisbursement.status).toBe('RELEASED');
    expect(await postings()).toEqual({ transactions: 1, status: 'RELEASED', audited: 2 });
  });

  it('leaves a release cut off while waiting for its tranche lock undone', async () => {
    const tranche = grant.disbursements[1].id;
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM disbursement WHERE id = $1 FOR UPDATE', [tranche]);
    const release = fund.admin.request(RELEASE, {
      input: { disbursementId: tranche, idempotencyKey: releaseKey() },
    });
    const pid = await waitingBackend('disbursement');
    await app.dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
    const cut = await release;
    await blocker.query('ROLLBACK');
    expect(cut.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const [row] = await app.dataSource.query(`SELECT status FROM disbursement WHERE id = $1`, [tranche]);
    expect(row.status).toBe('SCHEDULED');
  });

  it('leaves a report submission it cut off before its audit event a draft, with nothing half-submitted', async () => {
    const partner = tenant.clients.partnerA;
    const [requirement] = await requirementsOf(fund.admin, tenant.collaborativeId, grant.id);
    const { startGrantReport: draft } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId: requirement.id,
    });
    await partner.data(SAVE, {
      input: {
        reportId: draft.id,
        narrative: 'Case managers enrolled 40 survivors this quarter.',
        spending: [{ budgetLine: 'Case managers', amount: { cents: '100000' } }],
        metricValues: [],
      },
    });
    const state = async () =>
      (
        await app.dataSource.query(
          `SELECT r.status, r.revision, (SELECT count(*)::int FROM audit_event WHERE entity_id = r.id::text AND action LIKE 'grantReport.submitted%') AS audited
             FROM grant_report r WHERE r.id = $1`,
          [draft.id],
        )
      )[0];
    const before = await state();

    // The submission changes the report's status, then waits to write its audit event: cut there.
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE audit_event IN SHARE MODE');
    const submission = partner.request(SUBMIT, { input: { reportId: draft.id } });
    const pid = await waitingBackend('audit_event');
    await app.dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
    const cut = await submission;
    await blocker.query('ROLLBACK');
    expect(cut.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await state()).toEqual(before);
    expect(before.status).toBe('DRAFT');

    // The partner submits again, without anyone restarting anything.
    const { submitGrantReport } = await partner.data<{ submitGrantReport: Report }>(SUBMIT, {
      input: { reportId: draft.id },
    });
    expect(submitGrantReport.status).toBe('SUBMITTED');
    expect((await state()).audited).toBe(1);
  });

  it('answers every request after all of its connections are killed at once, without a restart', async () => {
    const budgetBefore = await fund.budget();
    const [{ killed }] = await app.dataSource.query(
      `SELECT count(pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'braid' AND pid <> pg_backend_pid()`,
    );
    expect(killed).toBeGreaterThan(0);
    // pg_terminate_backend only signals: wait until the server processes are gone and their
    // sockets closed, as after a failover. The pool then drops the dead idle connections (a
    // request that picks one in the instant before gets INTERNAL_SERVER_ERROR) and opens new ones.
    await eventually(async () => {
      const [{ left }] = await app.dataSource.query(
        `SELECT count(*)::int AS left FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'braid' AND pid <> pg_backend_pid() AND backend_start < now() - interval '1 second'`,
      );
      return left === 0;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answers = await Promise.all(Array.from({ length: 10 }, () => fund.budget()));
    for (const budget of answers) expect(budget.fund).toEqual(budgetBefore.fund);
    const { releaseDisbursement } = await fund.admin.data<{ releaseDisbursement: { status: string } }>(
      RELEASE,
      {
        input: { disbursementId: grant.disbursements[2].id, idempotencyKey: releaseKey() },
      },
    );
    expect(releaseDisbursement.status).toBe('RELEASED');
  });
});
