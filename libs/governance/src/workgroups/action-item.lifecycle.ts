import { ActionItemStatus } from '@braid/contracts';
import { Lifecycle } from '../lifecycle';

const { OPEN, IN_PROGRESS, DONE, BLOCKED } = ActionItemStatus;

/** A finished item can be reopened (work found undone), which puts it back in progress. */
export const ACTION_ITEM_LIFECYCLE = new Lifecycle<ActionItemStatus>('action item', {
  [OPEN]: [IN_PROGRESS, BLOCKED, DONE],
  [IN_PROGRESS]: [BLOCKED, DONE, OPEN],
  [BLOCKED]: [IN_PROGRESS, OPEN, DONE],
  [DONE]: [IN_PROGRESS],
});
