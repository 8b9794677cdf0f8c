import { ContributionStatus as S } from './contribution.entity';
import { CONTRIBUTION_LIFECYCLE, statusForAmounts } from './contribution-lifecycle';

describe('the lifecycle of a contribution', () => {
  it('derives the status from what has been received against the pledge', () => {
    expect(statusForAmounts(85_000_000n, 0n)).toBe(S.PLEDGED);
    expect(statusForAmounts(85_000_000n, 28_333_334n)).toBe(S.PARTIALLY_RECEIVED);
    expect(statusForAmounts(85_000_000n, 85_000_000n)).toBe(S.RECEIVED);
  });

  it('moves forward as money arrives and back only when a receipt is reversed', () => {
    expect(CONTRIBUTION_LIFECYCLE.can(S.PLEDGED, S.PARTIALLY_RECEIVED)).toBe(true);
    expect(CONTRIBUTION_LIFECYCLE.can(S.PARTIALLY_RECEIVED, S.RECEIVED)).toBe(true);
    expect(CONTRIBUTION_LIFECYCLE.can(S.RECEIVED, S.PARTIALLY_RECEIVED)).toBe(true);
  });

  it('writes off only what is still open, and a write-off is final', () => {
    expect(CONTRIBUTION_LIFECYCLE.can(S.PARTIALLY_RECEIVED, S.WRITTEN_OFF)).toBe(true);
    expect(CONTRIBUTION_LIFECYCLE.can(S.RECEIVED, S.WRITTEN_OFF)).toBe(false);
    for (const to of Object.values(S)) expect(CONTRIBUTION_LIFECYCLE.can(S.WRITTEN_OFF, to)).toBe(false);
  });

  it('answers a receipt for a written-off pledge with the advice to record a new pledge', () => {
    expect(() => CONTRIBUTION_LIFECYCLE.assert(S.WRITTEN_OFF, S.PARTIALLY_RECEIVED)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ reason: 'ILLEGAL_TRANSITION', rule: 'RECORD_NEW_PLEDGE' }),
      }),
    );
  });
});
