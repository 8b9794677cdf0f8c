import { subject } from '@casl/ability';
import type { RouteObject } from 'react-router';
import type { NavEntry } from './navigation';
import { withMessages } from '../i18n/catalogues';

const base = 'collaboratives/:collaborativeId';

/** Routes of the administrator's screens (signed-in), each page lazily loaded. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'collaboratives/new',
    lazy: withMessages('admin', () =>
      import('../pages/setup/NewCollaborativePage').then((m) => ({ Component: m.NewCollaborativePage })),
    ),
  },
  {
    path: `${base}/setup`,
    lazy: withMessages('admin', () =>
      import('../pages/setup/SetupPage').then((m) => ({ Component: m.SetupPage })),
    ),
  },
];

/** The set-up entry of the navigation bar: only for those who may change the collaborative (its administrators). */
export const adminNav: NavEntry[] = [
  {
    key: 'setup',
    label: 'admin.nav.setup',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/setup`,
    visible: (ability, collaborativeId) =>
      ability.can('update', subject('Collaborative', { id: collaborativeId })),
  },
];
