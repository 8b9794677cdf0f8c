import { shellEn } from './shell.en';
import { accessEn } from './access.en';
import { overviewEn } from './overview.en';
import { governanceEn } from './governance.en';
import { fundsEn } from './funds.en';
import { auditEn } from './audit.en';
import { reportsEn } from './reports.en';
import { adminEn } from './admin.en';
import { accountEn } from './account.en';
import { notificationsEn } from './notifications.en';
import { publicEn } from './public.en';

/**
 * Every string Braid shows, in English: the reference catalogue, made of the area catalogues that
 * i18n/catalogues.ts loads one by one (the app itself never imports this file: the type of message
 * ids, the tests and the specs do). Message ids are checked against it at compile time; es.ts must
 * have exactly the same ids (the typecheck and a test fail otherwise). Messages use ICU syntax:
 * {name} for values, {count, plural, ...} for plurals, so each language states its own grammar.
 */
export const en = {
  ...shellEn,
  ...accessEn,
  ...overviewEn,
  ...governanceEn,
  ...fundsEn,
  ...auditEn,
  ...reportsEn,
  ...adminEn,
  ...accountEn,
  ...notificationsEn,
  ...publicEn,
} as const;
