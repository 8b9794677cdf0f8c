import { MotionStatus } from '@braid/contracts';
import { Lifecycle } from '../lifecycle';

const { DRAFT, OPEN, CLOSED, WITHDRAWN } = MotionStatus;

export const MOTION_LIFECYCLE = new Lifecycle<MotionStatus>('motion', {
  [DRAFT]: [OPEN, WITHDRAWN],
  [OPEN]: [CLOSED, WITHDRAWN],
  [CLOSED]: [],
  [WITHDRAWN]: [],
});
