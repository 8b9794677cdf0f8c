import { TestApp } from './test-app';

/**
 * Bookkeeping a request may write even when it is refused: the session's last use (sliding
 * expiry) and the sign-in limits' counters. Everything else must be untouched by a refusal.
 */
const BOOKKEEPING = new Set(['session', 'sign_in_limit', 'known_device', 'migrations']);

export type DbSnapshot = Record<string, { rows: number; hash: string }>;

let statement: string | null = null;

/**
 * Every table's row count and a hash of its whole content, in one statement: two snapshots are
 * equal only if not one row was added, removed or changed anywhere.
 */
export async function dbSnapshot(app: TestApp): Promise<DbSnapshot> {
  if (!statement) {
    const tables: { name: string }[] = await app.dataSource.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    statement = tables
      .filter((table) => !BOOKKEEPING.has(table.name))
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
      )
      .join(' UNION ALL ');
  }
  const rows: { name: string; rows: number; hash: string }[] = await app.dataSource.query(statement);
  return Object.fromEntries(rows.map((row) => [row.name, { rows: row.rows, hash: row.hash }]));
}

/** The tables whose content differs between two snapshots. */
export function changedTables(before: DbSnapshot, after: DbSnapshot): string[] {
  return Object.keys({ ...before, ...after }).filter(
    (name) => before[name]?.hash !== after[name]?.hash || before[name]?.rows !== after[name]?.rows,
  );
}
