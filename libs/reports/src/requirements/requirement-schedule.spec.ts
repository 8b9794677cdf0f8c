import { quarterlyScheduleForTest } from './schedule-fixture';
import { requirementsFromSchedule } from './requirement-schedule';

describe('requirementsFromSchedule', () => {
  it('takes the periods of the default quarterly schedule as they are written', () => {
    const grant = {
      periodStart: '2026-02-15',
      periodEnd: '2027-02-14',
      reportingSchedule: quarterlyScheduleForTest,
    };
    expect(requirementsFromSchedule(grant).slice(0, 2)).toEqual([
      {
        sequence: 1,
        covers: '2026-02-15 to 2026-03-31',
        periodStart: '2026-02-15',
        periodEnd: '2026-03-31',
        dueOn: '2026-04-30',
      },
      {
        sequence: 2,
        covers: '2026-04-01 to 2026-06-30',
        periodStart: '2026-04-01',
        periodEnd: '2026-06-30',
        dueOn: '2026-07-30',
      },
    ]);
  });

  it('derives the periods of a schedule typed in words from the due dates, within the grant period', () => {
    const grant = {
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      reportingSchedule: [
        { dueOn: '2027-01-31', covers: 'Second half' },
        { dueOn: '2026-07-31', covers: 'First half' },
      ],
    };
    expect(requirementsFromSchedule(grant)).toEqual([
      {
        sequence: 1,
        covers: 'First half',
        periodStart: '2026-01-01',
        periodEnd: '2026-07-30',
        dueOn: '2026-07-31',
      },
      {
        sequence: 2,
        covers: 'Second half',
        periodStart: '2026-07-31',
        periodEnd: '2026-12-31',
        dueOn: '2027-01-31',
      },
    ]);
  });
});
