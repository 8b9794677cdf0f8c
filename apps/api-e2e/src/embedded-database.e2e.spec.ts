import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

function freePort(): Promise<number> {
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

interface Started {
  process: ChildProcess;
  output: () => string;
}

/** Starts Braid exactly as `npm run dev` would, with no DATABASE_URL: the embedded default. */
async function startBraid(dataDir: string, port: number): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BRAID_DATA_DIR: dataDir,
    PORT: String(port),
    SWC_NODE_PROJECT: 'tsconfig.base.json',
  };
  delete env['DATABASE_URL'];
  delete env['BRAID_DEMO'];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Braid exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return { process: child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`Braid did not start:\n${output}`);
}

async function signInAndReadCollaborative(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(input: { email: "chair@demo.braid.example", password: "braid-demo-2026" }) { user { displayName } } }`,
    }),
  });
  const cookie = response.headers.getSetCookie()[0].split(';')[0];
  const mine = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: `{ myCollaboratives { name seats { sector } } }` }),
  });
  const body = (await mine.json()) as {
    data: { myCollaboratives: { name: string; seats: { sector: string }[] }[] };
  };
  const [collaborative] = body.data.myCollaboratives;
  expect(new Set(collaborative.seats.map((seat) => seat.sector))).toEqual(
    new Set(['HEALTH_PLAN', 'HEALTH_SYSTEM', 'GOVERNMENT', 'EDUCATION', 'COMMUNITY_ORG', 'RESIDENT']),
  );
  return collaborative.name;
}

function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('The embedded database (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'braid-embedded-'));
  let running: Started | null = null;

  afterAll(() => {
    running?.process.kill('SIGKILL');
    const pid = postmasterPid(dataDir);
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts PostgreSQL, migrates, seeds the demo story, survives kill -9 and stops with the app', async () => {
    const port = await freePort();
    running = await startBraid(dataDir, port);
    expect(running.output()).toMatch(/Demo sign-ins \(password for all: braid-demo-2026\)/);
    expect(await signInAndReadCollaborative(port)).toBe('Healing South Stockton');

    // An unclean stop: the app dies, its PostgreSQL lives on with its postmaster.pid.
    const orphan = postmasterPid(dataDir);
    expect(orphan).not.toBeNull();
    running.process.kill('SIGKILL');
    await new Promise((r) => running?.process.once('exit', r));
    expect(alive(orphan as number)).toBe(true);

    running = await startBraid(dataDir, port);
    expect(alive(orphan as number)).toBe(false);
    expect(running.output()).not.toMatch(/Demo data written/); // the data survived; nothing re-seeded
    expect(await signInAndReadCollaborative(port)).toBe('Healing South Stockton');

    // A clean stop takes PostgreSQL down with it.
    const server = postmasterPid(dataDir) as number;
    running.process.kill('SIGTERM');
    const stopping = running;
    const code = await new Promise<number | null>((r) => stopping.process.once('exit', r));
    running = null;
    // The output's end says why, when a stop is not clean.
    expect({ code, output: code === 0 ? '' : stopping.output().slice(-4000) }).toEqual({ code: 0, output: '' });
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(server)).toBe(false);
    expect(postmasterPid(dataDir)).toBeNull();
  }, 240_000);
});
