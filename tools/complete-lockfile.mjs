#!/usr/bin/env node
// npm records in package-lock.json only the optional platform binaries (esbuild-, swc-, sass-
// style packages) that the registry served at install time. This registry mirrors only some
// platforms' versions, so the lock misses the others and `npm ci` then refuses with "Missing: ...
// from lock file". This adds the missing entries with their `os`/`cpu`/`libc` constraints; npm ci
// skips them on every other platform without fetching them. Run it after `npm install`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

function field(spec, name) {
  try {
    const out = execFileSync('npm', ['view', spec, name, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim() ? JSON.parse(out) : undefined;
  } catch {
    return undefined;
  }
}

function platformOf(name, version) {
  // Any published version carries the same platform fields; prefer the exact one.
  for (const spec of [`${name}@${version}`, name]) {
    const platform = { os: field(spec, 'os'), cpu: field(spec, 'cpu'), libc: field(spec, 'libc') };
    if (platform.os || platform.cpu) return platform;
  }
  return null;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[base] || packages[`node_modules/${name}`]) continue;
    const version = range.replace(/^[\^~=]/, '');
    const platform = platformOf(name, version);
    if (!platform || (!platform.os && !platform.cpu)) {
      console.warn(`skipped ${name}@${range}: no platform information (it would then be installed everywhere)`);
      continue;
    }
    packages[`node_modules/${name}`] = {
      version,
      dev: meta.dev || undefined,
      optional: true,
      ...(platform.os ? { os: [].concat(platform.os) } : {}),
      ...(platform.cpu ? { cpu: [].concat(platform.cpu) } : {}),
      ...(platform.libc ? { libc: [].concat(platform.libc) } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: added ${added} platform-specific optional entries`);
