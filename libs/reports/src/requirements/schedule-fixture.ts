import { ReportDue } from '@braid/funds';

/** What funds' quarterlyReportingSchedule writes for a grant from 2026-02-15 to 2027-02-14. */
export const quarterlyScheduleForTest: ReportDue[] = [
  { dueOn: '2026-04-30', covers: '2026-02-15 to 2026-03-31' },
  { dueOn: '2026-07-30', covers: '2026-04-01 to 2026-06-30' },
  { dueOn: '2026-10-30', covers: '2026-07-01 to 2026-09-30' },
  { dueOn: '2027-01-30', covers: '2026-10-01 to 2026-12-31' },
  { dueOn: '2027-03-16', covers: '2027-01-01 to 2027-02-14' },
];
