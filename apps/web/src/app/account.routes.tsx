import type { RouteObject } from 'react-router';
import { withMessages } from '../i18n/catalogues';

/** The path of the signed-in person's own account page (the user menu links to it). */
export const ACCOUNT_PATH = '/account';

/** Routes of the person's own account and inbox (signed-in), lazily loaded: few people open them often. */
export const accountRoutes: RouteObject[] = [
  {
    path: ACCOUNT_PATH.slice(1),
    lazy: withMessages('account', () =>
      import('../pages/account/AccountPage').then((m) => ({ Component: m.AccountPage })),
    ),
  },
  {
    path: 'account/notifications',
    lazy: withMessages('notifications', () =>
      import('../pages/notifications/NotificationPreferencesPage').then((m) => ({
        Component: m.NotificationPreferencesPage,
      })),
    ),
  },
  {
    path: 'notifications',
    lazy: withMessages('notifications', () =>
      import('../pages/notifications/NotificationsPage').then((m) => ({ Component: m.NotificationsPage })),
    ),
  },
];
