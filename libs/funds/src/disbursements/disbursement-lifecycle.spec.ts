import { DISBURSEMENT_LIFECYCLE, DisbursementStatus as S } from './disbursement-lifecycle';

describe('the lifecycle of a disbursement tranche', () => {
  it('releases, pays and cancels only from the states the issue names', () => {
    expect(DISBURSEMENT_LIFECYCLE.can(S.SCHEDULED, S.RELEASED)).toBe(true);
    expect(DISBURSEMENT_LIFECYCLE.can(S.RELEASED, S.PAID)).toBe(true);
    expect(DISBURSEMENT_LIFECYCLE.can(S.SCHEDULED, S.CANCELLED)).toBe(true);
  });

  it('refuses to cancel a released tranche: its release must be reversed first', () => {
    expect(DISBURSEMENT_LIFECYCLE.can(S.RELEASED, S.CANCELLED)).toBe(false);
    expect(DISBURSEMENT_LIFECYCLE.can(S.RELEASED, S.SCHEDULED)).toBe(true);
    expect(() => DISBURSEMENT_LIFECYCLE.assert(S.RELEASED, S.CANCELLED)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ subject: 'tranche', rule: 'REVERSE_RELEASE_FIRST' }),
      }),
    );
  });

  it('treats paid and cancelled tranches as final', () => {
    for (const to of Object.values(S)) {
      expect(DISBURSEMENT_LIFECYCLE.can(S.PAID, to)).toBe(false);
      expect(DISBURSEMENT_LIFECYCLE.can(S.CANCELLED, to)).toBe(false);
    }
  });

  it('never pays a tranche that was not released, nor releases twice', () => {
    expect(DISBURSEMENT_LIFECYCLE.can(S.SCHEDULED, S.PAID)).toBe(false);
    expect(DISBURSEMENT_LIFECYCLE.can(S.RELEASED, S.RELEASED)).toBe(false);
  });
});
