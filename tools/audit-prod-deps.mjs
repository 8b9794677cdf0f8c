#!/usr/bin/env node
// Checks the production dependencies (what `npm ci --omit=dev` installs, i.e. what runs on a
// server) for high or critical advisories: `npm audit --omit=dev --audit-level=high --json`.
//
// Exit codes: 0 — no high/critical advisory, or the registry cannot answer audits (a warning says
// so: some mirrors answer the audit endpoints with 405/404, which proves nothing either way);
// 1 — at least one high/critical advisory that docs/RELIABILITY.md ("Advisories") does not explain.
// Explained advisories are listed in ACCEPTED below with the reason, and are reported, not failed.
import { spawnSync } from 'node:child_process';

/** Advisory id (GHSA) → why it does not affect Braid. Empty: none accepted. */
const ACCEPTED = {};

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = null;
}

// The endpoint's refusal arrives either as npm's error object or as the raw HTTP answer
// ({ statusCode: 405, message: "405 Method Not Allowed - POST …/advisories/bulk" }).
const refusal = `${report?.statusCode ?? ''} ${report?.message ?? ''} ${report?.error?.code ?? ''} ${report?.error?.summary ?? ''} ${run.stderr}`;
const unanswered =
  !report ||
  [404, 405, 501].includes(report.statusCode) ||
  /405 Method Not Allowed|404 Not Found|ENOAUDIT|audit endpoint returned an error/i.test(refusal);
if (unanswered) {
  const why =
    report?.message || report?.error?.summary || run.stderr.trim().split('\n').slice(-1)[0] || 'no answer';
  console.warn(
    `WARNING: the registry could not answer \`npm audit\` (${why}).\n` +
      'Production dependencies were NOT checked for advisories. Run this again against a registry that\n' +
      'offers the audit endpoints (`npm_config_registry=<registry> npm run audit:prod`).',
  );
  process.exit(0);
}
if (report.error) {
  console.error(`npm audit failed: ${JSON.stringify(report.error)}`);
  process.exit(1);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter((v) =>
  ['high', 'critical'].includes(v.severity),
);
const advisories = serious.flatMap((v) =>
  (v.via ?? [])
    .filter((via) => typeof via === 'object')
    .map((via) => ({
      package: v.name,
      severity: via.severity,
      id: String(via.url ?? via.source)
        .split('/')
        .pop(),
      title: via.title,
    })),
);
const unexplained = advisories.filter((a) => !(a.id in ACCEPTED));
for (const a of advisories)
  console.log(
    `${a.id in ACCEPTED ? 'accepted' : 'FOUND   '} ${a.severity} ${a.package}: ${a.title} (${a.id})${a.id in ACCEPTED ? ` — ${ACCEPTED[a.id]}` : ''}`,
  );
const counts = report.metadata?.vulnerabilities ?? {};
console.log(
  `npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low; ${unexplained.length} high/critical unexplained.`,
);
process.exit(unexplained.length ? 1 : 0);
