import { all, maxLength, required, type Rule } from '../../forms/rules';
import type { Role, WorkgroupStatus } from '../../graphql/generated/graphql';

export interface WorkgroupValues {
  name: string;
  purpose: string;
  status: WorkgroupStatus;
  leadUserIds: string[];
  /** The members besides the leads. */
  memberUserIds: string[];
}

const atMost =
  (max: number): Rule<readonly unknown[]> =>
  (value) =>
    value.length > max ? { id: 'governance.workgroupForm.tooMany', values: { max } } : null;

/** CreateWorkgroupInput / UpdateWorkgroupInput limits (libs/governance/src/workgroups/dto). */
export const workgroupRules: { [K in keyof WorkgroupValues]?: Rule<WorkgroupValues[K]> } = {
  name: all(required, maxLength(200)),
  purpose: maxLength(4000),
  leadUserIds: atMost(20),
  memberUserIds: atMost(500),
};

export const WORKGROUP_STATUSES: readonly WorkgroupStatus[] = ['ACTIVE', 'PAUSED', 'CLOSED'];

export interface Candidate {
  userId: string;
  displayName: string;
  roles: readonly Role[];
}

/**
 * Who may be chosen as a workgroup's lead or member, or a meeting's note-taker: the collaborative's
 * members by name, without those who are only a funded partner's contact (they read none of the
 * deliberations, so the workgroup or meeting would be closed to them); whoever holds the place
 * already stays choosable, so saving never drops them.
 */
export function choosablePeople(
  members: readonly Candidate[],
  alreadyIn: readonly { userId: string; displayName: string }[] = [],
): { value: string; label: string }[] {
  const byId = new Map<string, string>();
  for (const member of members) {
    if (member.roles.some((role) => role !== 'PARTNER_CONTACT')) byId.set(member.userId, member.displayName);
  }
  for (const member of alreadyIn) if (!byId.has(member.userId)) byId.set(member.userId, member.displayName);
  return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The members besides the leads: someone chosen as lead is not also sent as a member. */
export function membersBesidesLeads(
  values: Pick<WorkgroupValues, 'leadUserIds' | 'memberUserIds'>,
): string[] {
  const leads = new Set(values.leadUserIds);
  return values.memberUserIds.filter((userId) => !leads.has(userId));
}
