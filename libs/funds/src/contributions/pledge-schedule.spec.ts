import { pledgeBehind, pledgeExpectation } from './pledge-schedule';

const pledge = { pledgedOn: '2026-01-15', pledgedCents: 40_000_000n, writtenOffCents: 0n };

describe('pledgeExpectation', () => {
  it('expects nothing before the pledge’s first quarter has ended', () => {
    expect(pledgeExpectation(pledge, '2026-12-31', '2026-03-31')).toBeNull();
  });

  it('expects an equal part at each quarter end up to the stream’s last quarter', () => {
    expect(pledgeExpectation(pledge, '2026-12-31', '2026-04-01')).toEqual({
      asOf: '2026-03-31',
      expectedCents: 10_000_000n,
    });
    expect(pledgeExpectation(pledge, '2026-12-31', '2026-09-30')).toEqual({
      asOf: '2026-06-30',
      expectedCents: 20_000_000n,
    });
    expect(pledgeExpectation(pledge, '2026-12-31', '2027-01-01')).toEqual({
      asOf: '2026-12-31',
      expectedCents: 40_000_000n,
    });
  });

  it('keeps the last checkpoint once the stream has ended, so it is told once', () => {
    expect(pledgeExpectation(pledge, '2026-12-31', '2028-05-01')).toEqual({
      asOf: '2026-12-31',
      expectedCents: 40_000_000n,
    });
  });

  it('rounds parts down, the last one carrying the remainder', () => {
    const odd = { pledgedOn: '2026-01-01', pledgedCents: 100n, writtenOffCents: 0n };
    expect(pledgeExpectation(odd, '2026-09-30', '2026-04-01')?.expectedCents).toBe(33n);
    expect(pledgeExpectation(odd, '2026-09-30', '2026-07-01')?.expectedCents).toBe(66n);
    expect(pledgeExpectation(odd, '2026-09-30', '2026-10-01')?.expectedCents).toBe(100n);
  });

  it('expects a pledge made in or after the stream’s last quarter whole at its own quarter end', () => {
    const late = { pledgedOn: '2027-02-01', pledgedCents: 500n, writtenOffCents: 0n };
    expect(pledgeExpectation(late, '2026-12-31', '2027-04-01')).toEqual({
      asOf: '2027-03-31',
      expectedCents: 500n,
    });
  });

  it('no longer expects money written off', () => {
    const written = { ...pledge, writtenOffCents: 20_000_000n };
    expect(pledgeExpectation(written, '2026-12-31', '2026-04-01')?.expectedCents).toBe(5_000_000n);
  });
});

describe('pledgeBehind', () => {
  const expectation = { asOf: '2026-03-31', expectedCents: 10_000_000n };
  it('is behind when less arrived than expected by the checkpoint', () => {
    expect(pledgeBehind(9_999_999n, expectation)).toBe(true);
    expect(pledgeBehind(10_000_000n, expectation)).toBe(false);
    expect(pledgeBehind(0n, null)).toBe(false);
  });
});
