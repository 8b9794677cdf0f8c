import { all, maxLength, required, type Rule, type RuleFailure } from '../../../forms/rules';
import type { ReportSection } from '../../../graphql/generated/graphql';
import { localDate } from '../funds.form';

/** The sections a report can be asked for, in the order the report form shows them. */
export const REPORT_SECTIONS: readonly ReportSection[] = ['NARRATIVE', 'SPENDING', 'METRICS', 'ATTACHMENTS'];

/** Limits of the API's inputs (libs/reports/src/dto/reports.inputs.ts). */
export const MAX_COUNT = 100_000_000;
export const MAX_YEARS = 10;
export const METRIC_NAME_MAX_LENGTH = 200;
export const METRIC_UNIT_MAX_LENGTH = 50;
export const METRIC_DESCRIPTION_MAX_LENGTH = 2000;

export const metricName: Rule<string> = all(required, maxLength(METRIC_NAME_MAX_LENGTH));
export const metricUnit: Rule<string> = all(required, maxLength(METRIC_UNIT_MAX_LENGTH));
export const metricDescription: Rule<string> = maxLength(METRIC_DESCRIPTION_MAX_LENGTH);

/** The API refuses a due date on or before the end of the period the report covers. */
export function dueAfterPeriod(dueOn: string, periodEnd: string): RuleFailure | null {
  return localDate(dueOn) ?? (dueOn.trim() <= periodEnd ? { id: 'funds.requirement.dueAfterPeriod' } : null);
}

/** A count as the API takes it: a whole number from 0 to MAX_COUNT; blank only where `optional`. */
export function count(value: string, optional = false): RuleFailure | null {
  const text = value.trim();
  if (text === '') return optional ? null : { id: 'form.required' };
  if (!/^\d+$/.test(text)) return { id: 'funds.metricTarget.wholeNumber' };
  return Number(text) > MAX_COUNT ? { id: 'funds.metricTarget.tooLarge', values: { max: MAX_COUNT } } : null;
}

/**
 * The targets per grant year to send: none when every year is blank (the API spreads the target
 * evenly over the reports), otherwise one per year, a blank year as 0. The API refuses years that
 * do not add up to the target; the failure names both sums.
 */
export function yearTargetsOf(
  target: string,
  years: readonly string[],
): { yearTargets: number[]; failure: RuleFailure | null } {
  if (years.every((year) => year.trim() === '')) return { yearTargets: [], failure: null };
  const yearTargets = years.map((year) => (year.trim() === '' ? 0 : Number(year.trim())));
  const sum = yearTargets.reduce((a, b) => a + b, 0);
  const whole = Number(target.trim());
  return {
    yearTargets,
    failure: sum === whole ? null : { id: 'funds.metricTarget.yearsSum', values: { sum, target: whole } },
  };
}

/** A LocalDate `years` years on, as the API's grant years count them (a day of February 29 rolls over). */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/** How many grant years the period spans (each from the start's anniversary), at most MAX_YEARS. */
export function grantYears(periodStart: string, periodEnd: string): number {
  let years = 1;
  while (years < MAX_YEARS && periodEnd >= addYears(periodStart, years)) years++;
  return years;
}
