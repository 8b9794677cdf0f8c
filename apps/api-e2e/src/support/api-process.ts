import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../../..');

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** Builds the API bundle (`dist/apps/api/main.js`, as `npm start` runs it); Nx's cache makes a repeat cheap. */
export function buildApi(): void {
  execFileSync(resolve(ROOT, 'node_modules/.bin/nx'), ['build', 'api', '--outputStyle=static'], {
    cwd: ROOT,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: 'pipe',
  });
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
}

/**
 * The API as its own process (as in production), on the test's database: from the sources, or
 * `built` from the bundle `npm start` runs. A crash in it ends the process, where in Jest's own
 * process an unhandled 'error' event could go unnoticed.
 */
export async function startApiProcess(
  databaseUrl: string,
  port: number,
  options: { built?: boolean; env?: Record<string, string> } = {},
): Promise<ApiProcess> {
  const entry = options.built
    ? ['dist/apps/api/main.js']
    : ['-r', '@swc-node/register', 'apps/api/src/main.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BRAID_DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      BRAID_WEB_DIST: '',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      ...options.env,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not start:\n${output}`);
}
