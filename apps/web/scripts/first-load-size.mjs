#!/usr/bin/env node
/**
 * How much JavaScript a phone downloads before a page shows, gzipped: the shell (the entry and
 * everything it imports statically), the shell's catalogue of the language shown, plus the code of
 * the first page a person opens and its area's catalogue (i18n/catalogues.ts). Reads Vite's manifest of the last `nx run web:build`.
 * Run: `npx nx run web:size`. It fails when the shell with its language, or any first load below,
 * passes the budget, and when the public page would load the chart library before drawing a chart.
 * Code fetched only once the page is shown and the browser is idle (ui/deferred.tsx, the account
 * menu, the notice host) is not part of a first load and is not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What every first load carries before any page's own code, at most (kB gzipped). */
const SHELL_BUDGET_KB = 250;
/** What a first load carries with the page's own code, at most (kB gzipped): issue 18, item 16. */
const PAGE_BUDGET_KB = 250;

const dist = process.argv[2] ?? 'dist/apps/web';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

/** A chunk and every chunk it imports statically: what the browser must fetch before running it. */
function closure(key, into = new Set()) {
  if (into.has(key)) return into;
  if (!manifest[key])
    throw new Error(`${key} is not a chunk of the build: update scripts/first-load-size.mjs`);
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, into);
  return into;
}

const gzipped = (keys) =>
  [...keys].reduce(
    (total, key) => total + gzipSync(readFileSync(join(dist, manifest[key].file)), { level: 9 }).length,
    0,
  );
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const shell = closure('index.html');
/** An area's catalogue in the larger of its two languages (the languages' sizes differ a little). */
const catalogue = (area) =>
  ['en', 'es']
    .map((language) => `src/i18n/messages/${area}.${language}.ts`)
    .toSorted((a, b) => gzipped(closure(b)) - gzipped(closure(a)))[0];
// The shell's words come with the first page (main.tsx asks for them in the first language).
const language = catalogue('shell');
const first = closure(language, new Set(shell));
const journeys = {
  'signed out, opening /sign-in': ['src/pages/sign-in/SignInPage.tsx', catalogue('access')],
  'signed in, opening / (home → my collaborative)': [
    'src/pages/home/HomePage.tsx',
    'src/pages/my-collaborative/MyCollaborativePage.tsx',
    catalogue('overview'),
    // Not the account menu: app/Layout.tsx fetches it once the page is shown and the browser is idle.
  ],
  'opening an invitation link': ['src/pages/accept-invitation/AcceptInvitationPage.tsx', catalogue('access')],
  "opening a collaborative's public page": [
    'src/pages/transparency/TransparencyPage.tsx',
    catalogue('public'),
  ],
};

const failures = [];
const shellSize = gzipped(first);
console.log(`shell (entry + static imports): ${kB(gzipped(shell))} gzipped JS`);
console.log(
  `shell catalogue: ${kB(gzipped(closure('src/i18n/messages/shell.en.ts')))} English, ${kB(gzipped(closure('src/i18n/messages/shell.es.ts')))} Spanish`,
);
console.log(`shell + the larger language: ${kB(shellSize)} gzipped JS (budget ${SHELL_BUDGET_KB} kB)`);
if (shellSize > SHELL_BUDGET_KB * 1024) {
  failures.push(`the shell with its language is ${kB(shellSize)}, over the ${SHELL_BUDGET_KB} kB budget`);
}
for (const [journey, pages] of Object.entries(journeys)) {
  const keys = new Set(first);
  for (const page of pages) closure(page, keys);
  const size = gzipped(keys);
  console.log(`first load, ${journey}: ${kB(size)} gzipped JS (budget ${PAGE_BUDGET_KB} kB)`);
  if (size > PAGE_BUDGET_KB * 1024) {
    failures.push(`the first load ${journey} is ${kB(size)}, over the ${PAGE_BUDGET_KB} kB budget`);
  }
}

// The public page draws its charts from a chunk fetched when a chart renders (pages/funds/lazy-charts.tsx).
const charts = 'src/pages/funds/chart-drawings.tsx';
if (!manifest[charts]) failures.push(`${charts} is not a chunk of its own: the charts are no longer lazy`);
else if (closure('src/pages/transparency/TransparencyPage.tsx').has(charts)) {
  failures.push('the public page loads the chart library before it draws a chart');
}

if (failures.length) {
  for (const failure of failures) console.error(`web:size: ${failure}`);
  process.exit(1);
}
