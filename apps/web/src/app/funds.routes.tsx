import { subject } from '@casl/ability';
import type { RouteObject } from 'react-router';
import type { NavEntry } from './navigation';

const base = 'collaboratives/:collaborativeId/funds';

/** Routes of the funds screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const fundsRoutes: RouteObject[] = [
  {
    path: base,
    lazy: () => import('../pages/funds/budget/BudgetPage').then((m) => ({ Component: m.BudgetPage })),
  },
  {
    path: `${base}/contributions`,
    lazy: () =>
      import('../pages/funds/contributions/ContributionsPage').then((m) => ({
        Component: m.ContributionsPage,
      })),
  },
];

/** The funds entries of the collaborative's navigation bar, in display order. */
export const fundsNav: NavEntry[] = [
  {
    key: 'funds-budget',
    label: 'funds.nav.budget',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds`,
    visible: (ability, collaborativeId) => ability.can('read', subject('FundingStream', { collaborativeId })),
  },
  {
    key: 'funds-contributions',
    label: 'funds.nav.contributions',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds/contributions`,
    visible: (ability, collaborativeId) => ability.can('read', subject('Contribution', { collaborativeId })),
  },
  {
    key: 'funds-grants',
    label: 'funds.nav.grants',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds/grants`,
    // The leadership team's list of every grant; a partner contact has "My grants" instead.
    visible: (ability, collaborativeId) => ability.can('read', subject('FundingStream', { collaborativeId })),
  },
  {
    key: 'funds-my-grants',
    label: 'funds.nav.myGrants',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds/my-grants`,
    // A partner contact reads grants (its organization's) but not the fund itself.
    visible: (ability, collaborativeId) =>
      ability.can('read', subject('Grant', { collaborativeId })) &&
      ability.cannot('read', subject('FundingStream', { collaborativeId })),
  },
  {
    key: 'funds-audit',
    label: 'funds.nav.audit',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds/audit`,
    visible: (ability, collaborativeId) =>
      ability.can('read', subject('AuditEvent', { collaborativeId, entityType: 'Disbursement' })),
  },
];
