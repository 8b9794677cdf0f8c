import {
  addMoney,
  centsToDecimalString,
  compareMoney,
  decimalStringToCents,
  formatMoney,
  money,
  MoneyError,
  isAcceptableAmount,
  MAX_AMOUNT_CENTS,
  parseCents,
  readTotalCents,
  subtractMoney,
  sumMoney,
} from './money';

describe('Money', () => {
  it('keeps amounts as exact integer cents, beyond what a float can hold', () => {
    const big = money('9007199254740993'); // 2^53 + 1: a double would round it
    expect(addMoney(big, money(1)).cents).toBe(9007199254740994n);
  });

  it('refuses fractional cents, floats and non-numbers', () => {
    expect(() => parseCents(12.5)).toThrow(MoneyError);
    expect(() => parseCents('12.50')).toThrow(MoneyError);
    expect(() => parseCents('1e6')).toThrow(MoneyError);
    expect(() => parseCents('99999999999999999999')).toThrow(MoneyError);
  });

  it('accepts one amount up to $1,000,000,000.00 and reads totals of any size', () => {
    expect(MAX_AMOUNT_CENTS).toBe(100_000_000_000n);
    expect(isAcceptableAmount(MAX_AMOUNT_CENTS)).toBe(true);
    expect(isAcceptableAmount(-MAX_AMOUNT_CENTS)).toBe(true);
    expect(isAcceptableAmount(MAX_AMOUNT_CENTS + 1n)).toBe(false);
    // A SQL sum (numeric) of amounts beyond bigint still formats exactly.
    expect(readTotalCents('18446744073709551614')).toBe(18_446_744_073_709_551_614n);
    expect(formatMoney({ cents: '18446744073709551614', currency: 'USD' })).toBe(
      '$184,467,440,737,095,516.14',
    );
    expect(() => readTotalCents('1.5')).toThrow(MoneyError);
  });

  it('refuses to mix currencies', () => {
    expect(() => addMoney(money(1, 'USD'), money(1, 'MXN'))).toThrow(/Cannot combine USD with MXN/);
    expect(() => money(1, 'usd')).toThrow(MoneyError);
  });

  it('adds, subtracts, compares and sums', () => {
    expect(subtractMoney(money(85_000_000), money(50_900_000)).cents).toBe(34_100_000n);
    expect(compareMoney(money(1), money(2))).toBe(-1);
    expect(compareMoney(money(2), money(2))).toBe(0);
    expect(sumMoney([money(1), money(2), money(3)]).cents).toBe(6n);
    expect(sumMoney([]).cents).toBe(0n);
  });

  it('converts between cents and decimal strings without floats', () => {
    expect(centsToDecimalString(85_000_000n)).toBe('850000.00');
    expect(centsToDecimalString(5n)).toBe('0.05');
    expect(centsToDecimalString(-105n)).toBe('-1.05');
    expect(decimalStringToCents('$850,000')).toBe(85_000_000n);
    expect(decimalStringToCents('1234.5')).toBe(123_450n);
    expect(decimalStringToCents('0.07')).toBe(7n);
    expect(() => decimalStringToCents('1.234')).toThrow(MoneyError);
    expect(() => decimalStringToCents('abc')).toThrow(MoneyError);
  });

  it('reads commas as thousands separators only, so a decimal comma is refused, not read as thousands', () => {
    expect(decimalStringToCents('1,250.50')).toBe(125_050n);
    expect(decimalStringToCents('$ 12,345,678')).toBe(1_234_567_800n);
    expect(decimalStringToCents('-1,000')).toBe(-100_000n);
    for (const typed of ['12,50', '1,2345', ',500', '1,,000', '1000,', '1,000,00'])
      expect(() => decimalStringToCents(typed)).toThrow(MoneyError);
  });

  it('formats for English and Spanish readers', () => {
    expect(formatMoney(money(85_000_000), 'en-US')).toBe('$850,000.00');
    expect(formatMoney({ cents: '50900000', currency: 'USD' }, 'es-US')).toMatch(/509,000\.00/);
  });
});
