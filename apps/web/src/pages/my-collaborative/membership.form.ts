import { atLeastOne, type Rule } from '../../forms/rules';
import type { Role } from '../../graphql/generated/graphql';

export interface MembershipValues {
  roles: Role[];
  /** '' for none: a native select's value is always a string. */
  organizationId: string;
}

interface Member {
  id: string;
  roles: readonly Role[];
}

/**
 * Whether a member is known to be the collaborative's only administrator, whom the API will not
 * let go (LastAdministrator: "a collaborative needs at least one administrator"). Known only when
 * every member is loaded; with more pages to come another administrator may be among them, and the
 * API has the last word.
 */
export function isOnlyAdministrator(member: Member, members: readonly Member[], allLoaded: boolean): boolean {
  if (!member.roles.includes('ADMIN') || !allLoaded) return false;
  return members.every((other) => other.id === member.id || !other.roles.includes('ADMIN'));
}

/** At least one role (the API's ArrayNotEmpty), and the only administrator keeps that role. */
export function membershipRolesRule(onlyAdministrator: boolean): Rule<readonly Role[]> {
  return (roles) =>
    atLeastOne(roles) ??
    (onlyAdministrator && !roles.includes('ADMIN') ? { id: 'members.lastAdminRole' } : null);
}
