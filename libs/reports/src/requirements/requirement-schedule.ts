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
  const requirements: RequirementDates[] = [];
  let nextStart = grant.periodStart;
  for (const [index, due] of schedule.entries()) {
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
    requirements.push({ sequence: index + 1, covers: due.covers, periodStart, periodEnd, dueOn: due.dueOn });
    nextStart = dayAfter(periodEnd);
  }
  return requirements;
}
