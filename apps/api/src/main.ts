import { Logger } from '@nestjs/common';
import { announce, startBraid } from './bootstrap';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo/demo-cast';
import { DemoSeeder } from './demo/demo.seeder';

async function main(): Promise<void> {
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
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
