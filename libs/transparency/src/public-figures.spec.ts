import { grantFigures, streamFigures } from './public-figures';

describe('public figures from the ledger sums', () => {
  it('counts a stream’s pledge as received once the cash arrived, even after it was disbursed', () => {
    // Pledged $1,000, received $600 of it, $250 of that released to a grant.
    expect(streamFigures({ receivable: '40000', cash: '35000', disbursed: '-25000' })).toEqual({
      pledged: 100000n,
      received: 60000n,
    });
  });

  it('counts a grant’s award as what is still committed plus what was released', () => {
    // $900 awarded, $300 released.
    expect(grantFigures({ committed: '-60000', disbursed: '-30000' })).toEqual({
      committed: 90000n,
      disbursed: 30000n,
    });
  });

  it('keeps amounts beyond a JavaScript number exact', () => {
    expect(grantFigures({ committed: '-9007199254740993', disbursed: '0' }).committed).toBe(
      9007199254740993n,
    );
  });
});
