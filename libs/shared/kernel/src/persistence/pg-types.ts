import { types } from 'pg';

const DATE_OID = 1082;

/**
 * A calendar date (a term's end, a report's due date) has no time zone; pg would turn it into a
 * local-midnight Date and shift it by a day west of Greenwich. Keep it as 'YYYY-MM-DD'.
 */
export function configurePgTypes(): void {
  types.setTypeParser(DATE_OID, (value: string) => value);
}
