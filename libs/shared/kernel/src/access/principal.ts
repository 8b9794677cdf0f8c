import { Role } from '@braid/contracts';

/**
 * What one person is in one collaborative: the facts the ability is built from. Domain libraries
 * add their facts (seats held, workgroups led, ...) through a PrincipalEnricher, so that the
 * ability factory stays the one place where rules are written.
 */
export interface MembershipFacts {
  collaborativeId: string;
  membershipId: string;
  roles: Role[];
  /** The organization this person represents (a partner's grantee, a seat's sector organization). */
  organizationId: string | null;
  /** Seats this person holds as the primary holder. */
  seatIds: string[];
  /** Seats for which this person is the alternate. */
  alternateSeatIds: string[];
  /** Workgroups this person leads. */
  ledWorkgroupIds: string[];
  /** Workgroups this person is a member of (leads included). */
  workgroupIds: string[];
}

export interface Principal {
  userId: string;
  displayName: string;
  email: string;
  preferredLanguage: string;
  sessionId: string | null;
  /** When the session stops holding unless it is used again (sliding expiry); absent outside sessions. */
  sessionExpiresAt?: Date;
  memberships: MembershipFacts[];
}

export function membershipIn(
  principal: Principal | null,
  collaborativeId: string,
): MembershipFacts | undefined {
  return principal?.memberships.find((m) => m.collaborativeId === collaborativeId);
}

export function hasRole(principal: Principal | null, collaborativeId: string, ...roles: Role[]): boolean {
  const membership = membershipIn(principal, collaborativeId);
  return !!membership && roles.some((role) => membership.roles.includes(role));
}
