import 'reflect-metadata';
import { configurePgTypes } from '@braid/kernel';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * For the TypeORM CLI only (`npm run migration:generate -- <path>`): it diffs the entities against a
 * database that has every migration applied, and writes the difference as a new migration to review.
 */
configurePgTypes();
export default new DataSource(
  dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/braid_dev'),
);
