import { cpus, loadavg, totalmem } from 'node:os';
import { LoadReport, OperationResult } from './load/run';

export const TARGETS = {
  /** Reads: API p95 at most this many times the SQL twin's p95. */
  readP95OverSql: 2,
  /** Reads per second per read operation, small scale, 2 cores. */
  readsPerSecond: 1000,
  /** Release p95 (ms) with no lock contention. */
  releaseP95Ms: 10,
};

export interface RunContext {
  scale: string;
  seed: number;
  connections: number;
  duration: number;
  seedSeconds: number | null;
  counts: Record<string, number>;
  postgres: string;
  startedAt: Date;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const rate = (value: number) => Math.round(value).toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? '✅' : '❌');

function sqlCounts(op: OperationResult): string {
  return op.sqlPerRequest
    .map((s) => (s.pageSize === null ? String(s.count) : `${s.count} (first ${s.pageSize})`))
    .join(' / ');
}

const noNPlusOne = (op: OperationResult) => new Set(op.sqlPerRequest.map((s) => s.count)).size === 1;
const ratio = (op: OperationResult) => (op.sql ? op.api.p95 / op.sql.p95 : NaN);

export function verdicts(report: LoadReport) {
  const reads = report.operations.filter((op) => op.kind === 'read');
  const release = report.operations.find((op) => op.name === 'release tranche, no contention');
  return {
    ratio: reads.map((op) => ({ op, ok: ratio(op) <= TARGETS.readP95OverSql })),
    throughput: reads.map((op) => ({ op, ok: op.api.perSecond >= TARGETS.readsPerSecond })),
    release: release ? release.api.p95 <= TARGETS.releaseP95Ms : false,
    releaseP95: release?.api.p95 ?? NaN,
    nPlusOne: report.operations.filter((op) => !noNPlusOne(op)),
    seqScans: reads.flatMap((op) => op.plan?.missingIndexes.map((scan) => `${op.name}: ${scan}`) ?? []),
    chosenSeqScans: reads.flatMap((op) => op.plan?.chosenSeqScans.map((scan) => `${op.name}: ${scan}`) ?? []),
    errors: report.operations.reduce((sum, op) => sum + op.api.errors + (op.sql?.errors ?? 0), 0),
  };
}

export function markdown(report: LoadReport, context: RunContext): string {
  const v = verdicts(report);
  const rows = report.operations.map((op) =>
    [
      op.name,
      op.role,
      op.connections,
      op.api.requests.toLocaleString('en-US'),
      rate(op.api.perSecond),
      ms(op.api.p50),
      ms(op.api.p95),
      ms(op.api.p99),
      op.api.errors,
      sqlCounts(op) + (op.sqlPerRequest.length > 1 ? (noNPlusOne(op) ? ' ✅' : ' ❌') : ''),
      op.sql ? rate(op.sql.perSecond) : '',
      op.sql ? ms(op.sql.p50) : '',
      op.sql ? ms(op.sql.p95) : '',
      op.sql ? `${ratio(op).toFixed(2)}× ${mark(ratio(op) <= TARGETS.readP95OverSql)}` : '',
    ].join(' | '),
  );
  const cpu = cpus();
  const lines = [
    `# Braid benchmark, ${context.scale} scale, ${context.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Command: \`npm run bench -- --scale ${context.scale} --seed ${context.seed} --duration ${context.duration} --connections ${context.connections}\``,
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )} at the end (the machine is shared: other processes ran during the measurement); Node ${process.versions.node}; ${context.postgres}; API and load generator on the same machine.`,
    '',
    `Data set: ${Object.entries(context.counts)
      .map(([table, n]) => `${n.toLocaleString('en-US')} ${table}`)
      .join(
        ', ',
      )}${context.seedSeconds === null ? ' (seeded earlier)' : `; seeded in ${context.seedSeconds.toFixed(0)} s`}.`,
    '',
    '| operation | as | conn. | requests | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements / request | raw SQL req/s | raw SQL p50 ms | raw SQL p95 ms | p95 API / SQL |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    '## Targets',
    '',
    `- Reads, p95 ≤ ${TARGETS.readP95OverSql}× the hand-written SQL: ${v.ratio.map(({ op, ok }) => `${op.name} ${ratio(op).toFixed(2)}× ${mark(ok)}`).join(', ')}`,
    `- Reads ≥ ${TARGETS.readsPerSecond.toLocaleString('en-US')}/s: ${v.throughput.map(({ op, ok }) => `${op.name} ${rate(op.api.perSecond)}/s ${mark(ok)}`).join(', ')}`,
    `- Release p95 ≤ ${TARGETS.releaseP95Ms} ms without contention: ${ms(v.releaseP95)} ms ${mark(v.release)}`,
    `- No N+1 (same statements at first: 10 and first: 50): ${v.nPlusOne.length ? `❌ ${v.nPlusOne.map((op) => op.name).join(', ')}` : '✅'}`,
    `- No statement of the reads needs a full scan of a tenant table (EXPLAIN with sequential scans, hash and merge joins disabled): ${v.seqScans.length ? `❌\n${v.seqScans.map((s) => `  - ${s}`).join('\n')}` : '✅'}`,
    `  (sequential scans the planner still prefers at this scale, an index being available: ${v.chosenSeqScans.length ? v.chosenSeqScans.join('; ') : 'none'})`,
    `- Ledger consistent after the writes (every transaction balances, every balance equals its postings): ${mark(report.ledgerConsistent)}`,
    `- Errors: ${v.errors}`,
    '',
    '## Plans of the reads (EXPLAIN of every statement the API sent for one request)',
    '',
    ...report.operations
      .filter((op) => op.plan)
      .flatMap((op) => [
        `- **${op.name}**: ${op.plan?.statements} statements; scans: ${[
          ...new Set(op.plan?.plans.flatMap((p) => p.nodes.filter((n) => /Scan/.test(n) && / on /.test(n)))),
        ].join('; ')}`,
      ]),
    '',
    'Latencies are measured by the client (autocannon for the API, node-postgres for SQL) from send to complete answer; the raw SQL runs the same number of concurrent connections and returns the same answer (checked equal before timing), built as JSON by PostgreSQL.',
    '',
  ];
  return lines.join('\n');
}

export function summaryLine(report: LoadReport, context: RunContext): string {
  const v = verdicts(report);
  const reads = report.operations.filter((op) => op.kind === 'read');
  return (
    `bench ${context.scale}: ` +
    reads
      .map(
        (op) =>
          `${op.name} ${rate(op.api.perSecond)}/s p95 ${ms(op.api.p95)} ms (${ratio(op).toFixed(1)}× SQL)`,
      )
      .join('; ') +
    `; release p95 ${ms(v.releaseP95)} ms; N+1 ${v.nPlusOne.length ? 'FOUND' : 'none'}; full scans needed ${v.seqScans.length}; errors ${v.errors}`
  );
}
