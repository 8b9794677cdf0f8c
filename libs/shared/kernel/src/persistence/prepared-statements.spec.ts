import { createTestDatabase, TestDatabase } from '@braid/testing';
import { Client, Pool } from 'pg';
import { DatabaseClient } from './database-client';
import { preparingClient } from './prepared-statements';

/** The statements this connection holds prepared, as the server sees them. */
async function serverStatements(client: Client): Promise<{ name: string; statement: string }[]> {
  const { rows } = await client.query<{ name: string; statement: string }>(
    'SELECT name, statement FROM pg_prepared_statements ORDER BY name',
  );
  return rows;
}

describe('preparingClient (real PostgreSQL)', () => {
  let database: TestDatabase;
  const open: Client[] = [];

  async function connect(limit?: number): Promise<Client> {
    const PreparingClient = preparingClient(limit);
    const client = new PreparingClient({ connectionString: database.url });
    await client.connect();
    open.push(client);
    return client;
  }

  beforeAll(async () => {
    database = await createTestDatabase('prepared statements');
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((client) => client.end()));
  });

  afterAll(async () => {
    await database.drop();
  });

  it('parses a parameterized statement once per connection and answers every run', async () => {
    const client = await connect();
    const sums = [];
    for (let n = 0; n < 7; n++) sums.push((await client.query('SELECT $1::int + 1 AS sum', [n])).rows[0].sum);
    expect(sums).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const prepared = await serverStatements(client);
    expect(prepared).toEqual([{ name: 'braid_1', statement: 'SELECT $1::int + 1 AS sum' }]);
  });

  it('sends statements without parameters unnamed, as pg does', async () => {
    const client = await connect();
    await client.query('SELECT 1');
    await client.query('SELECT 3', []);
    await client.query({ text: 'SELECT 2' });
    expect(await serverStatements(client)).toEqual([]);
  });

  it('prepares at most `limit` statements on a connection and sends the rest unnamed', async () => {
    const client = await connect(2);
    for (const column of ['a', 'b', 'c', 'a', 'c'])
      expect((await client.query(`SELECT $1::int AS ${column}`, [7])).rows).toEqual([{ [column]: 7 }]);
    expect(await serverStatements(client)).toEqual([
      { name: 'braid_1', statement: 'SELECT $1::int AS a' },
      { name: 'braid_2', statement: 'SELECT $1::int AS b' },
    ]);
  });

  it('parses again a statement whose first parse failed in an aborted transaction', async () => {
    const client = await connect();
    await client.query('BEGIN');
    await expect(client.query('SELECT 1 / $1::int AS q', [0])).rejects.toThrow(/division by zero/);
    await expect(client.query('SELECT $1::int AS later', [1])).rejects.toThrow(/aborted/);
    await client.query('ROLLBACK');
    expect((await client.query('SELECT $1::int AS later', [5])).rows).toEqual([{ later: 5 }]);
    expect((await client.query('SELECT 1 / $1::int AS q', [1])).rows).toEqual([{ q: 1 }]);
    expect((await serverStatements(client)).map((s) => s.name)).toEqual(['braid_1', 'braid_2']);
  });

  it('reports a bad statement as pg would, and the connection stays usable', async () => {
    const client = await connect();
    await expect(client.query('SELECT nope FROM $1', [1])).rejects.toMatchObject({ code: '42601' });
    expect((await client.query('SELECT $1::int AS ok', [1])).rows).toEqual([{ ok: 1 }]);
  });

  it('serves a pool given as `Client`, as TypeORM passes it through `extra`', async () => {
    const pool = new Pool({ connectionString: database.url, max: 2, Client: preparingClient() });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, n) => pool.query('SELECT $1::int * 2 AS twice', [n])),
      );
      expect(answers.map((a) => a.rows[0].twice)).toEqual(Array.from({ length: 20 }, (_, n) => n * 2));
      const { rows } = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1',
        ['SELECT $1::int * 2 AS twice'],
      );
      expect(rows[0].n).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('is plain pg (with an error listener) with a limit of 0, or one that is not a number', () => {
    expect(preparingClient(0)).toBe(DatabaseClient);
    expect(preparingClient(Number('two hundred'))).toBe(DatabaseClient);
  });

  it('survives its connection being terminated while it holds no query: the next query fails, nothing throws', async () => {
    const client = await connect();
    // Without a listener of Braid's own, pg's 'error' here would throw and end the process.
    expect(client.listenerCount('error')).toBe(1);
    const {
      rows: [{ pid }],
    } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    // Listen before the kill: the connection may end before pg_terminate_backend's own answer arrives.
    const ended = new Promise((resolve) => client.once('end', resolve));
    const killer = await connect();
    await killer.query('SELECT pg_terminate_backend($1)', [pid]);
    await ended;
    await expect(client.query('SELECT $1::int AS n', [1])).rejects.toThrow(/not queryable|terminated/);
  });
});
