import { receiptStore, seatVotes, type VoteFacts } from './vote-state';

const GLORIA = 'u-gloria';
const LUIS = 'u-luis';
const resident1 = {
  id: 's-r1',
  name: 'Resident seat 1',
  voting: true,
  holderUserId: GLORIA,
  alternateUserId: LUIS,
};
const liaison = {
  id: 's-liaison',
  name: 'Liaison',
  voting: false,
  holderUserId: GLORIA,
  alternateUserId: null,
};

const base: VoteFacts = {
  userId: GLORIA,
  motion: { status: 'OPEN', secret: false },
  seats: [resident1, liaison],
  attendance: [{ seatId: 's-r1', status: 'PRESENT' }],
  conflicts: [],
  ballots: [],
  receipts: {},
};

describe('what a voter may do on a motion', () => {
  it('lets a seated holder vote, on their voting seat only', () => {
    const votes = seatVotes(base);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ seatId: 's-r1', state: 'can-vote', voted: false, current: null });
  });

  it('shows a named ballot already cast as the current choice, still changeable', () => {
    const [vote] = seatVotes({ ...base, ballots: [{ seatId: 's-r1', choice: 'NO' }] });
    expect(vote).toMatchObject({ state: 'can-vote', voted: true, current: 'NO' });
  });

  it('recuses a conflicted seat, with the reason', () => {
    const [vote] = seatVotes({
      ...base,
      conflicts: [{ seatId: 's-r1', reason: 'My employer would receive the grant' }],
    });
    expect(vote).toMatchObject({ state: 'recused', conflictReason: 'My employer would receive the grant' });
  });

  it('refuses a holder not recorded present, and an alternate unless sitting in', () => {
    expect(seatVotes({ ...base, attendance: [{ seatId: 's-r1', status: 'ABSENT' }] })[0]?.state).toBe(
      'not-seated',
    );
    const alternate = { ...base, userId: LUIS };
    expect(seatVotes(alternate)[0]).toMatchObject({ state: 'not-seated', asAlternate: true });
    const sitting = { ...alternate, attendance: [{ seatId: 's-r1', status: 'ALTERNATE_PRESENT' as const }] };
    expect(seatVotes(sitting)[0]?.state).toBe('can-vote');
  });

  it('knows a secret choice only from the receipt kept on this device', () => {
    const secret = {
      ...base,
      motion: { status: 'OPEN' as const, secret: true },
      ballots: [{ seatId: 's-r1', choice: null }],
    };
    expect(seatVotes(secret)[0]).toMatchObject({ state: 'receipt-missing', voted: true, current: null });
    const kept = { ...secret, receipts: { 's-r1': { receipt: 'r-1', choice: 'YES' as const } } };
    expect(seatVotes(kept)[0]).toMatchObject({ state: 'can-vote', current: 'YES', receipt: 'r-1' });
  });

  it('offers nothing before the motion opens or after it closes', () => {
    expect(seatVotes({ ...base, motion: { status: 'DRAFT', secret: false } })[0]?.state).toBe('not-open');
    expect(seatVotes({ ...base, motion: { status: 'CLOSED', secret: false } })[0]?.state).toBe('closed');
    expect(seatVotes({ ...base, motion: { status: 'WITHDRAWN', secret: false } })[0]?.state).toBe('closed');
  });
});

describe('secret-ballot receipts on this device', () => {
  it('are kept per motion and seat, and forgotten', () => {
    receiptStore.keep('mo-1', 's-r1', { receipt: 'sealed', choice: 'NO' });
    expect(receiptStore.read('mo-1', ['s-r1', 's-other'])).toEqual({
      's-r1': { receipt: 'sealed', choice: 'NO' },
    });
    expect(receiptStore.read('mo-2', ['s-r1'])).toEqual({});
    receiptStore.forget('mo-1', 's-r1');
    expect(receiptStore.read('mo-1', ['s-r1'])).toEqual({});
  });
});
