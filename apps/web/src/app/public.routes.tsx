import type { RouteObject } from 'react-router';

/** Routes of the public screens, each page lazily loaded; mounted by routes.tsx. */
export const publicRoutes: RouteObject[] = [
  {
    path: 'public',
    lazy: () =>
      import('../pages/transparency/PublicDirectoryPage').then((m) => ({ Component: m.PublicDirectoryPage })),
  },
  {
    path: 'public/:slug',
    lazy: () =>
      import('../pages/transparency/TransparencyPage').then((m) => ({ Component: m.TransparencyPage })),
  },
];
