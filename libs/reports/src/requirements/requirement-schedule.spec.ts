import { ReportDue } from '@braid/funds';
import { requirementsFromSchedule } from './requirement-schedule';

/** What funds' quarterlyReportingSchedule writes for a grant from 2026-02-15 to 2027-02-14. */
const quarterlyScheduleForTest: ReportDue[] = [
  { dueOn: '2026-04-30', covers: '2026-02-15 to 2026-03-31' },
  { dueOn: '2026-07-30', covers: '2026-04-01 to 2026-06-30' },
  { dueOn: '2026-10-30', covers: '2026-07-01 to 2026-09-30' },
  { dueOn: '2027-01-30', covers: '2026-10-01 to 2026-12-31' },
  { dueOn: '2027-03-16', covers: '2027-01-01 to 2027-02-14' },
];

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

  it('joins a five-day last quarter to the one before instead of asking for a report on five days', () => {
    // What funds' quarterly schedule writes for a grant ending on 2028-01-05.
    const grant = {
      periodStart: '2027-04-01',
      periodEnd: '2028-01-05',
      reportingSchedule: [
        { dueOn: '2027-07-30', covers: '2027-04-01 to 2027-06-30' },
        { dueOn: '2027-10-30', covers: '2027-07-01 to 2027-09-30' },
        { dueOn: '2028-01-30', covers: '2027-10-01 to 2027-12-31' },
        { dueOn: '2028-02-04', covers: '2028-01-01 to 2028-01-05' },
      ],
    };
    const requirements = requirementsFromSchedule(grant);
    expect(requirements).toHaveLength(3);
    expect(requirements[2]).toEqual({
      sequence: 3,
      covers: '2027-10-01 to 2028-01-05',
      periodStart: '2027-10-01',
      periodEnd: '2028-01-05',
      dueOn: '2028-02-04',
    });
  });

  it('joins a first period of a few days to the next one', () => {
    const grant = {
      periodStart: '2026-03-28',
      periodEnd: '2026-09-30',
      reportingSchedule: [
        { dueOn: '2026-04-30', covers: '2026-03-28 to 2026-03-31' },
        { dueOn: '2026-07-30', covers: '2026-04-01 to 2026-06-30' },
        { dueOn: '2026-10-30', covers: '2026-07-01 to 2026-09-30' },
      ],
    };
    expect(
      requirementsFromSchedule(grant).map((r) => [r.sequence, r.periodStart, r.periodEnd, r.dueOn]),
    ).toEqual([
      [1, '2026-03-28', '2026-06-30', '2026-07-30'],
      [2, '2026-07-01', '2026-09-30', '2026-10-30'],
    ]);
  });

  it('keeps a whole month, even February, and a grant with a single short period', () => {
    const february = {
      periodStart: '2026-01-01',
      periodEnd: '2026-02-28',
      reportingSchedule: [
        { dueOn: '2026-02-28', covers: '2026-01-01 to 2026-01-31' },
        { dueOn: '2026-03-30', covers: '2026-02-01 to 2026-02-28' },
      ],
    };
    expect(requirementsFromSchedule(february)).toHaveLength(2);
    const short = {
      periodStart: '2026-01-01',
      periodEnd: '2026-01-10',
      reportingSchedule: [{ dueOn: '2026-02-09', covers: '2026-01-01 to 2026-01-10' }],
    };
    expect(requirementsFromSchedule(short)).toHaveLength(1);
  });
});
