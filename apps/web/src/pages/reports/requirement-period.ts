import type { Formatters } from '../../i18n/format';

/** The form funds' default schedule writes: "2026-01-01 to 2026-03-31". */
const DATE_RANGE = /^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/;

/**
 * The period a report covers, in the reader's language ("Oct 1 – Dec 31, 2027", "1 de oct – 31 de
 * dic 2027"). A schedule typed in words ("First half") keeps its words, with the dates beside them.
 */
export function requirementPeriod(
  requirement: { covers: string; periodStart: string; periodEnd: string },
  format: Formatters,
): string {
  const dates = format.localDateRange(requirement.periodStart, requirement.periodEnd);
  return DATE_RANGE.test(requirement.covers) ? dates : `${requirement.covers} (${dates})`;
}
