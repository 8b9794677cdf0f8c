import { MinutesStatus } from '@braid/contracts';
import { Lifecycle } from '../lifecycle';

const { DRAFT, CIRCULATED, APPROVED } = MinutesStatus;

/** APPROVED is final: only a passed MINUTES_APPROVAL motion gets there, and a correction is a new version. */
export const MINUTES_LIFECYCLE = new Lifecycle<MinutesStatus>('minutes', {
  [DRAFT]: [CIRCULATED],
  [CIRCULATED]: [APPROVED],
  [APPROVED]: [],
});
