import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fanoutMarkdown, runFanout } from './fanout/fanout';
import { readOptions } from './options';
import { databaseUrl, seed } from './seed/seed';

/** `npm run bench:fanout -- [--scale small|full] [--reuse]`: see fanout/fanout.ts. */
async function main(): Promise<void> {
  const options = readOptions();
  if (!options.reuse) await seed(options);
  const report = await runFanout(databaseUrl(options), options.scale, (line) => console.log(`… ${line}`));
  const text = fanoutMarkdown(report, options.scale);
  const dir = join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 10)}-fanout-${options.scale}.md`);
  writeFileSync(file, text);
  console.log(`\n${text}\nWritten to ${file}`);
  if (report.emailsReceived !== report.emailsExpected || report.duplicates > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
