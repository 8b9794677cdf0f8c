import 'reflect-metadata';
import { configurePgTypes, queryStatsMiddleware } from '@braid/kernel';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { BraidConfig, readConfig } from './config';
import { startEmbeddedDatabase } from './database/embedded-database';
import { refuseForeignUpgrades, sameOriginWrites } from './same-origin';

export interface RunningBraid {
  app: NestExpressApplication;
  /** The base address, e.g. http://127.0.0.1:3000 */
  url: string;
  databaseUrl: string;
  config: BraidConfig;
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: LogLevel[] | false;
}

/**
 * Starts Braid: the embedded PostgreSQL when no DATABASE_URL is given, migrations, start-up tasks,
 * then the API (and the built web client) on one port.
 */
export async function startBraid(
  config: BraidConfig = readConfig(),
  options: StartOptions = {},
): Promise<RunningBraid> {
  configurePgTypes();
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  const databaseUrl = embedded?.url ?? (config.databaseUrl as string);
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
      logger: options.logger ?? ['error', 'warn', 'log'],
    });
    if (config.trustProxy) app.set('trust proxy', config.trustProxy);
    if (config.queryStats) app.use(queryStatsMiddleware);
    app.use(
      helmet({
        // The Apollo sandbox (development only) loads its scripts from Apollo's CDN.
        contentSecurityPolicy: config.production
          ? {
              directives: {
                'style-src': ["'self'", "'unsafe-inline'"],
                'img-src': ["'self'", 'data:', 'blob:'],
              },
            }
          : false,
        crossOriginEmbedderPolicy: false,
      }),
    );
    app.disable('x-powered-by');
    app.use('/api', sameOriginWrites(!!config.trustProxy));
    // Initialised first, so that the subscriptions' upgrade listener exists to be guarded.
    await app.init();
    refuseForeignUpgrades(app.getHttpServer(), !!config.trustProxy);
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    let closed = false;
    return {
      app,
      url: `http://127.0.0.1:${port}`,
      databaseUrl,
      config,
      close: async () => {
        if (closed) return;
        closed = true;
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export function announce(
  braid: RunningBraid,
  demoAccounts: { email: string; role: string }[],
  password: string,
): void {
  const logger = new Logger('Braid');
  const public_ = braid.url.replace('127.0.0.1', 'localhost');
  logger.log(`Braid is running at ${public_}/  (GraphQL: ${public_}/graphql)`);
  if (demoAccounts.length) {
    const width = Math.max(...demoAccounts.map((account) => account.email.length));
    const lines = demoAccounts.map((account) => `  ${account.email.padEnd(width)}  ${account.role}`);
    // Printed, not logged: people copy these.
    process.stdout.write(`\nDemo sign-ins (password for all: ${password})\n${lines.join('\n')}\n\n`);
  }
}
