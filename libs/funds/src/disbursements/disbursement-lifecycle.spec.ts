import { canMoveDisbursement, DisbursementStatus as S } from './disbursement-lifecycle';

describe('the lifecycle of a disbursement tranche', () => {
  it('releases, pays and cancels only from the states the issue names', () => {
    expect(canMoveDisbursement(S.SCHEDULED, S.RELEASED)).toBe(true);
    expect(canMoveDisbursement(S.RELEASED, S.PAID)).toBe(true);
    expect(canMoveDisbursement(S.SCHEDULED, S.CANCELLED)).toBe(true);
  });

  it('refuses to cancel a released tranche: its release must be reversed first', () => {
    expect(canMoveDisbursement(S.RELEASED, S.CANCELLED)).toBe(false);
    expect(canMoveDisbursement(S.RELEASED, S.SCHEDULED)).toBe(true);
  });

  it('treats paid and cancelled tranches as final', () => {
    for (const to of Object.values(S)) {
      expect(canMoveDisbursement(S.PAID, to)).toBe(false);
      expect(canMoveDisbursement(S.CANCELLED, to)).toBe(false);
    }
  });

  it('never pays a tranche that was not released, nor releases twice', () => {
    expect(canMoveDisbursement(S.SCHEDULED, S.PAID)).toBe(false);
    expect(canMoveDisbursement(S.RELEASED, S.RELEASED)).toBe(false);
  });
});
