import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionDeclarations } from '@braid/kernel';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/index.js';
import { getMetadataStorage } from 'class-validator';
import { GraphQLObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, TestApp } from './support/test-app';

/** The committed SDL the web client generates its typed operations from. */
const SCHEMA_FILE = join(__dirname, '../../api/schema.graphql');

describe('The API schema', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('schema');
  });
  afterAll(() => app.close());

  it('declares a permission for every query, mutation and subscription', () => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const declared = app.get(PermissionDeclarations).list();
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((type): type is GraphQLObjectType => !!type)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
    expect(declared.map((operation) => `${operation.type}.${operation.name}`).sort()).toEqual(
      rootFields.sort(),
    );
    expect(declared.filter((operation) => !operation.permission)).toEqual([]);
  });

  it('validates every field of every input and argument type with class-validator', () => {
    const storage = getMetadataStorage();
    const unvalidated: string[] = [];
    const types = [
      ...TypeMetadataStorage.getInputTypesMetadata(),
      ...TypeMetadataStorage.getArgumentsMetadata(),
    ];
    expect(types.map((type) => type.name)).toEqual(
      expect.arrayContaining(['SignInInput', 'CreateSeatInput', 'PageArgs']),
    );
    for (const type of types) {
      const validated = new Set(
        storage
          .getTargetValidationMetadatas(type.target, '', true, false)
          .map((metadata) => metadata.propertyName),
      );
      for (const property of type.properties ?? []) {
        if (!validated.has(property.name)) unvalidated.push(`${type.name}.${property.name}`);
      }
    }
    expect(unvalidated).toEqual([]);
  });

  it('has migrations that build exactly the schema the entities describe', async () => {
    const pending = await app.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('has migrations that reverse cleanly and apply again', async () => {
    const applied: { name: string }[] = await app.dataSource.query('SELECT name FROM migrations ORDER BY id');
    for (let i = 0; i < applied.length; i++) await app.dataSource.undoLastMigration({ transaction: 'each' });
    const tables: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables[0].n).toBe(0);
    await app.dataSource.runMigrations({ transaction: 'each' });
    const pending = await app.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });

  it('matches the committed schema.graphql (run `npm run schema` after changing the API)', () => {
    const sdl = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, sdl);
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(sdl).toEqual(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
