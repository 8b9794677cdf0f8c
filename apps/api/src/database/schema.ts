import { collaborativesEntities, collaborativesMigrations } from '@braid/collaboratives';
import { fundsEntities, fundsMigrations } from '@braid/funds';
import { governanceEntities, governanceMigrations } from '@braid/governance';
import { identityEntities, identityMigrations } from '@braid/identity';
import { kernelEntities, kernelMigrations } from '@braid/kernel';
import { notificationsEntities, notificationsMigrations } from '@braid/notifications';
import { reportsEntities, reportsMigrations } from '@braid/reports';

/**
 * Each domain library owns its tables and migrations; the app only lists them. Migrations are
 * classes, not file globs: the API is bundled by webpack, where globs find nothing.
 */
export const entities = [
  ...kernelEntities,
  ...identityEntities,
  ...collaborativesEntities,
  ...governanceEntities,
  ...fundsEntities,
  ...reportsEntities,
  ...notificationsEntities,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [
  ...kernelMigrations,
  ...identityMigrations,
  ...collaborativesMigrations,
  ...governanceMigrations,
  ...fundsMigrations,
  ...reportsMigrations,
  ...notificationsMigrations,
];
