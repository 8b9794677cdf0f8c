#!/usr/bin/env node
/**
 * Run after `npm install` changes package-lock.json.
 *
 * Why: the registry these machines reach serves only the Linux x64 builds of packages that ship
 * one native binary per platform (@swc/core-darwin-arm64, @unrs/resolver-binding-win32-x64-msvc,
 * sass-embedded-*...). `npm install` then leaves those optional dependencies out of the lockfile,
 * and `npm ci` (what CI runs) refuses the lockfile: "Missing: @swc/core-darwin-arm64@ from lock file".
 * This writes an entry for each such package, with the os/cpu its name announces, exactly as a
 * lockfile made where every platform is served would have it (minus the tarball address, which
 * npm never needs for a platform it skips). An entry whose platform cannot be read from its name
 * is left for npm to try; an optional package it cannot fetch is skipped, as `npm install` does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(process.argv[2] ?? 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OPERATING_SYSTEMS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPUS = ['arm64', 'x64', 'ia32', 'riscv64', 'loong64', 'ppc64', 's390x', 'arm'];

function platformOf(name) {
  const bare = name.split('/').pop();
  const os = OPERATING_SYSTEMS.find((candidate) => bare.split('-').includes(candidate));
  const cpu = CPUS.find((candidate) => new RegExp(`(^|[-_])${candidate}($|[-_])`).test(bare));
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

/** npm resolves a dependency from the dependent's own node_modules upwards to the root. */
function isResolvable(dependentPath, name) {
  let base = dependentPath;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (isResolvable(path, name)) continue;
    // Only exact versions are pinned this way; a range would need the registry to resolve it.
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
    packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(name),
    };
    added += 1;
  }
}

if (added > 0) {
  // Keep npm's own order (the root first, then by path) so the next `npm install` diff stays small.
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`${file}: ${added} optional platform package(s) written`);
