import { centsToDecimalString } from '@braid/contracts';
import type { RuleFailure } from '../../forms/rules';

/**
 * Amounts people type ("1,250.50", "$300", "75.5") read into whole cents with string arithmetic:
 * a float would turn 0.29 into 28.999… cents. Commas are thousands separators (en-US and es-US
 * both write 1,250.50), so they must fall every three digits; at most two decimals.
 */
export type DollarsReading =
  | { ok: true; cents: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'decimals' | 'notPositive' | 'tooLarge' };

const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

/** 17 digits of cents (under $1,000 trillion): far above any grant, and well inside PostgreSQL's bigint. */
const MAX_CENT_DIGITS = 17;

export function readDollars(input: string): DollarsReading {
  const text = input
    .trim()
    .replace(/^(?:US)?\$\s*/i, '')
    .replace(/\s/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  const match = GROUPED.exec(text);
  if (!match || text === '.' || !/\d/.test(text)) return { ok: false, reason: 'invalid' };
  const [whole = '', fraction = ''] = text.replace(/,/g, '').split('.');
  if (fraction.length > 2) return { ok: false, reason: 'decimals' };
  const cents = `${whole}${fraction.padEnd(2, '0')}`.replace(/^0+/, '') || '0';
  if (cents === '0') return { ok: false, reason: 'notPositive' };
  if (cents.length > MAX_CENT_DIGITS) return { ok: false, reason: 'tooLarge' };
  return { ok: true, cents };
}

/** Cents back into what a person would type ("1250.50"), to fill a form from a record. */
export function centsToDollarsText(cents: string): string {
  return centsToDecimalString(BigInt(cents));
}

/** Adds decimal-string cents exactly. */
export function sumCents(values: readonly string[]): string {
  return values.reduce((sum, value) => sum + BigInt(value), 0n).toString();
}

const MESSAGES = {
  empty: 'funds.money.required',
  invalid: 'funds.money.invalid',
  decimals: 'funds.money.decimals',
  notPositive: 'funds.money.positive',
  tooLarge: 'funds.money.tooLarge',
} as const;

/** A form rule for an amount field: the reason an amount cannot be read, in the reader's language. */
export function dollars(value: string): RuleFailure | null {
  const reading = readDollars(value);
  return reading.ok ? null : { id: MESSAGES[reading.reason] };
}

/** The cents of an amount the form has already validated. */
export function centsOf(value: string): string {
  const reading = readDollars(value);
  if (!reading.ok) throw new Error(`"${value}" is not an amount; validate the form first`);
  return reading.cents;
}
