import { GrantReportStatus, Role } from '@braid/contracts';
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

const report = (recipientOrganizationId: string, status: GrantReportStatus, collaborativeId = STOCKTON) =>
  subject('GrantReport', { collaborativeId, recipientOrganizationId, status });

describe('who may do what with grant reports', () => {
  it("lets a partner write and submit only its own organization's reports, in its own collaborative", () => {
    const partner = defineAbilityFor(person([Role.PARTNER_CONTACT], { organizationId: TRC }));
    for (const action of ['read', 'create', 'update', 'submit'] as const) {
      expect(partner.can(action, report(TRC, GrantReportStatus.DRAFT))).toBe(true);
      expect(partner.can(action, report(REINVENT, GrantReportStatus.DRAFT))).toBe(false);
      expect(partner.can(action, report(TRC, GrantReportStatus.DRAFT, ELSEWHERE))).toBe(false);
    }
    expect(partner.can('review', report(TRC, GrantReportStatus.SUBMITTED))).toBe(false);
    expect(partner.can('read', 'OutcomeRollup')).toBe(false);
    expect(
      partner.can(
        'read',
        subject('ReportingRequirement', { collaborativeId: STOCKTON, recipientOrganizationId: REINVENT }),
      ),
    ).toBe(false);
  });

  it('lets the leadership read accepted reports only; the fund administrator reads and reviews all', () => {
    const member = defineAbilityFor(person([Role.MEMBER]));
    expect(member.can('read', report(TRC, GrantReportStatus.ACCEPTED))).toBe(true);
    expect(member.can('read', report(TRC, GrantReportStatus.SUBMITTED))).toBe(false);
    expect(member.can('read', report(TRC, GrantReportStatus.DRAFT))).toBe(false);
    expect(member.can('read', subject('OutcomeRollup', { collaborativeId: STOCKTON }))).toBe(true);
    expect(member.can('export', subject('OutcomeRollup', { collaborativeId: STOCKTON }))).toBe(false);

    const fundAdmin = defineAbilityFor(person([Role.FUND_ADMINISTRATOR]));
    expect(fundAdmin.can('read', report(TRC, GrantReportStatus.DRAFT))).toBe(true);
    expect(fundAdmin.can('review', report(TRC, GrantReportStatus.SUBMITTED))).toBe(true);
    expect(fundAdmin.can('review', report(TRC, GrantReportStatus.SUBMITTED, ELSEWHERE))).toBe(false);
    expect(fundAdmin.can('update', report(TRC, GrantReportStatus.DRAFT))).toBe(false);
    expect(fundAdmin.can('update', subject('ReportSettings', { collaborativeId: STOCKTON }))).toBe(false);
  });

  it('gives observers nothing but the public outcomes, and only administrators the hold setting', () => {
    const observer = defineAbilityFor(person([Role.OBSERVER]));
    for (const name of [
      'Metric',
      'ReportingRequirement',
      'GrantReport',
      'ReportSettings',
      'OutcomeRollup',
    ] as const)
      expect(observer.can('read', name)).toBe(false);
    const admin = defineAbilityFor(person([Role.ADMIN]));
    expect(admin.can('update', subject('ReportSettings', { collaborativeId: STOCKTON }))).toBe(true);
    expect(admin.can('update', subject('ReportSettings', { collaborativeId: ELSEWHERE }))).toBe(false);
  });
});
