/**
 * The CSV writer of every export (the ledger, budgets, outcomes): in the kernel, so each domain
 * escapes formulas the same way without importing another domain to do it.
 */
import { centsToDecimalString } from '@braid/contracts';

export type CsvValue = string | bigint | number | null | undefined;

/** Spreadsheets run a cell that starts with these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-850000.00") is data, not a formula, whatever its sign. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
 * doubled. Text a person typed is prefixed with an apostrophe when a spreadsheet would run it as
 * a formula; plain numbers are written as they are, so a negative amount stays a number.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * Excel opens a CSV without a byte-order mark in the machine's legacy code page, so "2025–2028"
 * reads "2025â€“2028" and "Núñez" is garbled. The mark (U+FEFF, bytes EF BB BF) tells it UTF-8;
 * other spreadsheets and parsers skip it.
 */
export const UTF8_BYTE_ORDER_MARK = '\uFEFF';

/** The first chunk of every CSV export: the byte-order mark, then the header row. */
export function csvStart(header: readonly CsvValue[]): string {
  return `${UTF8_BYTE_ORDER_MARK}${csvRow(header)}`;
}

/** Money in an export: exact decimal dollars (never through a float) and the cents beside it. */
export function moneyColumns(cents: bigint): [string, bigint] {
  return [centsToDecimalString(cents), cents];
}
