import type { RouteObject } from 'react-router';
import { withMessages } from '../i18n/catalogues';

/** Routes of the public screens, each page lazily loaded; mounted by routes.tsx. */
export const publicRoutes: RouteObject[] = [
  {
    path: 'public',
    lazy: withMessages('public', () =>
      import('../pages/transparency/PublicDirectoryPage').then((m) => ({ Component: m.PublicDirectoryPage })),
    ),
  },
  {
    path: 'public/:slug',
    lazy: withMessages('public', () =>
      import('../pages/transparency/TransparencyPage').then((m) => ({ Component: m.TransparencyPage })),
    ),
  },
];
