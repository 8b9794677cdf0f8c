import { Client } from 'pg';
import { DatabaseClient } from './database-client';

/**
 * How many statements one connection prepares at most; later ones go unnamed, as without this
 * client. Braid's hot paths send a few dozen distinct statements (`IN ($1, …, $n)` lists add one
 * per list length), and each prepared statement holds some server memory for the connection's life.
 */
export const PREPARED_STATEMENTS_PER_CONNECTION = 200;

/**
 * Connections are closed after this many checkouts from the pool, so that a connection's prepared
 * statements follow what is sent now rather than what was sent first. At a thousand requests a
 * second a connection lives for minutes; opening one costs a few milliseconds.
 */
export const CONNECTION_MAX_USES = 10_000;

/**
 * A pg client that sends each parameterized statement as a named prepared statement, parsed once
 * per connection. TypeORM sends every statement unnamed, so PostgreSQL parsed and planned it anew
 * each time: 0.1 to 0.4 ms per statement, a third of a release's time inside PostgreSQL (bench/).
 * A named statement skips the parse, and after five runs PostgreSQL keeps a generic plan when it
 * costs no more than the custom ones (plan_cache_mode = auto).
 *
 * Statements without parameters (BEGIN, COMMIT, SET, DDL) go unnamed, as before. Nothing is ever
 * deallocated: that would mean queuing a statement behind the caller's, which pg deprecates. The
 * limit bounds a connection's statements, and the pool's `maxUses` (CONNECTION_MAX_USES) renews them.
 *
 * Behind a pooler that does not keep prepared statements across transactions (PgBouncer's
 * transaction mode before 1.21), set BRAID_DB_PREPARED_STATEMENTS=0 (README).
 */
export function preparingClient(limit: number = PREPARED_STATEMENTS_PER_CONNECTION): typeof Client {
  // 0 turns it off; so does a limit that is not a number, rather than preparing without bound.
  // Either way the client is a DatabaseClient: a lost connection never ends the process.
  if (!(limit > 0)) return DatabaseClient;
  const query = Client.prototype.query as (this: Client, ...args: unknown[]) => never;
  return class PreparingClient extends DatabaseClient {
    /** Statement text → its name on this connection. */
    private readonly prepared = new Map<string, string>();

    // pg's query() has a dozen overloads; only (text, values[, callback]) is rewritten.
    override query(...args: unknown[]): never {
      const [text, values, callback] = args;
      if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0)
        return query.apply(this, args);
      let name = this.prepared.get(text);
      if (name === undefined) {
        if (this.prepared.size >= limit) return query.apply(this, args);
        name = `braid_${this.prepared.size + 1}`;
        this.prepared.set(text, name);
      }
      return query.call(this, { name, text }, values, callback);
    }
  } as unknown as typeof Client;
}
