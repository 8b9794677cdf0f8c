import { Logger } from '@nestjs/common';
import { Client, ClientConfig, Pool, PoolConfig } from 'pg';

const logger = new Logger('Database');

/**
 * A pg client that always has an 'error' listener, so losing its connection (a database restart,
 * a failover, pg_terminate_backend) can never end the process.
 *
 * pg emits 'error' on a client whose connection dies while no query is running, and an
 * EventEmitter with no 'error' listener throws, which kills Node. pg-pool listens while a client
 * is idle and TypeORM while a query runner holds it, but there is a gap between the two: pg-pool
 * hands a freshly opened connection to its waiter from inside the socket handler that read the
 * server's ReadyForQuery, and TypeORM attaches its listener a few microtasks later. When the
 * server's "terminating connection" (57P01) arrives in the same TCP read (the backend was killed
 * while it started up, which repeated kills under load produce), it is emitted right away with no
 * listener at all: `Unhandled 'error' event` on the API process, found by
 * apps/api-e2e/src/reliability/connection-kills.e2e.spec.ts.
 *
 * With this listener the client only turns unqueryable: the request that holds it gets a query
 * error, and the pool drops it on release (`_queryable` is false) and opens a new one.
 */
export class DatabaseClient extends Client {
  private lossReported = false;

  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => {
      // 'error' is often followed by a second one ("Connection terminated unexpectedly").
      if (this.lossReported) return;
      this.lossReported = true;
      logger.warn(`A database connection was lost: ${error.message}`);
    });
  }
}

/**
 * A pool of DatabaseClients for work kept apart from the app's TypeORM pool (the sign-in limits).
 * pg-pool re-emits an idle client's error on the pool, where it would be just as fatal unheard;
 * the client's own listener has already logged it.
 */
export function databasePool(config: PoolConfig): Pool {
  const pool = new Pool({ ...config, Client: DatabaseClient });
  pool.on('error', () => undefined);
  return pool;
}
