import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { startBuiltApi } from './load/api-process';

/**
 * What a phone downloads and waits for on its first visit, against the built API serving the
 * built web client (NODE_ENV=production, the demo collaborative): bytes over the wire per page,
 * and how long until the page's heading shows on Chromium DevTools' "Slow 4G" network profile.
 * `npm run bench` adds it to its report after the load runs; alone:
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/src/first-load.ts
 * `--api-main` and `--web-dist` point at another build, to measure an earlier version the same way.
 */

/** Chromium DevTools' "Slow 4G" preset (its network throttling presets, as Lighthouse's mobile run). */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};
const PHONE = { width: 360, height: 740 };
const RUNS = 3;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const DATABASE = 'braid_first_load';

interface Visit {
  /** From navigation to the page's h1 on screen. */
  headingMs: number;
  /** Everything transferred until the network was idle (compressed sizes, headers included). */
  totalBytes: number;
  scriptBytes: number;
  requests: number;
}

export interface FirstLoadRow {
  page: string;
  path: string;
  runs: Visit[];
}

async function visit(browser: Browser, url: string, heading: string | RegExp): Promise<Visit> {
  // A new context each time: an empty cache, as on a phone's first visit.
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'en-US',
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    const types = new Map<string, string>();
    let totalBytes = 0;
    let scriptBytes = 0;
    let requests = 0;
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      requests++;
      totalBytes += event.encodedDataLength;
      if (types.get(event.requestId) === 'Script') scriptBytes += event.encodedDataLength;
    });
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 120_000 });
    const headingMs = performance.now() - started;
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    return { headingMs, totalBytes, scriptBytes, requests };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kB = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function firstLoadMarkdown(rows: FirstLoadRow[], label: string): string {
  return [
    `## First load on a phone (${label})`,
    '',
    `Chromium ${PHONE.width}×${PHONE.height}, empty cache, DevTools "Slow 4G" (${SLOW_4G.latency} ms latency, ` +
      `${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down) set through CDP ` +
      '`Network.emulateNetworkConditions`; no CPU throttling. Median of ' +
      `${RUNS} visits; bytes as transferred (compressed), until the network is idle.`,
    '',
    '| page | path | heading shown | transferred | of which JavaScript | requests |',
    '|---|---|---:|---:|---:|---:|',
    ...rows
      .map((row) =>
        [
          row.page,
          `\`${row.path}\``,
          seconds(median(row.runs.map((run) => run.headingMs))),
          kB(median(row.runs.map((run) => run.totalBytes))),
          kB(median(row.runs.map((run) => run.scriptBytes))),
          median(row.runs.map((run) => run.requests)),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
    '',
  ].join('\n');
}

export interface FirstLoadOptions {
  apiMain: string;
  webDist: string;
  label: string;
}

export const FIRST_LOAD_DEFAULTS: FirstLoadOptions = {
  apiMain: resolve('dist/apps/api/main.js'),
  webDist: resolve('dist/apps/web'),
  label: 'this build',
};

/** Starts the built API with the demo on a database of its own, visits the pages, and drops it again. */
export async function measureFirstLoad(options: FirstLoadOptions = FIRST_LOAD_DEFAULTS): Promise<string> {
  const webDist = resolve(options.webDist);
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error(`${webDist} has no built client: run \`npx nx build web\` (npm run bench does)`);
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM} (apt-get install -y chromium, or CHROMIUM_PATH)`);

  const server = (process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432').replace(
    /\/$/,
    '',
  );
  const admin = new Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  let api: Awaited<ReturnType<typeof startBuiltApi>> | null = null;
  let browser: Browser | null = null;
  try {
    api = await startBuiltApi(`${server}/${DATABASE}`, null, {
      queryStats: false,
      webDist,
      demo: true,
      main: resolve(options.apiMain),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    const published = (await (
      await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ publishedCollaboratives { name slug } }' }),
      })
    ).json()) as { data?: { publishedCollaboratives: { name: string; slug: string }[] } };
    const collaborative = published.data?.publishedCollaboratives[0];
    if (!collaborative) throw new Error('The demo published no collaborative');
    const pages: { page: string; path: string; heading: string | RegExp }[] = [
      { page: 'sign-in', path: '/sign-in', heading: /sign in/i },
      {
        page: "a collaborative's public page",
        path: `/public/${collaborative.slug}`,
        heading: collaborative.name,
      },
    ];
    const rows: FirstLoadRow[] = [];
    for (const { page, path, heading } of pages) {
      const runs: Visit[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await visit(browser, `${api.baseUrl}${path}`, heading));
      rows.push({ page, path, runs });
    }
    return firstLoadMarkdown(rows, options.label);
  } finally {
    await browser?.close();
    await api?.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'api-main': { type: 'string', default: FIRST_LOAD_DEFAULTS.apiMain },
      'web-dist': { type: 'string', default: FIRST_LOAD_DEFAULTS.webDist },
      label: { type: 'string', default: FIRST_LOAD_DEFAULTS.label },
    },
  });
  const text = await measureFirstLoad({
    apiMain: values['api-main'],
    webDist: values['web-dist'],
    label: values.label,
  });
  const dir = join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 10)}-first-load.md`);
  writeFileSync(file, text);
  console.log(`\n${text}\nWritten to ${file}\n`);
}

// Run on its own (`node -r @swc-node/register bench/src/first-load.ts`); main.ts imports it.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
