import { Role } from '@braid/contracts';
import { subject } from '@casl/ability';
import { defineAbilityFor, defineSystemAbility } from './ability.factory';
import { MembershipFacts, Principal } from './principal';

const HSS = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'b0000000-0000-4000-8000-000000000002';

function member(roles: Role[], collaborativeId = HSS, extra: Partial<MembershipFacts> = {}): Principal {
  return {
    userId: 'u0000000-0000-4000-8000-000000000003',
    displayName: 'Test person',
    email: 'person@example.org',
    preferredLanguage: 'en',
    sessionId: null,
    memberships: [
      {
        collaborativeId,
        membershipId: 'm0000000-0000-4000-8000-000000000004',
        roles,
        organizationId: null,
        seatIds: [],
        alternateSeatIds: [],
        ledWorkgroupIds: [],
        workgroupIds: [],
        ...extra,
      },
    ],
  };
}

const seatOf = (collaborativeId: string) => subject('Seat', { id: 's1', collaborativeId });

describe('The ability factory', () => {
  it('gives anonymous visitors no rule at all (the transparency view is a separate public read model)', () => {
    const ability = defineAbilityFor(null);
    expect(ability.rules).toEqual([]);
    expect(ability.can('read', subject('Collaborative', { id: HSS, publicTransparency: true }))).toBe(false);
  });

  it('lets every member read the leadership team of their own collaborative, never another', () => {
    for (const role of Object.values(Role)) {
      const ability = defineAbilityFor(member([role]));
      expect(ability.can('read', seatOf(HSS))).toBe(true);
      expect(ability.can('read', seatOf(OTHER))).toBe(false);
      expect(ability.can('read', subject('Collaborative', { id: HSS, publicTransparency: false }))).toBe(
        true,
      );
      expect(ability.can('read', subject('Collaborative', { id: OTHER, publicTransparency: false }))).toBe(
        false,
      );
    }
  });

  it('lets only administrators manage seats, organizations, members and invitations', () => {
    const admin = defineAbilityFor(member([Role.ADMIN]));
    for (const kind of ['Seat', 'Organization', 'Membership'] as const) {
      expect(admin.can('create', subject(kind, { collaborativeId: HSS }))).toBe(true);
      expect(admin.can('update', subject(kind, { collaborativeId: HSS }))).toBe(true);
      expect(admin.can('update', subject(kind, { collaborativeId: OTHER }))).toBe(false);
    }
    expect(admin.can('invite', subject('Invitation', { collaborativeId: HSS }))).toBe(true);

    for (const role of [
      Role.CHAIR,
      Role.FUND_ADMINISTRATOR,
      Role.WORKGROUP_LEAD,
      Role.MEMBER,
      Role.PARTNER_CONTACT,
      Role.OBSERVER,
    ]) {
      const ability = defineAbilityFor(member([role]));
      expect(ability.can('update', seatOf(HSS))).toBe(false);
      expect(ability.can('invite', subject('Invitation', { collaborativeId: HSS }))).toBe(false);
    }
  });

  it('opens the audit log to administrators and chairs only', () => {
    const event = subject('AuditEvent', { collaborativeId: HSS });
    expect(defineAbilityFor(member([Role.ADMIN])).can('read', event)).toBe(true);
    expect(defineAbilityFor(member([Role.CHAIR])).can('read', event)).toBe(true);
    expect(defineAbilityFor(member([Role.MEMBER])).can('read', event)).toBe(false);
    expect(defineAbilityFor(member([Role.CHAIR], OTHER)).can('read', event)).toBe(false);
  });

  it('lets a person read and update only their own user record', () => {
    const principal = member([Role.MEMBER]);
    const ability = defineAbilityFor(principal);
    expect(ability.can('update', subject('User', { id: principal.userId }))).toBe(true);
    expect(ability.can('update', subject('User', { id: 'someone-else' }))).toBe(false);
  });

  it('gives the system every permission, for start-up tasks only', () => {
    expect(defineSystemAbility().can('update', seatOf(OTHER))).toBe(true);
  });
});
