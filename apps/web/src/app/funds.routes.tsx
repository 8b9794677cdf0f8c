import type { RouteObject } from 'react-router';
import type { NavEntry } from './navigation';

/** Routes of the funds screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const fundsRoutes: RouteObject[] = [];

/** The funds entries of the collaborative's navigation bar, in display order. */
export const fundsNav: NavEntry[] = [];
