import { isDeepStrictEqual } from 'node:util';
import { Client, Pool } from 'pg';
import { prng } from '../seed/seed';
import { ScaleName } from '../scale';
import { startBuiltApi } from './api-process';
import { driveApi, driveSql, RunStats } from './drive';
import { checkPlans, PlanCheck, startCapturingApi } from './explain';
import { buildFixture, Fixture } from './fixture';
import { graphql, mustQuery } from './http';
import { fixtureRef, Read, READS } from './reads';
import { nextBallot, releaseQueue, submissionQueue } from './writes';

export interface LoadOptions {
  databaseUrl: string;
  scale: ScaleName;
  seed: number;
  duration: number;
  connections: number;
  port: number | null;
  only: string | null;
}

export interface OperationResult {
  name: string;
  role: string;
  kind: 'read' | 'write';
  connections: number;
  api: RunStats;
  /** SQL statements per request: at page sizes 10 and 50 for lists, else one figure. */
  sqlPerRequest: { pageSize: number | null; count: number }[];
  sql?: RunStats;
  plan?: PlanCheck;
  note?: string;
}

export interface LoadReport {
  operations: OperationResult[];
  ledgerConsistent: boolean;
}

const SAMPLES = 3;
/**
 * Unmeasured writes sent to the timed API before a write's run (see warmUp). With 20, a release run
 * started on a fresh API measured a p50 of 6.3 ms where 200 gave 5.3 ms on the same machine: much
 * of the path still ran unoptimized. A small data set has 2,500 scheduled tranches; a whole run
 * takes 1,204 of them.
 */
const WARM_UP_WRITES = 200;
const PAGE_SIZES = [10, 50];

/**
 * The load test: plans first (the API in this process, its statements EXPLAINed), then the built
 * API in its own process driven over HTTP per operation, each read followed by its SQL twin at the
 * same concurrency, then the writes.
 */
export async function runLoad(options: LoadOptions, progress: (line: string) => void): Promise<LoadReport> {
  const db = new Client({ connectionString: options.databaseUrl, application_name: 'braid-bench' });
  await db.connect();
  const random = prng(options.seed);
  const operations: OperationResult[] = [];
  try {
    progress('starting the API in-process to sign in and capture the reads’ statements');
    const capturing = await startCapturingApi(options.databaseUrl);
    let fixture: Fixture;
    const plans = new Map<string, PlanCheck>();
    try {
      // Sessions live in the database: the people signed in here stay signed in for the built API.
      fixture = await buildFixture(capturing.baseUrl, db, options.scale);
      fixtureRef.current = fixture;
      for (const read of READS) {
        const request = read.next(random);
        const statements = await capturing.capture(() =>
          mustQuery(capturing.baseUrl, request.actor.cookie, read.query, request.variables),
        );
        plans.set(read.name, await checkPlans(db, statements));
      }
    } finally {
      await capturing.close();
    }

    progress('starting the built API (NODE_ENV=production), and a copy that counts SQL statements');
    const api = await startBuiltApi(options.databaseUrl, options.port, { queryStats: false });
    const counting = await startBuiltApi(options.databaseUrl, null, { queryStats: true });
    const pool = new Pool({
      connectionString: options.databaseUrl,
      max: options.connections,
      application_name: 'braid-bench-sql',
    });
    try {
      const wanted = (name: string) => !options.only || name.includes(options.only);
      for (const read of READS.filter((r) => wanted(r.name))) {
        progress(`${read.name}: checking the API's answers against SQL`);
        await checkSameAnswers(api.baseUrl, pool, read, random);
        const sqlPerRequest = await sampleQueryCounts(counting.baseUrl, read, random);
        progress(`${read.name}: API, ${options.connections} connections, ${options.duration} s`);
        const apiRun = () =>
          driveApi({
            baseUrl: api.baseUrl,
            connections: options.connections,
            duration: options.duration,
            next: () => {
              const request = read.next(random);
              return { cookie: request.actor.cookie, query: read.query, variables: request.variables };
            },
          });
        const sqlRun = (duration: number) =>
          driveSql({
            pool,
            connections: options.connections,
            duration,
            next: () => ({ text: read.sql, values: read.sqlParams(read.next(random)) }),
          });
        await driveApi({
          baseUrl: api.baseUrl,
          connections: options.connections,
          duration: 2,
          next: () => {
            const request = read.next(random);
            return { cookie: request.actor.cookie, query: read.query, variables: request.variables };
          },
        });
        const apiStats = await apiRun();
        progress(`${read.name}: raw SQL, ${options.connections} connections, ${options.duration} s`);
        await sqlRun(1);
        const sqlStats = await sqlRun(options.duration);
        operations.push({
          name: read.name,
          role: read.role,
          kind: 'read',
          connections: options.connections,
          api: apiStats,
          sql: sqlStats,
          sqlPerRequest,
          plan: plans.get(read.name),
        });
      }

      if (wanted('cast ballot')) {
        progress(`cast ballot: ${options.connections} connections, ${options.duration} s`);
        const ballotCounts = await sampleWrite(counting.baseUrl, () => nextBallot(fixture, random));
        // Ballots can be cast again and again: warmed up like the reads, for 2 s.
        await driveApi({
          baseUrl: api.baseUrl,
          connections: options.connections,
          duration: 2,
          next: () => nextBallot(fixture, random),
        });
        operations.push({
          name: 'cast ballot',
          role: 'MEMBER (seat holder)',
          kind: 'write',
          connections: options.connections,
          api: await driveApi({
            baseUrl: api.baseUrl,
            connections: options.connections,
            duration: options.duration,
            next: () => nextBallot(fixture, random),
          }),
          sqlPerRequest: ballotCounts,
          note: 'named ballots on open motions; a seat voting again changes its ballot',
        });
      }

      if (wanted('submit report')) {
        const count = Math.min(300, fixture.draftReports.length - SAMPLES - WARM_UP_WRITES);
        progress(`submit report: ${options.connections} connections, ${count} drafts`);
        const counts = await sampleWrite(counting.baseUrl, submissionQueue(fixture, SAMPLES).next);
        await warmUp(api.baseUrl, submissionQueue(fixture, WARM_UP_WRITES));
        const queue = submissionQueue(fixture, count);
        await warmSessions(api.baseUrl, queue);
        operations.push({
          name: 'submit report',
          role: 'PARTNER_CONTACT',
          kind: 'write',
          connections: options.connections,
          api: await driveApi({
            baseUrl: api.baseUrl,
            connections: options.connections,
            amount: queue.size,
            next: queue.next,
            check: (data) => {
              const status = (data as { submitGrantReport?: { status?: string } }).submitGrantReport?.status;
              return status === 'SUBMITTED' ? null : `report not submitted: ${status}`;
            },
          }),
          sqlPerRequest: counts,
          note: 'year-two drafts with every required section filled',
        });
      }

      const runId = `${Date.now().toString(36)}`;
      const releaseRuns = [
        { name: 'release tranche, no contention', connections: 1, amount: 200, interleaved: true },
        {
          name: 'release tranche, concurrent',
          connections: options.connections,
          amount: 600,
          interleaved: false,
        },
      ];
      for (const run of releaseRuns.filter((r) => wanted(r.name))) {
        progress(`${run.name}: ${run.connections} connection(s), ${run.amount} tranches`);
        const sample = releaseQueue(fixture, 2, true, `${runId}-sample`);
        const counts = await sampleWrite(counting.baseUrl, sample.next, 2);
        await warmUp(api.baseUrl, releaseQueue(fixture, WARM_UP_WRITES, true, `${runId}-warm-up`));
        const queue = releaseQueue(fixture, run.amount, run.interleaved, runId);
        await warmSessions(api.baseUrl, queue);
        const stats = await driveApi({
          baseUrl: api.baseUrl,
          connections: run.connections,
          amount: queue.size,
          next: queue.next,
          check: (data) => {
            const status = (data as { releaseDisbursement?: { status?: string } }).releaseDisbursement
              ?.status;
            return status === 'RELEASED' ? null : `tranche not released: ${status}`;
          },
        });
        operations.push({
          name: run.name,
          role: 'FUND_ADMINISTRATOR',
          kind: 'write',
          connections: run.connections,
          api: stats,
          sqlPerRequest: counts,
          note: run.interleaved
            ? 'one release at a time, each in another collaborative'
            : 'releases of one fund at once: they queue on the stream’s cash account lock',
        });
      }
    } finally {
      await pool.end();
      await Promise.all([api.stop(), counting.stop()]);
    }
    return { operations, ledgerConsistent: await ledgerConsistent(db) };
  } finally {
    await db.end();
  }
}

/** The API and the SQL twin must give the same answer, for several people and records; the bench fails otherwise. */
async function checkSameAnswers(
  baseUrl: string,
  pool: Pool,
  read: Read,
  random: () => number,
): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const request = read.next(random);
    const { data } = await mustQuery(baseUrl, request.actor.cookie, read.query, request.variables);
    const fromApi = read.fromApi(data);
    const { rows } = await pool.query(read.sql, read.sqlParams(request));
    const fromSql = (rows[0] as { answer: unknown }).answer;
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(fromApi)), fromSql)) {
      throw new Error(
        `${read.name}: the API and the SQL twin disagree for ${JSON.stringify(request.variables)}\n` +
          `API: ${JSON.stringify(fromApi).slice(0, 2000)}\nSQL: ${JSON.stringify(fromSql).slice(0, 2000)}`,
      );
    }
    if (Array.isArray(fromSql) && fromSql.length === 0)
      throw new Error(`${read.name}: an empty answer proves nothing`);
  }
}

/**
 * The statements a request of an already known session runs (a session's first request reads who
 * is behind it: three more). Sent after a `me` with the same cookie, which makes it known.
 */
async function warm(baseUrl: string, cookie: string): Promise<void> {
  await mustQuery(baseUrl, cookie, `{ me { id } }`, {});
}

/** SQL statements per request, read from the response header; lists at two page sizes (no N+1: equal counts). */
async function sampleQueryCounts(baseUrl: string, read: Read, random: () => number) {
  const sizes = read.pageSizeVariable ? PAGE_SIZES : [null];
  const counts: { pageSize: number | null; count: number }[] = [];
  for (const size of sizes) {
    let most = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const request = read.next(random, size ?? undefined);
      await warm(baseUrl, request.actor.cookie);
      const result = await mustQuery(baseUrl, request.actor.cookie, read.query, request.variables);
      if (result.sqlQueries === null)
        throw new Error('The API does not report SQL statements (BRAID_QUERY_STATS)');
      most = Math.max(most, result.sqlQueries);
    }
    counts.push({ pageSize: size, count: most });
  }
  return counts;
}

type WriteRequest = () => { cookie: string; query: string; variables: Record<string, unknown> };

async function sampleWrite(baseUrl: string, next: WriteRequest, samples = SAMPLES) {
  return [{ pageSize: null, count: await sendWrites(baseUrl, next, samples) }];
}

/**
 * Writes one at a time, each from a session the API already knows (a `me` first); any GraphQL
 * error stops the bench. Answers the most SQL statements one of them ran (when the API counts).
 */
async function sendWrites(baseUrl: string, next: WriteRequest, count: number): Promise<number> {
  let most = 0;
  for (let i = 0; i < count; i++) {
    const request = next();
    await warm(baseUrl, request.cookie);
    const result = await graphql(baseUrl, request.cookie, request.query, request.variables);
    if (result.errors?.length)
      throw new Error(`Write failed before the load: ${JSON.stringify(result.errors)}`);
    most = Math.max(most, result.sqlQueries ?? 0);
  }
  return most;
}

/**
 * A write that cannot be repeated runs a few hundred times only, so the timed API's first requests
 * (code not yet optimized by the JIT, a session seen for the first time) would be a large part of
 * its tail. A server that has been up a while has paid them: pay them before the clock starts, as
 * the reads' 2 s warm-up does. These requests are not measured.
 */
async function warmUp(baseUrl: string, queue: { size: number; next: WriteRequest }): Promise<void> {
  await sendWrites(baseUrl, queue.next, queue.size);
}

/** Every session a run will use, already known to the API (its first request reads who is behind it). */
async function warmSessions(baseUrl: string, queue: { size: number; next: WriteRequest }): Promise<void> {
  const cookies = new Set<string>();
  // `next` cycles through the queue, so `size` calls see each request once and leave it at the start.
  for (let i = 0; i < queue.size; i++) cookies.add(queue.next().cookie);
  for (const cookie of cookies) await warm(baseUrl, cookie);
}

async function ledgerConsistent(db: Client): Promise<boolean> {
  const { rows } = await db.query(`
    SELECT NOT EXISTS (SELECT 1 FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_cents) <> 0)
       AND NOT EXISTS (SELECT 1 FROM ledger_account AS a
                        WHERE a.balance_cents <> coalesce((SELECT sum(amount_cents) FROM ledger_entry WHERE account_id = a.id), 0))
       AS consistent`);
  return (rows[0] as { consistent: boolean }).consistent;
}
