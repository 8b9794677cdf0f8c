import { MinutesStatus } from '@braid/contracts';
import { Lifecycle } from '@braid/kernel';

const { DRAFT, CIRCULATED, APPROVED } = MinutesStatus;

/** APPROVED is final: only a passed MINUTES_APPROVAL motion gets there, and a correction is a new version. */
export const MINUTES_LIFECYCLE = new Lifecycle<MinutesStatus>({
  subject: 'minutes',
  transitions: [
    { from: DRAFT, to: CIRCULATED, name: 'circulate' },
    { from: CIRCULATED, to: APPROVED, name: 'approve' },
  ],
});
