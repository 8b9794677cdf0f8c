import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@braid/testing';
import type { TestProject } from 'vitest/node';
import { ARTIFACTS, CHROMIUM } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The API's BRAID_DATA_DIR: with no SMTP_URL its email is written as .eml files under `mail/`. */
    apiDataDir: string;
  }
}

const workspace = fileURLToPath(new URL('../../../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(baseUrl: string, api: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null)
      throw new Error(`The API exited with code ${api.exitCode}; see ${ARTIFACTS}/api.log`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `The API did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s; see ${ARTIFACTS}/api.log`,
  );
}

function stop(api: ChildProcess): Promise<void> {
  if (api.exitCode !== null || api.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => api.kill('SIGKILL'), 10_000);
    api.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    api.kill('SIGTERM');
  });
}

/**
 * Starts what the browser tests need and returns the teardown, which Vitest runs after the last
 * test whether tests passed or failed: the API is stopped and its database dropped.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser tests use Debian's Chromium and never ` +
        'download a browser: install it with `apt-get install -y chromium` (as root; .ci/run does this), ' +
        'or point CHROMIUM_PATH at another Chromium.',
    );
  }
  const main = `${workspace}dist/apps/api/main.js`;
  const webIndex = `${workspace}dist/apps/web/index.html`;
  for (const built of [main, webIndex]) {
    if (!existsSync(built))
      throw new Error(
        `${built} is missing: run \`npx nx run web-e2e:test\`, which builds api and web first.`,
      );
  }

  mkdirSync(ARTIFACTS, { recursive: true });
  const database: TestDatabase = await createTestDatabase('web_e2e');
  let api: ChildProcess | null = null;
  const teardown = async () => {
    if (api) await stop(api);
    await database.drop();
  };

  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const log = createWriteStream(`${ARTIFACTS}/api.log`);
    const apiDataDir = mkdtempSync(join(tmpdir(), 'braid-web-e2e-'));
    api = spawn(process.execPath, [main], {
      cwd: workspace,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        BRAID_DEMO: 'true',
        PORT: String(port),
        HOST: '127.0.0.1',
        BRAID_WEB_DIST: `${workspace}dist/apps/web`,
        BRAID_DATA_DIR: apiDataDir,
        // Links in email open this server, as the browser reaches it.
        BRAID_PUBLIC_URL: baseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.pipe(log);
    api.stderr?.pipe(log);
    await waitForHealth(baseUrl, api, 60_000);
    project.provide('baseUrl', baseUrl);
    project.provide('apiDataDir', apiDataDir);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
