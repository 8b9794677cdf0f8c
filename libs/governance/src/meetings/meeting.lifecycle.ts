import { MeetingStatus } from '@braid/contracts';
import { Lifecycle } from '../lifecycle';

const { SCHEDULED, IN_PROGRESS, ADJOURNED, CANCELLED } = MeetingStatus;

/** A meeting that has started is adjourned, never cancelled: what happened in it stays on record. */
export const MEETING_LIFECYCLE = new Lifecycle<MeetingStatus>('meeting', {
  [SCHEDULED]: [IN_PROGRESS, CANCELLED],
  [IN_PROGRESS]: [ADJOURNED],
  [ADJOURNED]: [],
  [CANCELLED]: [],
});
