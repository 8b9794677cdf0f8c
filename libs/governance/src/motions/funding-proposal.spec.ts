import { FundingProposalInvalid } from '../governance.errors';
import { FundingProposalDraft, validateFundingProposal } from './funding-proposal';

/** The trauma recovery center's first-year ask: $300,000 from the county and OVC streams. */
const proposal: FundingProposalDraft = {
  amount: { cents: 30_000_000n, currency: 'USD' },
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  allocations: [
    { fundingStreamId: 'county', cents: 20_000_000n },
    { fundingStreamId: 'ovc', cents: 10_000_000n },
  ],
  tranches: [
    { cents: 10_000_000n, plannedOn: '2026-01-15' },
    { cents: 10_000_000n, plannedOn: '2026-05-15' },
    { cents: 10_000_000n, plannedOn: '2026-09-15' },
  ],
};

function fieldOf(draft: FundingProposalDraft): string | undefined {
  try {
    validateFundingProposal(draft);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(FundingProposalInvalid);
    return ((error as FundingProposalInvalid).extensions['fields'] as { field: string }[])[0].field;
  }
}

describe('A funding proposal', () => {
  it('accepts allocations and three tranches that add up to the amount', () => {
    expect(fieldOf(proposal)).toBeUndefined();
    expect(fieldOf({ ...proposal, allocations: [] })).toBeUndefined();
  });

  it('refuses allocations or tranches that do not add up, by a single cent', () => {
    expect(fieldOf({ ...proposal, allocations: [{ fundingStreamId: 'county', cents: 29_999_999n }] })).toBe(
      'funding.allocations',
    );
    expect(fieldOf({ ...proposal, tranches: [{ cents: 30_000_001n, plannedOn: '2026-02-01' }] })).toBe(
      'funding.tranches',
    );
  });

  it('refuses the same stream twice', () => {
    expect(
      fieldOf({
        ...proposal,
        allocations: [
          { fundingStreamId: 'county', cents: 15_000_000n },
          { fundingStreamId: 'county', cents: 15_000_000n },
        ],
      }),
    ).toBe('funding.allocations');
  });

  it('refuses dates out of order', () => {
    expect(fieldOf({ ...proposal, periodEnd: '2025-12-31' })).toBe('funding.periodEnd');
    const [first, second, third] = proposal.tranches;
    expect(fieldOf({ ...proposal, tranches: [second, first, third] })).toBe('funding.tranches.1.plannedOn');
    expect(fieldOf({ ...proposal, tranches: [first, second, { ...third, plannedOn: '2027-01-15' }] })).toBe(
      'funding.tranches.2.plannedOn',
    );
  });
});
