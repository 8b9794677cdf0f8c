import { subject } from '@casl/ability';
import type { RouteObject } from 'react-router';
import type { NavEntry } from './navigation';

const base = 'collaboratives/:collaborativeId';

/** Routes of the governance screens (signed-in, under /collaboratives/:collaborativeId/...), each page lazily loaded. */
export const governanceRoutes: RouteObject[] = [
  {
    path: `${base}/meetings`,
    lazy: () => import('../pages/meetings/MeetingsPage').then((m) => ({ Component: m.MeetingsPage })),
  },
  {
    path: `${base}/meetings/:meetingId`,
    lazy: () => import('../pages/meetings/MeetingPage').then((m) => ({ Component: m.MeetingPage })),
  },
  {
    path: `${base}/workgroups`,
    lazy: () => import('../pages/workgroups/WorkgroupsPage').then((m) => ({ Component: m.WorkgroupsPage })),
  },
  {
    path: `${base}/workgroups/:workgroupId`,
    lazy: () => import('../pages/workgroups/WorkgroupPage').then((m) => ({ Component: m.WorkgroupPage })),
  },
  {
    path: `${base}/motions/:motionId`,
    lazy: () => import('../pages/motions/MotionPage').then((m) => ({ Component: m.MotionPage })),
  },
];

/** The governance entries of the collaborative's navigation bar, in display order. */
export const governanceNav: NavEntry[] = [];

/** Whether the person reads the collaborative's deliberations (partner contacts do not). */
export const readsGovernance = (
  ability: Parameters<NonNullable<NavEntry['visible']>>[0],
  collaborativeId: string,
) => ability.can('read', subject('Meeting', { collaborativeId }));
