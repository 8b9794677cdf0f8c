import { subject } from '@casl/ability';
import type { RouteObject } from 'react-router';
import type { AppAbility } from '../session/ability';
import type { NavEntry } from './navigation';
import { withMessages } from '../i18n/catalogues';

/**
 * Whether any rule lets the person read some requirement of this collaborative: a partner's rule
 * also names its organization, which a bare `{ collaborativeId }` subject would not match.
 */
function readsRequirementsIn(ability: AppAbility, collaborativeId: string): boolean {
  return ability
    .rulesFor('read', 'ReportingRequirement')
    .some(
      (rule) =>
        !rule.inverted &&
        (rule.conditions as { collaborativeId?: string } | undefined)?.collaborativeId === collaborativeId,
    );
}

const base = 'collaboratives/:collaborativeId';

/** Routes of the reports screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const reportsRoutes: RouteObject[] = [
  {
    path: `${base}/reports`,
    lazy: withMessages('reports', () =>
      import('../pages/reports/ReportsPage').then((m) => ({ Component: m.ReportsPage })),
    ),
  },
  {
    path: `${base}/reports/:requirementId`,
    lazy: withMessages('reports', () =>
      import('../pages/reports/ReportPage').then((m) => ({ Component: m.ReportPage })),
    ),
  },
  {
    path: `${base}/outcomes`,
    lazy: withMessages('reports', () =>
      import('../pages/reports/OutcomesPage').then((m) => ({ Component: m.OutcomesPage })),
    ),
  },
];

/** The reports entries of the collaborative's navigation bar: partners see their reports, the leadership team also the outcomes. */
export const reportsNav: NavEntry[] = [
  {
    key: 'reports',
    label: 'reports.nav.reports',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/reports`,
    visible: readsRequirementsIn,
  },
  {
    key: 'outcomes',
    label: 'reports.nav.outcomes',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/outcomes`,
    visible: (ability, collaborativeId) => ability.can('read', subject('OutcomeRollup', { collaborativeId })),
  },
];
