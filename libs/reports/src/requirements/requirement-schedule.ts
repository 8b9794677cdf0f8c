import { ReportDue } from '@braid/funds';

export interface RequirementDates {
  sequence: number;
  covers: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

const RANGE = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/;

function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The same day a month later, or the next month's last day when it is shorter (31 January → 28 February). */
function monthAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastDayOfNextMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDayOfNextMonth))).toISOString().slice(0, 10);
}

/** Shorter than a month: the period ends before the same day of the next month. */
function isStub(period: { periodStart: string; periodEnd: string }): boolean {
  return dayAfter(period.periodEnd) < monthAfter(period.periodStart);
}

/**
 * A grant ending a few days into a quarter ("2028-01-01 to 2028-01-05") would otherwise owe a
 * report on five days of work. Such a stub joins its neighbour: the last period joins the one
 * before (due when the stub would have been due), a first period joins the one after. The merged
 * period is written as a date range, the form the default schedule uses.
 */
function mergeStubs(periods: Omit<RequirementDates, 'sequence'>[]): Omit<RequirementDates, 'sequence'>[] {
  const merged = [...periods];
  const join = (
    earlier: Omit<RequirementDates, 'sequence'>,
    later: Omit<RequirementDates, 'sequence'>,
  ): Omit<RequirementDates, 'sequence'> => ({
    covers: `${earlier.periodStart} to ${later.periodEnd}`,
    periodStart: earlier.periodStart,
    periodEnd: later.periodEnd,
    dueOn: later.dueOn,
  });
  if (merged.length > 1 && isStub(merged[merged.length - 1])) {
    const stub = merged.pop() as Omit<RequirementDates, 'sequence'>;
    merged.push(join(merged.pop() as Omit<RequirementDates, 'sequence'>, stub));
  }
  if (merged.length > 1 && isStub(merged[0])) {
    const [stub, next] = merged.splice(0, 2);
    merged.unshift(join(stub, next));
  }
  return merged;
}

/**
 * The requirements of a grant, from the reporting schedule funds keeps on it (due dates and what
 * each report covers). The default schedule says "YYYY-MM-DD to YYYY-MM-DD"; a schedule typed by
 * the fund administrator may say anything ("Quarter ending 2026-03-31"), and then a report covers
 * the days since the previous one up to the day before it is due, within the grant period.
 */
export function requirementsFromSchedule(grant: {
  periodStart: string;
  periodEnd: string;
  reportingSchedule: ReportDue[];
}): RequirementDates[] {
  const schedule = [...grant.reportingSchedule].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const periods: Omit<RequirementDates, 'sequence'>[] = [];
  let nextStart = grant.periodStart;
  for (const due of schedule) {
    const range = RANGE.exec(due.covers);
    let periodStart: string;
    let periodEnd: string;
    if (range && range[1] <= range[2]) {
      [periodStart, periodEnd] = [range[1], range[2]];
    } else {
      periodStart = nextStart;
      const beforeDue = dayBefore(due.dueOn);
      periodEnd = beforeDue < grant.periodEnd ? beforeDue : grant.periodEnd;
      if (periodEnd < periodStart) periodEnd = periodStart;
    }
    periods.push({ covers: due.covers, periodStart, periodEnd, dueOn: due.dueOn });
    nextStart = dayAfter(periodEnd);
  }
  return mergeStubs(periods).map((period, index) => ({ sequence: index + 1, ...period }));
}
