import { ReportDue } from './grant.entity';

/** Partners report quarterly, 30 days after each quarter ends (the collaborative's usual terms). */
const DAYS_AFTER_QUARTER = 30;

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function endOfQuarter(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const quarterEndMonth = Math.ceil(month / 3) * 3;
  // Day 0 of the next month is the last day of the quarter's final month.
  return new Date(Date.UTC(year, quarterEndMonth, 0)).toISOString().slice(0, 10);
}

/**
 * The default reporting schedule for a grant whose motion did not give one: a report for every
 * calendar quarter the grant period touches, due 30 days after the quarter (or the period) ends.
 */
export function quarterlyReportingSchedule(periodStart: string, periodEnd: string): ReportDue[] {
  const schedule: ReportDue[] = [];
  let cursor = periodStart;
  while (cursor <= periodEnd) {
    const quarterEnd = endOfQuarter(cursor);
    const covered = quarterEnd < periodEnd ? quarterEnd : periodEnd;
    schedule.push({ dueOn: addDays(covered, DAYS_AFTER_QUARTER), covers: `${cursor} to ${covered}` });
    cursor = addDays(quarterEnd, 1);
  }
  return schedule;
}
