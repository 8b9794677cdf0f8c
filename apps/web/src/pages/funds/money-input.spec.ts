import { centsToDollarsText, dollars, readDollars, sumCents } from './money-input';

const cents = (input: string) => {
  const reading = readDollars(input);
  return reading.ok ? reading.cents : reading.reason;
};

describe('reading the dollars people type into cents', () => {
  it('reads whole dollars, cents and thousands separators exactly', () => {
    expect(cents('1,250.50')).toBe('125050');
    expect(cents('1250.5')).toBe('125050');
    expect(cents('300')).toBe('30000');
    expect(cents('$ 75.05')).toBe('7505');
    expect(cents('US$850,000')).toBe('85000000');
    expect(cents('.29')).toBe('29');
    expect(cents('0.29')).toBe('29');
    expect(cents('12,345,678.90')).toBe('1234567890');
  });

  it('never goes through a float: amounts past 2^53 cents stay exact', () => {
    expect(cents('90,071,992,547,409.93')).toBe('9007199254740993');
    expect(cents('9,999,999,999,999.99')).toBe('999999999999999');
  });

  it('refuses what is not an amount, saying why', () => {
    expect(cents('')).toBe('empty');
    expect(cents('   ')).toBe('empty');
    expect(cents('abc')).toBe('invalid');
    expect(cents('1,25')).toBe('invalid');
    expect(cents('12,50.00')).toBe('invalid');
    expect(cents('1.2.3')).toBe('invalid');
    expect(cents('-5')).toBe('invalid');
    expect(cents('.')).toBe('invalid');
    expect(cents('1e6')).toBe('invalid');
    expect(cents('10.005')).toBe('decimals');
    expect(cents('0')).toBe('notPositive');
    expect(cents('0.00')).toBe('notPositive');
    expect(cents('9,999,999,999,999,999')).toBe('tooLarge');
  });

  it('answers as a form rule with the message to show', () => {
    expect(dollars('1,250.50')).toBeNull();
    expect(dollars('')).toEqual({ id: 'funds.money.required' });
    expect(dollars('10.005')).toEqual({ id: 'funds.money.decimals' });
  });

  it('writes cents back as a person would type them, and adds them exactly', () => {
    expect(centsToDollarsText('125050')).toBe('1250.50');
    expect(centsToDollarsText('5')).toBe('0.05');
    expect(centsToDollarsText('10000000')).toBe('100000.00');
    expect(sumCents(['9007199254740993', '1'])).toBe('9007199254740994');
  });
});
