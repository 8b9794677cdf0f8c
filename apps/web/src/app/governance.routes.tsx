import { subject } from '@casl/ability';
import type { RouteObject } from 'react-router';
import type { NavEntry } from './navigation';
import { withMessages } from '../i18n/catalogues';

const base = 'collaboratives/:collaborativeId';

/** Routes of the governance screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const governanceRoutes: RouteObject[] = [
  {
    path: `${base}/meetings`,
    lazy: withMessages('governance', () =>
      import('../pages/meetings/MeetingsPage').then((m) => ({ Component: m.MeetingsPage })),
    ),
  },
  {
    path: `${base}/meetings/:meetingId`,
    lazy: withMessages('governance', () =>
      import('../pages/meetings/MeetingPage').then((m) => ({ Component: m.MeetingPage })),
    ),
  },
  {
    path: `${base}/workgroups`,
    lazy: withMessages('governance', () =>
      import('../pages/workgroups/WorkgroupsPage').then((m) => ({ Component: m.WorkgroupsPage })),
    ),
  },
  {
    path: `${base}/workgroups/:workgroupId`,
    lazy: withMessages('governance', () =>
      import('../pages/workgroups/WorkgroupPage').then((m) => ({ Component: m.WorkgroupPage })),
    ),
  },
  {
    path: `${base}/motions`,
    lazy: withMessages('governance', () =>
      import('../pages/decisions/DecisionsPage').then((m) => ({ Component: m.DecisionsPage })),
    ),
  },
  {
    path: `${base}/motions/:motionId`,
    lazy: withMessages('governance', () =>
      import('../pages/motions/MotionPage').then((m) => ({ Component: m.MotionPage })),
    ),
  },
];

/** The governance entries of the collaborative's navigation bar, in display order; partner contacts, who read none of the deliberations, see neither. */
export const governanceNav: NavEntry[] = [
  {
    key: 'meetings',
    label: 'governance.nav.meetings',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/meetings`,
    coversPagesBelow: true,
    visible: (ability, collaborativeId) => ability.can('read', subject('Meeting', { collaborativeId })),
  },
  {
    key: 'workgroups',
    label: 'governance.nav.workgroups',
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/workgroups`,
    coversPagesBelow: true,
    visible: (ability, collaborativeId) => ability.can('read', subject('Workgroup', { collaborativeId })),
  },
  {
    key: 'decisions',
    label: 'governance.nav.decisions',
    // The motions, each page below it: a motion is reached from the decisions as from its meeting.
    path: (collaborativeId) => `/collaboratives/${collaborativeId}/motions`,
    coversPagesBelow: true,
    visible: (ability, collaborativeId) => ability.can('read', subject('Motion', { collaborativeId })),
  },
];
