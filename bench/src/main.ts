import 'reflect-metadata';
import { readOptions } from './options';
import { seed } from './seed/seed';

async function main(): Promise<void> {
  const options = readOptions();
  if (!options.reuse) {
    const report = await seed(options);
    console.log(`Seeded ${options.scale} scale in ${report.seconds.toFixed(1)} s: ${JSON.stringify(report.counts)}`);
  }
  if (options.seedOnly) return;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
