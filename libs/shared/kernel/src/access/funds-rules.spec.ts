import { Role } from '@braid/contracts';
import { subject } from '@casl/ability';
import { defineAbilityFor } from './ability.factory';
import { MembershipFacts, Principal } from './principal';

const STOCKTON = '6f1f7c1e-0000-4000-8000-000000000001';
const ELSEWHERE = '6f1f7c1e-0000-4000-8000-000000000002';
const TRC = 'org-trauma-recovery-center';
const REINVENT = 'org-reinvent-south-stockton';

function person(roles: Role[], facts: Partial<MembershipFacts> = {}): Principal {
  return {
    userId: 'user',
    displayName: 'Someone',
    email: 'someone@example.org',
    preferredLanguage: 'en',
    sessionId: null,
    memberships: [
      {
        collaborativeId: STOCKTON,
        membershipId: 'membership',
        roles,
        organizationId: null,
        seatIds: [],
        alternateSeatIds: [],
        ledWorkgroupIds: [],
        workgroupIds: [],
        ...facts,
      },
    ],
  };
}

const grantTo = (recipientOrganizationId: string, collaborativeId = STOCKTON) =>
  subject('Grant', { collaborativeId, recipientOrganizationId });

describe('who may do what with the Wellness Fund', () => {
  it('lets only the fund administrator move money', () => {
    const fundAdmin = defineAbilityFor(person([Role.FUND_ADMINISTRATOR]));
    const chair = defineAbilityFor(person([Role.CHAIR, Role.MEMBER]));
    const tranche = subject('Disbursement', { collaborativeId: STOCKTON, recipientOrganizationId: TRC });
    expect(fundAdmin.can('release', tranche)).toBe(true);
    expect(fundAdmin.can('reverse', subject('LedgerTransaction', { collaborativeId: STOCKTON }))).toBe(true);
    expect(chair.can('release', tranche)).toBe(false);
    expect(chair.can('create', subject('Grant', { collaborativeId: STOCKTON }))).toBe(false);
    expect(
      fundAdmin.can(
        'release',
        subject('Disbursement', { collaborativeId: ELSEWHERE, recipientOrganizationId: TRC }),
      ),
    ).toBe(false);
  });

  it('shows the fund administrator the fund’s audit trail, not the rest of the collaborative’s', () => {
    const fundAdmin = defineAbilityFor(person([Role.FUND_ADMINISTRATOR]));
    const event = (entityType: string, collaborativeId = STOCKTON) =>
      subject('AuditEvent', { collaborativeId, entityType });
    expect(fundAdmin.can('read', event('Disbursement'))).toBe(true);
    expect(fundAdmin.can('read', event('Contribution'))).toBe(true);
    expect(fundAdmin.can('read', event('Membership'))).toBe(false);
    expect(fundAdmin.can('read', event('Disbursement', ELSEWHERE))).toBe(false);
    expect(defineAbilityFor(person([Role.MEMBER])).can('read', event('Disbursement'))).toBe(false);
  });

  it('lets the leadership team read the fund, including a resident who holds a seat but no role', () => {
    const resident = defineAbilityFor(person([], { seatIds: ['resident-seat-1'] }));
    expect(resident.can('read', subject('FundingStream', { collaborativeId: STOCKTON }))).toBe(true);
    expect(resident.can('read', grantTo(REINVENT))).toBe(true);
    expect(resident.can('export', subject('LedgerTransaction', { collaborativeId: STOCKTON }))).toBe(false);
  });

  it("shows a partner contact its own organization's grants and tranches, and nothing of the fund", () => {
    const partner = defineAbilityFor(person([Role.PARTNER_CONTACT], { organizationId: TRC }));
    expect(partner.can('read', grantTo(TRC))).toBe(true);
    expect(partner.can('read', grantTo(REINVENT))).toBe(false);
    expect(partner.can('read', grantTo(TRC, ELSEWHERE))).toBe(false);
    expect(partner.can('read', subject('FundingStream', { collaborativeId: STOCKTON }))).toBe(false);
    expect(partner.can('read', subject('LedgerTransaction', { collaborativeId: STOCKTON }))).toBe(false);
  });

  it('gives observers no grant-level data and lets the chair and administrators export', () => {
    const observer = defineAbilityFor(person([Role.OBSERVER]));
    expect(observer.can('read', 'Grant')).toBe(false);
    expect(observer.can('read', 'FundingStream')).toBe(false);
    for (const role of [Role.CHAIR, Role.ADMIN, Role.FUND_ADMINISTRATOR]) {
      expect(
        defineAbilityFor(person([role])).can(
          'export',
          subject('FundingStream', { collaborativeId: STOCKTON }),
        ),
      ).toBe(true);
    }
    expect(
      defineAbilityFor(person([Role.MEMBER])).can(
        'export',
        subject('FundingStream', { collaborativeId: STOCKTON }),
      ),
    ).toBe(false);
  });
});
