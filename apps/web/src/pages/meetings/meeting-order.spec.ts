import { pastMeetings, upcomingMeetings } from './meeting-order';

const meeting = (
  id: string,
  status: 'SCHEDULED' | 'IN_PROGRESS' | 'ADJOURNED' | 'CANCELLED',
  scheduledAt: string,
) => ({
  id,
  status,
  scheduledAt,
});

describe('ordering meetings for people', () => {
  // 8 pm in Stockton (the tests run in America/Los_Angeles): the morning's meeting is still today's.
  const now = new Date('2026-11-24T04:00:00Z');
  const meetings = [
    meeting('next-month', 'SCHEDULED', '2026-12-21T02:00:00Z'),
    meeting('this-morning', 'SCHEDULED', '2026-11-23T17:00:00Z'),
    meeting('under-way', 'IN_PROGRESS', '2026-11-20T17:00:00Z'),
    meeting('last-month', 'ADJOURNED', '2026-10-26T01:00:00Z'),
    meeting('never-held', 'SCHEDULED', '2026-11-01T17:00:00Z'),
    meeting('cancelled', 'CANCELLED', '2026-12-01T17:00:00Z'),
  ];

  it('puts a meeting under way first, then the rest from today on, soonest first', () => {
    expect(upcomingMeetings(meetings, now).map((m) => m.id)).toEqual([
      'under-way',
      'this-morning',
      'next-month',
    ]);
  });

  it('lists the others latest first, a cancelled one included', () => {
    expect(pastMeetings(meetings, now).map((m) => m.id)).toEqual(['cancelled', 'never-held', 'last-month']);
  });
});
