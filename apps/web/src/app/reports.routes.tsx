import type { RouteObject } from 'react-router';
import type { NavEntry } from './navigation';

/** Routes of the reports screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const reportsRoutes: RouteObject[] = [];

/** The reports entries of the collaborative's navigation bar, in display order. */
export const reportsNav: NavEntry[] = [];
