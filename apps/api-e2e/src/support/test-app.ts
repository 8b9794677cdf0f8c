import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BraidConfig, readConfig, RunningBraid, startBraid } from '@braid/api';
import { Clock, Jobs, PrincipalCache } from '@braid/kernel';
import { createTestDatabase, TestDatabase } from '@braid/testing';
import { Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GraphQLClient } from './graphql-client';

export interface TestApp {
  braid: RunningBraid;
  db: TestDatabase;
  url: string;
  dataSource: DataSource;
  client(label?: string): GraphQLClient;
  get<T>(type: Type<T>): T;
  /** The server's clock: tests move it instead of sleeping. */
  clock: Clock;
  /** The job queue: `drain()` runs every job that is due. */
  jobs: Jobs;
  /** After changing a person's facts with plain SQL: wait until the cached principals heard it. */
  settlePrincipals(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real API, in this process, on a fresh database of the real PostgreSQL, listening on a free
 * port: tests speak GraphQL over HTTP to it like any client.
 */
export async function startTestApp(
  label: string,
  overrides: Partial<BraidConfig> = {},
  /** Another app's database: a second API process on the same data (it does not drop it). */
  shared?: TestDatabase,
): Promise<TestApp> {
  const db = shared ?? (await createTestDatabase(label));
  const config: BraidConfig = {
    ...readConfig({}),
    databaseUrl: db.url,
    port: 0,
    host: '127.0.0.1',
    seedDemo: false,
    webDist: null,
    clockTravel: true,
    // Tests run the queue's jobs when they choose (app.jobs.drain()), unless they ask for a worker.
    jobWorker: false,
    uploadsDir: mkdtempSync(join(tmpdir(), 'braid-uploads-')),
    ...overrides,
  };
  let braid: RunningBraid;
  try {
    braid = await startBraid(config, { logger: ['error'] });
  } catch (error) {
    if (!shared) await db.drop();
    throw error;
  }
  return {
    braid,
    db,
    url: braid.url,
    dataSource: braid.app.get<DataSource>(getDataSourceToken()),
    client: (clientLabel?: string) => new GraphQLClient(braid.url, clientLabel),
    get: <T>(type: Type<T>) => braid.app.get(type),
    clock: braid.app.get(Clock),
    jobs: braid.app.get(Jobs),
    settlePrincipals: () => braid.app.get(PrincipalCache).settle(),
    close: async () => {
      await braid.close();
      if (!shared) await db.drop();
    },
  };
}
