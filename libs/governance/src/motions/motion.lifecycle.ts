import { MotionStatus } from '@braid/contracts';
import { Lifecycle } from '@braid/kernel';

const { DRAFT, OPEN, CLOSED, WITHDRAWN } = MotionStatus;

export const MOTION_LIFECYCLE = new Lifecycle<MotionStatus>({
  subject: 'motion',
  transitions: [
    { from: DRAFT, to: OPEN, name: 'open' },
    { from: DRAFT, to: WITHDRAWN, name: 'withdraw' },
    { from: OPEN, to: CLOSED, name: 'close' },
    { from: OPEN, to: WITHDRAWN, name: 'withdraw' },
  ],
});
