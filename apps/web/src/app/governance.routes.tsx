import type { RouteObject } from 'react-router';
import type { NavEntry } from './navigation';

/** Routes of the governance screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const governanceRoutes: RouteObject[] = [];

/** The governance entries of the collaborative's navigation bar, in display order. */
export const governanceNav: NavEntry[] = [];
