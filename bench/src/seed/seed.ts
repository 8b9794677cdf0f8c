import { dataSourceOptions } from '@braid/api';
import { PasswordHasher } from '@braid/identity';
import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BENCH_PASSWORD, COLLABORATIVES, expectedCounts, ScaleName } from '../scale';
import { sessionFunctions, TENANT_STEPS, TenantValues } from './tenant.sql';

export interface SeedOptions {
  /** The server, without a database: postgres://user@host:port */
  serverUrl: string;
  database: string;
  scale: ScaleName;
  seed: number;
  /** Keep the collaboratives already written and add the missing ones. */
  resume: boolean;
}

export interface SeedReport {
  seconds: number;
  counts: Record<string, number>;
}

const FIRST_NAMES = [
  'Ana',
  'Luis',
  'Maria',
  'James',
  'Keisha',
  'Tran',
  'Rosa',
  'David',
  'Imani',
  'Jorge',
  'Linh',
  'Sam',
  'Grace',
  'Omar',
  'Paz',
  'Chris',
];
const LAST_NAMES = [
  'Garcia',
  'Nguyen',
  'Johnson',
  'Lopez',
  'Smith',
  'Reyes',
  'Williams',
  'Patel',
  'Singh',
  'Brown',
  'Hernandez',
  'Lee',
  'Cruz',
  'Davis',
];
const PLACES = [
  'Stockton',
  'Lodi',
  'Manteca',
  'Tracy',
  'Modesto',
  'Fresno',
  'Merced',
  'Turlock',
  'Visalia',
  'Madera',
  'Sacramento',
  'Oakland',
];

/** A small seeded generator (mulberry32) for the per-collaborative names chosen in JavaScript. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const databaseUrl = (options: Pick<SeedOptions, 'serverUrl' | 'database'>) =>
  `${options.serverUrl}/${options.database}`;

/**
 * Fills `options.database` with the benchmark data set: a fresh database (or, with `resume`, the
 * one there), Braid's real migrations, then one transaction per collaborative, so an interrupted
 * run keeps every collaborative it finished and `--resume` writes only the rest.
 */
export async function seed(options: SeedOptions): Promise<SeedReport> {
  const started = Date.now();
  const collaboratives = COLLABORATIVES[options.scale];
  if (!/^[a-z_][a-z0-9_]*$/.test(options.database))
    throw new Error(`Unusable database name ${options.database}`);
  const label = JSON.stringify({ seed: options.seed });
  if (!options.resume) await recreateDatabase(options);
  await migrate(databaseUrl(options));

  const client = new Client({ connectionString: databaseUrl(options), application_name: 'braid-bench-seed' });
  await client.connect();
  try {
    const [{ comment }] = (
      await client.query(
        `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
        [options.database],
      )
    ).rows as { comment: string | null }[];
    if (comment && comment !== label)
      throw new Error(
        `${options.database} was seeded with ${comment}; resume needs the same seed, or drop --resume`,
      );
    await client.query(`COMMENT ON DATABASE ${options.database} IS '${label}'`);
    for (const statement of sessionFunctions(options.seed)) await client.query(statement);

    const done = new Set(
      (await client.query(`SELECT slug FROM collaborative WHERE slug LIKE 'bench-%'`)).rows.map(
        (row: { slug: string }) => row.slug,
      ),
    );
    const passwordHash = await new PasswordHasher().hash(BENCH_PASSWORD);
    const bar = new SingleBar({
      format: 'seed {bar} {value}/{total} collaboratives | {step} | {duration}s, ETA {eta}s',
      hideCursor: true,
      // Without a terminal (CI, a log file), print the bar every 10 s instead of redrawing it.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    });
    bar.start(collaboratives, done.size, { step: done.size ? `resuming after ${done.size}` : 'starting' });
    for (let c = 1; c <= collaboratives; c++) {
      if (done.has(`bench-${String(c).padStart(4, '0')}`)) continue;
      const random = prng(options.seed * 100_003 + c);
      const place = PLACES[Math.floor(random() * PLACES.length)];
      const values: TenantValues = {
        name: `${place} Community Health Collaborative ${c}`,
        region: `${place}, California`,
        passwordHash,
        firstNames: FIRST_NAMES,
        lastNames: LAST_NAMES,
      };
      await client.query('BEGIN');
      try {
        // Durability of a throwaway data set is not worth a disk flush per collaborative.
        await client.query('SET LOCAL synchronous_commit = off');
        for (const step of TENANT_STEPS) {
          bar.update({ step: `${c}: ${step.name}` });
          await client.query(step.sql, [c, ...(step.params?.(values) ?? [])]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        bar.stop();
        throw error;
      }
      bar.increment();
    }
    // Each posting moved its accounts' balances (ledger_entry_apply), and reports were written as
    // drafts, then submitted and reviewed, all in one transaction per collaborative, where no old
    // row version can be pruned. ledger_account came out ten times its size (19 MB for 2 MB of rows
    // at small scale) and every budget read the dead versions. A fund running for years has
    // autovacuum and HOT updates keeping its accounts compact: compact them too before measuring.
    bar.update({ step: 'compact rewritten tables' });
    await client.query('VACUUM (FULL, ANALYZE) ledger_account, grant_report');
    bar.update({ step: 'vacuum analyze' });
    await client.query('VACUUM ANALYZE');
    bar.stop();

    const counts = await countRows(client);
    const expected = expectedCounts(collaboratives);
    const wrong = Object.entries(expected).filter(([table, n]) => counts[table] !== n);
    if (wrong.length)
      throw new Error(
        `Seeded counts differ: ${wrong.map(([t, n]) => `${t} ${counts[t]} (expected ${n})`).join(', ')}`,
      );
    await checkLedger(client);
    return { seconds: (Date.now() - started) / 1000, counts };
  } finally {
    await client.end();
  }
}

async function recreateDatabase(options: SeedOptions): Promise<void> {
  const admin = new Client({ connectionString: `${options.serverUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${options.database}`);
  } finally {
    await admin.end();
  }
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export async function countRows(client: Client): Promise<Record<string, number>> {
  const tables = [
    'collaborative',
    'user_account',
    'seat',
    'grant_award',
    'disbursement',
    'ledger_transaction',
    'ledger_entry',
    'motion',
    'ballot',
    'tally',
    'contribution',
    'grant_report',
  ];
  const { rows } = await client.query(
    `SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return rows[0] as Record<string, number>;
}

/** The checks the funds e2e suites end with: the ledger balances, and maintained balances equal postings. */
async function checkLedger(client: Client): Promise<void> {
  const { rows } = await client.query(`
    SELECT (SELECT count(*) FROM (SELECT currency FROM ledger_entry GROUP BY currency HAVING sum(amount_cents) <> 0) AS t)::int AS unbalanced_currencies,
           (SELECT count(*) FROM ledger_account AS a
             WHERE a.balance_cents <> coalesce((SELECT sum(amount_cents) FROM ledger_entry WHERE account_id = a.id), 0))::int AS wrong_balances,
           (SELECT count(*) FROM ledger_account WHERE kind = 'STREAM_CASH' AND balance_cents < 0)::int AS negative_cash`);
  const [check] = rows as { unbalanced_currencies: number; wrong_balances: number; negative_cash: number }[];
  if (check.unbalanced_currencies || check.wrong_balances || check.negative_cash)
    throw new Error(`The seeded ledger is inconsistent: ${JSON.stringify(check)}`);
}
