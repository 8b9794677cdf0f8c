import { types } from 'pg';

const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;

/**
 * A calendar date (a term's end, a report's due date) has no time zone; pg would turn it into a
 * local-midnight Date and shift it by a day west of Greenwich. Keep it as 'YYYY-MM-DD'.
 * A timestamp with time zone is read by `parseTimestamptz`: every entity carries a few, and pg's
 * general-purpose parser was about 4 % of the API's time on a page of grants.
 */
export function configurePgTypes(): void {
  types.setTypeParser(DATE_OID, (value: string) => value);
  const general = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date;
  types.setTypeParser(TIMESTAMPTZ_OID, (value: string) => parseTimestamptz(value) ?? general(value));
}

const ZERO = 48;

/** Digits at [from, to) of `text` as a number, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * PostgreSQL's ISO output of a timestamptz — `2026-11-23 17:44:10.929123+00`, the offset as ±HH,
 * ±HH:MM or ±HH:MM:SS — read with character arithmetic, to the millisecond (truncated, as pg's
 * own parser does). Anything else (BC, infinity, a year past 9999) answers null, for the general
 * parser.
 */
export function parseTimestamptz(text: string): Date | null {
  if (text.length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 32) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  // Years before 100 are rare enough to leave to the general parser, which knows their quirks.
  if (year < 100 || month < 1 || day < 1 || hour < 0 || minute < 0 || second < 0) return null;
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    const start = ++i;
    for (let scale = 100; ; i++, scale /= 10) {
      const d = text.charCodeAt(i) - ZERO;
      if (!(d >= 0 && d <= 9)) break;
      if (scale >= 1) ms += d * scale;
    }
    if (i === start) return null;
  }
  const sign = text.charCodeAt(i);
  if (sign !== 43 && sign !== 45) return null;
  const rest = text.length - i - 1;
  if (rest !== 2 && rest !== 5 && rest !== 8) return null;
  const offsetHours = digits(text, i + 1, i + 3);
  const offsetMinutes = rest >= 5 ? digits(text, i + 4, i + 6) : 0;
  const offsetSeconds = rest === 8 ? digits(text, i + 7, i + 9) : 0;
  if (offsetHours < 0 || offsetMinutes < 0 || offsetSeconds < 0) return null;
  const offset = (sign === 43 ? 1 : -1) * (offsetHours * 3600 + offsetMinutes * 60 + offsetSeconds);
  const seconds = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second - offset;
  return new Date(seconds * 1000 + ms);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
