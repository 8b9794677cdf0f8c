import { countsToShow } from './tally-view';

const counts = (yes: number, no: number, abstain: number) => ({ yes, no, abstain });

describe('which counts a motion page shows', () => {
  it('follows the live update of an open named vote over the counts first loaded', () => {
    expect(
      countsToShow({
        status: 'OPEN',
        secret: false,
        tally: null,
        runningCounts: counts(2, 1, 0),
        live: { status: 'OPEN', counts: counts(3, 1, 0) },
      }),
    ).toEqual(counts(3, 1, 0));
  });

  it('shows nothing of a secret vote until it closes, then the tally', () => {
    const secret = {
      status: 'OPEN',
      secret: true,
      tally: null,
      runningCounts: null,
      live: { status: 'OPEN', counts: null },
    };
    expect(countsToShow(secret)).toBeNull();
    expect(countsToShow({ ...secret, live: { status: 'CLOSED', counts: counts(5, 2, 1) } })).toEqual(
      counts(5, 2, 1),
    );
    expect(countsToShow({ ...secret, status: 'CLOSED', tally: counts(5, 2, 1) })).toEqual(counts(5, 2, 1));
  });
});
