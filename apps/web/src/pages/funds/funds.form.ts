import { all, maxLength, required, type Rule, type RuleFailure } from '../../forms/rules';

/** A calendar day as the API's LocalDate takes it ("2026-03-31"), which a date input gives. */
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const localDate: Rule<string> = (value) =>
  value.trim() === ''
    ? { id: 'funds.form.dateRequired' }
    : LOCAL_DATE.test(value.trim())
      ? null
      : { id: 'funds.form.dateInvalid' };

/** Limits of the API's inputs (the dto folders of libs/funds). */
export const TITLE_MAX_LENGTH = 200;
export const MEMO_MAX_LENGTH = 1000;

export const title: Rule<string> = all(required, maxLength(TITLE_MAX_LENGTH));
export const memo: Rule<string> = maxLength(MEMO_MAX_LENGTH);

export const chosen: Rule<string> = (value) => (value === '' ? { id: 'funds.form.choose' } : null);

/** The end of a period may not come before its start (ISO dates compare as strings). */
export function periodInOrder(start: string, end: string): RuleFailure | null {
  return LOCAL_DATE.test(start) && LOCAL_DATE.test(end) && end < start
    ? { id: 'funds.form.periodOrder' }
    : null;
}

/** Today as a LocalDate in the reader's time zone: the default day of a receipt. */
export function today(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
