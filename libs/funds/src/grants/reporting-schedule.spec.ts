import { quarterlyReportingSchedule } from './reporting-schedule';

describe('the default reporting schedule of a grant', () => {
  it('asks for a report 30 days after each quarter the grant period touches', () => {
    expect(quarterlyReportingSchedule('2025-09-01', '2026-03-31')).toEqual([
      { dueOn: '2025-10-30', covers: '2025-09-01 to 2025-09-30' },
      { dueOn: '2026-01-30', covers: '2025-10-01 to 2025-12-31' },
      { dueOn: '2026-04-30', covers: '2026-01-01 to 2026-03-31' },
    ]);
  });

  it('ends with the period, even mid-quarter', () => {
    expect(quarterlyReportingSchedule('2026-01-01', '2026-02-15')).toEqual([
      { dueOn: '2026-03-17', covers: '2026-01-01 to 2026-02-15' },
    ]);
  });
});
