import { ActionItemStatus } from '@braid/contracts';
import { Lifecycle } from '@braid/kernel';

const { OPEN, IN_PROGRESS, DONE, BLOCKED } = ActionItemStatus;

/** A finished item can be reopened (work found undone), which puts it back in progress. */
export const ACTION_ITEM_LIFECYCLE = new Lifecycle<ActionItemStatus>({
  subject: 'action item',
  transitions: [
    { from: OPEN, to: IN_PROGRESS, name: 'start' },
    { from: OPEN, to: BLOCKED, name: 'block' },
    { from: OPEN, to: DONE, name: 'finish' },
    { from: IN_PROGRESS, to: BLOCKED, name: 'block' },
    { from: IN_PROGRESS, to: DONE, name: 'finish' },
    { from: IN_PROGRESS, to: OPEN, name: 'setAside' },
    { from: BLOCKED, to: IN_PROGRESS, name: 'unblock' },
    { from: BLOCKED, to: OPEN, name: 'setAside' },
    { from: BLOCKED, to: DONE, name: 'finish' },
    { from: DONE, to: IN_PROGRESS, name: 'reopen' },
  ],
});
