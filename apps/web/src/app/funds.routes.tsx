import { subject } from '@casl/ability';
import type { Action, SubjectName } from '@braid/contracts';
import type { RouteObject } from 'react-router';
import type { AppAbility } from '../session/ability';
import type { NavEntry } from './navigation';
import { withMessages } from '../i18n/catalogues';

const base = 'collaboratives/:collaborativeId/funds';

/** Routes of the funds screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const fundsRoutes: RouteObject[] = [
  {
    path: base,
    lazy: withMessages('funds', () =>
      import('../pages/funds/budget/BudgetPage').then((m) => ({ Component: m.BudgetPage })),
    ),
  },
  {
    path: `${base}/contributions`,
    lazy: withMessages('funds', () =>
      import('../pages/funds/contributions/ContributionsPage').then((m) => ({
        Component: m.ContributionsPage,
      })),
    ),
  },
  {
    path: `${base}/grants`,
    lazy: withMessages('funds', () =>
      import('../pages/funds/grants/GrantsPage').then((m) => ({ Component: m.GrantsPage })),
    ),
  },
  {
    path: `${base}/grants/new`,
    lazy: withMessages('funds', () =>
      import('../pages/funds/grants/NewGrantPage').then((m) => ({ Component: m.NewGrantPage })),
    ),
  },
  {
    path: `${base}/grants/:grantId`,
    lazy: withMessages('funds', () =>
      import('../pages/funds/grant/GrantPage').then((m) => ({ Component: m.GrantPage })),
    ),
  },
  {
    path: `${base}/funders/:organizationId`,
    lazy: withMessages('funds', () =>
      import('../pages/funds/funders/FunderPage').then((m) => ({ Component: m.FunderPage })),
    ),
  },
  {
    path: `${base}/my-grants`,
    lazy: withMessages('funds', () =>
      import('../pages/funds/my-grants/MyGrantsPage').then((m) => ({ Component: m.MyGrantsPage })),
    ),
  },
  {
    path: `${base}/audit`,
    lazy: withMessages(['funds', 'audit'], () =>
      import('../pages/funds/audit/AuditLogPage').then((m) => ({ Component: m.AuditLogPage })),
    ),
  },
  {
    path: `${base}/ledger`,
    lazy: withMessages('funds', () =>
      import('../pages/funds/ledger/LedgerPage').then((m) => ({ Component: m.LedgerPage })),
    ),
  },
];

/**
 * Whether some record of a kind in this collaborative may be read, whatever its other columns: a
 * partner contact's rule on grants also names its organization, which the navigation cannot know.
 */
export function mayReadSome(ability: AppAbility, action: Action, kind: SubjectName, collaborativeId: string) {
  return ability
    .rulesFor(action, kind)
    .some(
      (rule) =>
        !rule.inverted &&
        (!rule.conditions ||
          (rule.conditions as { collaborativeId?: unknown }).collaborativeId === collaborativeId),
    );
}

/** The funds entries of the collaborative's navigation bar, in display order. */
export const fundsNav: NavEntry[] = [
  {
    key: 'funds-budget',
    label: 'funds.nav.budget',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds`,
    // Every fund page's path starts with the budget's: without `end` it was current on all of them.
    end: true,
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
      mayReadSome(ability, 'read', 'Grant', collaborativeId) &&
      ability.cannot('read', subject('FundingStream', { collaborativeId })),
  },
  {
    key: 'funds-ledger',
    label: 'funds.nav.ledger',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds/ledger`,
    // The leadership team reads the ledger; partners and observers see only the published totals.
    visible: (ability, collaborativeId) =>
      ability.can('read', subject('LedgerTransaction', { collaborativeId })),
  },
  {
    key: 'funds-audit',
    label: 'funds.nav.audit',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/funds/audit`,
    // Administrators and the chair read the whole trail, the fund administrator the fund's part.
    visible: (ability, collaborativeId) =>
      ability.can('read', subject('AuditEvent', { collaborativeId, entityType: 'Disbursement' })),
  },
];
