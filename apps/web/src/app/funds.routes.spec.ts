import { packRules } from '@casl/ability/extra';
import { abilityFromPermissions } from '../session/ability';
import type { TestRule } from '../testing/render';
import { fundsNav } from './funds.routes';

const HSS = 'c-hss';
const FUND = ['FundingStream', 'Contribution', 'LedgerTransaction', 'Grant', 'Disbursement'] as const;

/** The navigation entries a person with these rules (as myPermissions sends them) is shown. */
function entriesFor(rules: TestRule[], collaborativeId = HSS): string[] {
  const ability = abilityFromPermissions(packRules(rules));
  return fundsNav
    .filter((entry) => entry.visible?.(ability, collaborativeId) ?? true)
    .map((entry) => entry.key);
}

describe('the fund’s entries in the navigation bar', () => {
  it('shows a leadership member the budget, contributions, grants and ledger, and no audit log', () => {
    expect(
      entriesFor([{ action: 'read', subject: [...FUND], conditions: { collaborativeId: HSS } }]),
    ).toEqual(['funds-budget', 'funds-contributions', 'funds-grants', 'funds-ledger']);
  });

  it('adds the audit log for the fund administrator, whose rule covers the fund’s events only', () => {
    expect(
      entriesFor([
        { action: 'read', subject: [...FUND], conditions: { collaborativeId: HSS } },
        {
          action: 'read',
          subject: 'AuditEvent',
          conditions: { collaborativeId: HSS, entityType: { $in: [...FUND] } },
        },
      ]),
    ).toEqual(['funds-budget', 'funds-contributions', 'funds-grants', 'funds-ledger', 'funds-audit']);
  });

  it('shows a partner contact only "My grants", from a rule that also names its organization', () => {
    const partner: TestRule[] = [
      {
        action: 'read',
        subject: ['Grant', 'Disbursement'],
        conditions: { collaborativeId: HSS, recipientOrganizationId: 'o-trc' },
      },
    ];
    expect(entriesFor(partner)).toEqual(['funds-my-grants']);
    // Not in a collaborative where the rule does not apply.
    expect(entriesFor(partner, 'c-elsewhere')).toEqual([]);
  });

  it('shows an observer none of the fund’s pages (the overview has the totals)', () => {
    expect(entriesFor([{ action: 'read', subject: ['Collaborative', 'Seat'] }])).toEqual([]);
  });
});
