import { dollarsToCents, equalTranches } from './funding-plan';

describe('a funding motion’s plan', () => {
  it('reads dollars as people type them, in exact cents', () => {
    expect(dollarsToCents('300,000')).toBe(30_000_000n);
    expect(dollarsToCents('$75,000.50')).toBe(7_500_050n);
    expect(dollarsToCents('0')).toBeNull();
    expect(dollarsToCents('12.345')).toBeNull();
    expect(dollarsToCents('three hundred')).toBeNull();
  });

  it('splits the amount into tranches that add up to the cent, in date order within the period', () => {
    const tranches = equalTranches(10_000_000n, 3, '2026-12-10', '2027-12-09');
    expect(tranches.map((t) => t.cents)).toEqual(['3333333', '3333333', '3333334']);
    expect(tranches.reduce((sum, t) => sum + BigInt(t.cents), 0n)).toBe(10_000_000n);
    expect(tranches.map((t) => t.plannedOn)).toEqual(['2026-12-10', '2027-04-10', '2027-08-09']);
  });

  it('plans nothing for a period that ends before it starts', () => {
    expect(equalTranches(100n, 2, '2027-01-01', '2026-01-01')).toEqual([]);
    expect(equalTranches(100n, 0, '2026-01-01', '2027-01-01')).toEqual([]);
  });
});
