import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server tests create their databases on (CI and developers: the local one). */
export const TEST_SERVER_URL = process.env['TEST_DATABASE_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${TEST_SERVER_URL}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database on the real PostgreSQL for one test suite, dropped afterwards; the
 * suite's app migrates it, so every suite also proves the migrations run on an empty database.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  const name = `braid_t_${slug}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: `${TEST_SERVER_URL}/${name}`,
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
