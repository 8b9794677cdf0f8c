import { shellEs } from './shell.es';
import { accessEs } from './access.es';
import { overviewEs } from './overview.es';
import { governanceEs } from './governance.es';
import { fundsEs } from './funds.es';
import { auditEs } from './audit.es';
import { reportsEs } from './reports.es';
import { adminEs } from './admin.es';
import { accountEs } from './account.es';
import { notificationsEs } from './notifications.es';
import { publicEs } from './public.es';
import type { Messages } from './index';

/**
 * Spanish (as spoken in California). Typed as the English catalogue's ids: a missing or extra id
 * fails the typecheck. Written for residents first: "usted", plain words. Like en.ts, only the
 * sum of the area catalogues that i18n/catalogues.ts loads one by one.
 */
export const es: Messages = {
  ...shellEs,
  ...accessEs,
  ...overviewEs,
  ...governanceEs,
  ...fundsEs,
  ...auditEs,
  ...reportsEs,
  ...adminEs,
  ...accountEs,
  ...notificationsEs,
  ...publicEs,
};
