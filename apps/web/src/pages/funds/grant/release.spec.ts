import { newIdempotencyKey, previewRelease } from './release';

const usd = (cents: string) => ({ cents, currency: 'USD' });

describe('previewing a release', () => {
  it('shows the fund’s cash and the grant’s remainder once the tranche is paid, to the cent', () => {
    expect(
      previewRelease({
        amount: usd('10000000'),
        fundCash: usd('30908400'),
        grantRemaining: usd('20000000'),
        streamCash: [usd('4166700'), usd('4241700')],
      }),
    ).toEqual({ fundCashAfter: usd('20908400'), grantRemainingAfter: usd('10000000'), streamsCover: false });
  });

  it('says the grant’s streams cover a tranche when their cash adds up to it', () => {
    expect(
      previewRelease({
        amount: usd('10000000'),
        fundCash: usd('10000000'),
        grantRemaining: usd('10000000'),
        streamCash: [usd('5000000'), usd('5000000')],
      }).streamsCover,
    ).toBe(true);
  });

  it('leaves the judgement to the API when the reader cannot see a stream', () => {
    expect(
      previewRelease({ amount: usd('1'), fundCash: null, grantRemaining: usd('1'), streamCash: [null] }),
    ).toEqual({ fundCashAfter: null, grantRemainingAfter: usd('0'), streamsCover: null });
  });

  it('makes a fresh key for each intended release', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^release-[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
