import { daysEarly, localToday, newIdempotencyKey, remainingAfter } from './release';

const usd = (cents: string) => ({ cents, currency: 'USD' });

describe('releasing a tranche, client side', () => {
  it('gives the grant’s remainder once the tranche is paid, to the cent', () => {
    expect(remainingAfter(usd('9007199254740993'), usd('10000000'))).toEqual(usd('9007199244740993'));
  });

  it('counts the calendar days a release would come before the planned date', () => {
    expect(daysEarly('2027-04-12', '2027-03-12')).toBe(31);
    // Across the March daylight-saving change: still whole days.
    expect(daysEarly('2027-03-15', '2027-03-13')).toBe(2);
    expect(daysEarly('2027-04-12', '2027-04-12')).toBe(0);
    expect(daysEarly('2027-04-12', '2027-05-01')).toBeLessThan(0);
  });

  it("reads today's date where the reader is", () => {
    expect(localToday(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });

  it('makes a fresh key for each intended release', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^release-[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
