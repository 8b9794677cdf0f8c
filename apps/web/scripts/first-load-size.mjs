#!/usr/bin/env node
/**
 * How much JavaScript a phone downloads before a page shows, gzipped: the shell (the entry and
 * everything it imports statically) plus the code of the first page a person opens. Reads Vite's
 * manifest of the last `nx run web:build`. Run: `npx nx run web:size`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist/apps/web';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

/** A chunk and every chunk it imports statically: what the browser must fetch before running it. */
function closure(key, into = new Set()) {
  if (into.has(key)) return into;
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
const journeys = {
  'signed out, opening /sign-in': ['src/pages/sign-in/SignInPage.tsx'],
  'signed in, opening / (home → my collaborative)': [
    'src/pages/home/HomePage.tsx',
    'src/pages/my-collaborative/MyCollaborativePage.tsx',
  ],
  'opening an invitation link': ['src/pages/accept-invitation/AcceptInvitationPage.tsx'],
};

console.log(`shell (entry + static imports): ${kB(gzipped(shell))} gzipped JS`);
for (const [journey, pages] of Object.entries(journeys)) {
  const keys = new Set(shell);
  for (const page of pages) {
    if (!manifest[page])
      throw new Error(`${page} is not a chunk of the build: update scripts/first-load-size.mjs`);
    closure(page, keys);
  }
  console.log(`first load, ${journey}: ${kB(gzipped(keys))} gzipped JS`);
}
