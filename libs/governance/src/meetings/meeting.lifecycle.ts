import { MeetingStatus } from '@braid/contracts';
import { Lifecycle } from '@braid/kernel';

const { SCHEDULED, IN_PROGRESS, ADJOURNED, CANCELLED } = MeetingStatus;

/** A meeting that has started is adjourned, never cancelled: what happened in it stays on record. */
export const MEETING_LIFECYCLE = new Lifecycle<MeetingStatus>({
  subject: 'meeting',
  transitions: [
    { from: SCHEDULED, to: IN_PROGRESS, name: 'start' },
    { from: SCHEDULED, to: CANCELLED, name: 'cancel' },
    { from: IN_PROGRESS, to: ADJOURNED, name: 'adjourn' },
  ],
});
