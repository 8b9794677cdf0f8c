import { planDraws } from './tranche-draws';

const county = { fundingStreamId: 'county', streamName: 'County trauma-informed care' };
const ovc = { fundingStreamId: 'ovc', streamName: 'OVC victim services' };

describe('which streams pay a tranche', () => {
  it('draws on the first allocation while it has both commitment and cash', () => {
    const plan = planDraws(5_000_000n, [
      { ...county, committedCents: 15_000_000n, cashCents: 28_000_000n },
      { ...ovc, committedCents: 5_000_000n, cashCents: 9_000_000n },
    ]);
    expect(plan).toEqual({ ok: true, draws: [{ fundingStreamId: 'county', cents: 5_000_000n }] });
  });

  it('splits a tranche across streams when the first runs short of cash', () => {
    const plan = planDraws(5_000_000n, [
      { ...county, committedCents: 15_000_000n, cashCents: 2_000_000n },
      { ...ovc, committedCents: 5_000_000n, cashCents: 9_000_000n },
    ]);
    expect(plan).toEqual({
      ok: true,
      draws: [
        { fundingStreamId: 'county', cents: 2_000_000n },
        { fundingStreamId: 'ovc', cents: 3_000_000n },
      ],
    });
  });

  it('never draws beyond what the grant was committed from a stream, even when it has cash', () => {
    const plan = planDraws(5_000_000n, [{ ...county, committedCents: 4_000_000n, cashCents: 80_000_000n }]);
    expect(plan).toEqual({
      ok: false,
      shortfallCents: 1_000_000n,
      limitedBy: [{ fundingStreamId: 'county', streamName: county.streamName, availableCents: 4_000_000n }],
    });
  });

  it('draws nothing and names each stream and the shortfall when cash cannot cover the tranche', () => {
    const plan = planDraws(5_000_000n, [
      { ...county, committedCents: 15_000_000n, cashCents: 1_000_000n },
      { ...ovc, committedCents: 0n, cashCents: 9_000_000n },
    ]);
    expect(plan).toEqual({
      ok: false,
      shortfallCents: 4_000_000n,
      limitedBy: [{ fundingStreamId: 'county', streamName: county.streamName, availableCents: 1_000_000n }],
    });
  });
});
