import { periodTargets, splitEvenly } from './requirement-targets';

const quarters = (ends: string[]) => ends.map((periodEnd) => ({ periodEnd }));

describe('period targets', () => {
  it('splits a whole target into whole shares that add up to it', () => {
    expect(splitEvenly(500, 4)).toEqual([125, 125, 125, 125]);
    expect(splitEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(splitEvenly(5, 0)).toEqual([]);
  });

  it('spreads a grant target over every period', () => {
    const periods = quarters(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(periodTargets(periods, '2026-01-01', 1000, [])).toEqual([250, 250, 250, 250]);
  });

  it('spreads each year target over the periods ending in that grant year ("50 in year one, 100 in years two and three")', () => {
    const ends = [
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
      '2027-03-31',
      '2027-06-30',
      '2027-09-30',
      '2027-12-31',
      '2028-03-31',
      '2028-06-30',
      '2028-09-30',
      '2028-12-31',
    ];
    const targets = periodTargets(quarters(ends), '2026-01-01', 250, [50, 100, 100]);
    expect(targets).toEqual([13, 13, 12, 12, 25, 25, 25, 25, 25, 25, 25, 25]);
    expect(targets.reduce((a, b) => a + b, 0)).toBe(250);
  });

  it('gives nothing to periods after the last year with a target', () => {
    expect(periodTargets(quarters(['2026-06-30', '2027-06-30']), '2026-01-01', 50, [50])).toEqual([50, 0]);
  });
});
