import type { RouteObject } from 'react-router';

/** Routes of the public screens, each page lazily loaded; mounted by routes.tsx. */
export const publicRoutes: RouteObject[] = [];
