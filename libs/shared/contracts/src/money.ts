/**
 * Money is an integer number of minor units (cents) and an ISO 4217 currency. Never a float:
 * floating residues in a ledger are the failure this type exists to prevent.
 */
export interface Money {
  readonly cents: bigint;
  readonly currency: string;
}

export const DEFAULT_CURRENCY = 'USD';

/** PostgreSQL bigint's maximum: no stored amount or balance can be larger. */
export const MAX_CENTS = 9_223_372_036_854_775_807n;

/**
 * The largest single amount Braid accepts: $1,000,000,000.00 (a pledge, a grant, a tranche, a
 * receipt). Far above any community health collaborative's award, and small enough that sums of
 * amounts cannot come near bigint's limit: 92 million amounts of this size would be needed to
 * overflow one balance. Two pledges of bigint's maximum used to be accepted, after which every
 * money view failed (issue 17). The database holds the same limit in check constraints.
 */
export const MAX_AMOUNT_CENTS = 100_000_000_000n;

/** Whether one amount (either sign) is within what Braid accepts. */
export function isAcceptableAmount(cents: bigint): boolean {
  return cents <= MAX_AMOUNT_CENTS && cents >= -MAX_AMOUNT_CENTS;
}

const CENTS_PATTERN = /^-?\d{1,19}$/;
const ANY_CENTS_PATTERN = /^-?\d+$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export class MoneyError extends Error {}

export function money(cents: bigint | number | string, currency: string = DEFAULT_CURRENCY): Money {
  return { cents: parseCents(cents), currency: parseCurrency(currency) };
}

export function parseCents(value: bigint | number | string): bigint {
  let cents: bigint;
  if (typeof value === 'bigint') {
    cents = value;
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new MoneyError(`An amount in cents must be a whole number: ${value}`);
    cents = BigInt(value);
  } else {
    if (!CENTS_PATTERN.test(value))
      throw new MoneyError(`An amount in cents must be a whole number: "${value}"`);
    cents = BigInt(value);
  }
  if (cents > MAX_CENTS || cents < -MAX_CENTS) throw new MoneyError('The amount is too large');
  return cents;
}

/**
 * Reads a total, which may be larger than any single amount (a fund's pledges summed in SQL as
 * numeric): any whole number of cents, without the storage bound of parseCents.
 */
export function readTotalCents(value: bigint | number | string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return parseCents(value);
  if (!ANY_CENTS_PATTERN.test(value))
    throw new MoneyError(`An amount in cents must be a whole number: "${value}"`);
  return BigInt(value);
}

export function parseCurrency(value: string): string {
  if (!CURRENCY_PATTERN.test(value)) throw new MoneyError(`"${value}" is not an ISO 4217 currency code`);
  return value;
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MoneyError(`Cannot combine ${a.currency} with ${b.currency}`);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { cents: a.cents + b.cents, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { cents: a.cents - b.cents, currency: a.currency };
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.cents < b.cents ? -1 : a.cents > b.cents ? 1 : 0;
}

export function sumMoney(items: readonly Money[], currency: string = DEFAULT_CURRENCY): Money {
  return items.reduce((total, item) => addMoney(total, item), { cents: 0n, currency });
}

/**
 * "123456" cents → "1234.56": an exact decimal string, which Intl.NumberFormat formats without
 * passing through a float.
 */
export function centsToDecimalString(cents: bigint, fractionDigits = 2): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(fractionDigits + 1, '0');
  const whole = digits.slice(0, digits.length - fractionDigits);
  const fraction = digits.slice(digits.length - fractionDigits);
  return `${negative ? '-' : ''}${whole}${fractionDigits > 0 ? `.${fraction}` : ''}`;
}

/**
 * Parses what a person types ("1,234.5", "$850,000") into cents, refusing more than two decimals.
 * A comma only separates thousands, every three digits (en-US and es-US both write 1,250.50):
 * "12,50", a decimal comma, is refused rather than read as 1,250 dollars.
 */
export function decimalStringToCents(input: string): bigint {
  const cleaned = input.replace(/[\s$]/g, '');
  const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) throw new MoneyError(`"${input}" is not an amount`);
  const [, sign, grouped, fraction = ''] = match;
  const cents = BigInt(grouped.replace(/,/g, '')) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  return parseCents(sign === '-' ? -cents : cents);
}

export function formatMoney(
  value: Money | { cents: string | bigint; currency: string },
  locale = 'en-US',
): string {
  const cents = readTotalCents(value.cents);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency });
  // Intl accepts exact decimal strings (ES2023); the cast keeps older lib typings quiet.
  return format.format(centsToDecimalString(cents) as unknown as number);
}
