import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface ApiProcess {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Node's flags for the API, as README ("Configuration") gives them for production: a larger young
 * generation, since a GraphQL request allocates many short-lived objects (bench/: a third more
 * reads per second than Node's default 16 MB semi-space).
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=32'];

/**
 * The built API (`nx build api`), in its own process as in production: NODE_ENV=production, no
 * demo data and no web client unless asked for. With `queryStats` each response reports its SQL statements; that
 * counting keeps an AsyncLocalStorage across every promise, which production does not pay, so
 * the timed runs use a process without it.
 */
export async function startBuiltApi(
  databaseUrl: string,
  requestedPort: number | null,
  {
    queryStats,
    webDist = '',
    demo = false,
    main = resolve('dist/apps/api/main.js'),
    env = {},
  }: {
    queryStats: boolean;
    /** The built web client to serve (first-load.ts); none for the load runs. */
    webDist?: string;
    /** The demo collaborative (first-load.ts opens its public page). */
    demo?: boolean;
    /** Another build of the API (first-load.ts measuring an earlier version). */
    main?: string;
    /** More settings for this process (fanout.ts: notifying off, a worker, an SMTP server). */
    env?: Record<string, string>;
  },
): Promise<ApiProcess> {
  // Someone else's server on the port would answer the health check in our API's place.
  const port = await freePort(requestedPort);
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npx nx build api\` (npm run bench does)`);
  // BENCH_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the API under load.
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...API_NODE_FLAGS, ...nodeArgs, main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      BRAID_DEMO: String(demo),
      BRAID_WEB_DIST: webDist,
      BRAID_QUERY_STATS: queryStats ? '1' : '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API stopped while starting:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer on ${baseUrl} within 60 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

/** The requested port if nothing listens on it (else an error), or any free port. */
function freePort(requested: number | null): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', () =>
      fail(new Error(`Port ${requested} is in use: choose another with --port, or leave it out`)),
    );
    probe.listen(requested ?? 0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
