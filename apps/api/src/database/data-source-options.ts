import {
  CONNECTION_MAX_USES,
  PREPARED_STATEMENTS_PER_CONNECTION,
  preparingClient,
  QueryStatsLogger,
  SnakeNamingStrategy,
} from '@braid/kernel';
import { DataSourceOptions } from 'typeorm';
import { entities, migrations } from './schema';

/** The one definition of Braid's connection; the app, the tests and the migration CLI share it. */
export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install (or be allowed to).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new QueryStatsLogger(),
    maxQueryExecutionTime: 500,
    extra: {
      max: Number(process.env['BRAID_DB_POOL_SIZE'] ?? 20),
      application_name: 'braid',
      maxUses: CONNECTION_MAX_USES,
      Client: preparingClient(
        Number(process.env['BRAID_DB_PREPARED_STATEMENTS'] ?? PREPARED_STATEMENTS_PER_CONNECTION),
      ),
    },
    ...overrides,
  } as DataSourceOptions;
}
