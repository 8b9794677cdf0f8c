import { AttendanceStatus } from '@braid/contracts';
import { expectedVoter, maySeatVote } from '../motions/ballots/seat-voter';
import { actionItemReminder, leadershipTeam, motionVoters, SeatFacts } from './recipients';

const { PRESENT, REMOTE, ABSENT, ALTERNATE_PRESENT } = AttendanceStatus;

function seat(id: string, overrides: Partial<SeatFacts> = {}): SeatFacts {
  return {
    id,
    voting: true,
    holderUserId: `holder-${id}`,
    alternateUserId: null,
    termStart: '2025-01-01',
    termEnd: '2026-12-31',
    ...overrides,
  };
}

describe('who casts a seat’s ballot', () => {
  it('lets the holder vote in the room or remote, the alternate only while seated for an absent holder', () => {
    expect(maySeatVote(PRESENT, false)).toBe(true);
    expect(maySeatVote(REMOTE, false)).toBe(true);
    expect(maySeatVote(ABSENT, false)).toBe(false);
    expect(maySeatVote(null, false)).toBe(false);
    expect(maySeatVote(ALTERNATE_PRESENT, false)).toBe(false);
    expect(maySeatVote(ALTERNATE_PRESENT, true)).toBe(true);
    expect(maySeatVote(PRESENT, true)).toBe(false);
    expect(maySeatVote(ABSENT, true)).toBe(false);
  });

  it('expects the holder until recorded absent, then the alternate; nobody for a recused seat', () => {
    const facts = { holderUserId: 'ana', alternateUserId: 'ben', conflicted: false };
    expect(expectedVoter({ ...facts, attendance: PRESENT })).toBe('ana');
    expect(expectedVoter({ ...facts, attendance: REMOTE })).toBe('ana');
    expect(expectedVoter({ ...facts, attendance: null })).toBe('ana');
    expect(expectedVoter({ ...facts, attendance: ABSENT })).toBe('ben');
    expect(expectedVoter({ ...facts, attendance: ALTERNATE_PRESENT })).toBe('ben');
    expect(expectedVoter({ ...facts, alternateUserId: null, attendance: ABSENT })).toBeNull();
    expect(expectedVoter({ ...facts, attendance: PRESENT, conflicted: true })).toBeNull();
  });
});

describe('motionVoters', () => {
  it('names whoever votes for each filled, serving, unconflicted voting seat, once', () => {
    const seats = [
      seat('a'),
      seat('b', { alternateUserId: 'alt-b' }),
      seat('c', { alternateUserId: 'alt-c' }),
      seat('ex-officio', { voting: false }),
      seat('vacant', { holderUserId: null, alternateUserId: 'alt-vacant' }),
      seat('ended', { termEnd: '2025-06-30' }),
      seat('future', { termStart: '2025-09-01' }),
      seat('conflicted'),
    ];
    const attendance = new Map([
      ['b', ALTERNATE_PRESENT],
      ['c', PRESENT],
      ['conflicted', PRESENT],
    ]);
    expect(motionVoters(seats, attendance, new Set(['conflicted']), '2025-08-01')).toEqual([
      'holder-a',
      'alt-b',
      'holder-c',
    ]);
  });

  it('asks an alternate once even when the same person stands in for two absent holders', () => {
    const seats = [seat('a', { alternateUserId: 'alt' }), seat('b', { alternateUserId: 'alt' })];
    const attendance = new Map([
      ['a', ABSENT],
      ['b', ABSENT],
    ]);
    expect(motionVoters(seats, attendance, new Set(), '2025-08-01')).toEqual(['alt']);
  });
});

describe('leadershipTeam', () => {
  it('is every serving seat’s holder, voting or not, without alternates or ended terms', () => {
    const seats = [
      seat('a', { alternateUserId: 'alt-a' }),
      seat('ex-officio', { voting: false }),
      seat('ended', { termEnd: '2025-07-31' }),
      seat('vacant', { holderUserId: null }),
      seat('open-ended', { termStart: null, termEnd: null }),
    ];
    expect(leadershipTeam(seats, '2025-08-01')).toEqual([
      'holder-a',
      'holder-ex-officio',
      'holder-open-ended',
    ]);
  });
});

describe('actionItemReminder', () => {
  it('is quiet until three days before the due date', () => {
    expect(actionItemReminder('2025-08-10', '2025-08-06')).toBeNull();
  });

  it('reminds from three days before to the due day itself', () => {
    expect(actionItemReminder('2025-08-10', '2025-08-07')).toEqual({
      kind: 'ACTION_ITEM_DUE_SOON',
      daysLeft: 3,
    });
    expect(actionItemReminder('2025-08-10', '2025-08-09')).toEqual({
      kind: 'ACTION_ITEM_DUE_SOON',
      daysLeft: 1,
    });
    expect(actionItemReminder('2025-08-10', '2025-08-10')).toEqual({
      kind: 'ACTION_ITEM_DUE_SOON',
      daysLeft: 0,
    });
  });

  it('says overdue from the day after, counting whole days across month ends', () => {
    expect(actionItemReminder('2025-08-10', '2025-08-11')).toEqual({
      kind: 'ACTION_ITEM_OVERDUE',
      daysLate: 1,
    });
    expect(actionItemReminder('2025-08-30', '2025-09-02')).toEqual({
      kind: 'ACTION_ITEM_OVERDUE',
      daysLate: 3,
    });
  });
});
