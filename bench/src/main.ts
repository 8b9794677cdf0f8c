import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { measureFirstLoad } from './first-load';
import { runLoad } from './load/run';
import { readOptions } from './options';
import { markdown, RunContext, summaryLine } from './report';
import { COLLABORATIVES, expectedCounts } from './scale';
import { countRows, databaseUrl, seed } from './seed/seed';

async function main(): Promise<void> {
  const options = readOptions();
  const startedAt = new Date();
  const url = databaseUrl(options);
  let seedSeconds: number | null = null;
  if (!options.reuse) {
    const report = await seed(options);
    seedSeconds = report.seconds;
    console.log(
      `Seeded ${options.scale} scale in ${report.seconds.toFixed(1)} s: ${JSON.stringify(report.counts)}`,
    );
  }
  if (options.seedOnly) return;

  const db = new Client({ connectionString: url });
  await db.connect();
  const counts = await countRows(db);
  const postgres = ((await db.query(`SELECT split_part(version(), ' on ', 1) AS v`)).rows[0] as { v: string })
    .v;
  await db.end();
  const expected = expectedCounts(COLLABORATIVES[options.scale]);
  if (counts['collaborative'] !== expected.collaborative)
    throw new Error(
      `${options.database} holds ${counts['collaborative']} collaboratives, not the ${options.scale} scale: seed without --reuse`,
    );

  const report = await runLoad(
    {
      databaseUrl: url,
      scale: options.scale,
      seed: options.seed,
      duration: options.duration,
      connections: options.connections,
      port: options.port,
      only: options.only,
    },
    (line) => console.log(`… ${line}`),
  );
  const context: RunContext = {
    scale: options.scale,
    seed: options.seed,
    connections: options.connections,
    duration: options.duration,
    seedSeconds,
    counts,
    postgres,
    startedAt,
  };
  // What a phone downloads and waits for on its first visit, with the built web client served.
  console.log('… first load on a phone (slow 4G), sign-in and public page');
  const text = `${markdown(report, context)}\n${await measureFirstLoad()}`;
  const dir = join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().slice(0, 10)}-${options.scale}.md`);
  writeFileSync(file, text);
  console.log(`\n${text}\nWritten to ${file}\n`);
  console.log(summaryLine(report, context));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
