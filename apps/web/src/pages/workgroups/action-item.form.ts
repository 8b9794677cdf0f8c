import { all, maxLength, required, type Rule } from '../../forms/rules';
import type { ActionItemStatus } from '../../graphql/generated/graphql';

export interface ActionItemValues {
  title: string;
  ownerUserId: string;
  /** '' for no due date; otherwise YYYY-MM-DD. */
  dueOn: string;
}

export interface ProgressValues {
  note: string;
  /** '' keeps the status as it is. */
  status: ActionItemStatus | '';
}

/** CreateActionItemInput / PostActionUpdateInput limits (libs/governance/src/workgroups/dto). */
export const actionItemRules: { [K in keyof ActionItemValues]?: Rule<ActionItemValues[K]> } = {
  title: all(required, maxLength(500)),
  ownerUserId: (value) => (value === '' ? { id: 'form.chooseOne' } : null),
};

export const progressRules: { [K in keyof ProgressValues]?: Rule<ProgressValues[K]> } = {
  note: all(required, maxLength(4000)),
};

export const ACTION_STATUSES: readonly ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE'];

/** An item still to do whose due date has passed (today's date in the reader's time zone). */
export function isOverdue(item: { status: ActionItemStatus; dueOn: string | null }, today: string): boolean {
  return item.status !== 'DONE' && item.dueOn !== null && item.dueOn < today;
}

/** Today as YYYY-MM-DD where the reader is (not at UTC, where evening in Stockton is tomorrow). */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Open work first (blocked, then in progress, then not started), done last; then by due date. */
export function byUrgency<T extends { status: ActionItemStatus; dueOn: string | null }>(
  items: readonly T[],
): T[] {
  const rank: Record<ActionItemStatus, number> = { BLOCKED: 0, IN_PROGRESS: 1, OPEN: 2, DONE: 3 };
  return [...items].sort(
    (a, b) => rank[a.status] - rank[b.status] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
}
