/** One stream a grant draws on, as locked inside the release transaction. */
export interface DrawSource {
  fundingStreamId: string;
  streamName: string;
  /** What the grant may still draw from this stream (its remaining commitment). */
  committedCents: bigint;
  /** The stream's cash: received minus released, across every grant. */
  cashCents: bigint;
}

export interface Draw {
  fundingStreamId: string;
  cents: bigint;
}

export type DrawPlan =
  | { ok: true; draws: Draw[] }
  | {
      ok: false;
      shortfallCents: bigint;
      limitedBy: { fundingStreamId: string; streamName: string; availableCents: bigint }[];
    };

/**
 * Which streams pay a tranche: the grant's allocations in their order, each up to the smaller of
 * the grant's remaining commitment on it and the stream's cash. A tranche is all or nothing: if
 * the streams cannot cover it together, nothing is drawn and the shortfall is reported per stream.
 */
export function planDraws(amountCents: bigint, sources: readonly DrawSource[]): DrawPlan {
  if (amountCents <= 0n) throw new Error('A tranche amount must be positive');
  let needed = amountCents;
  const draws: Draw[] = [];
  for (const source of sources) {
    if (needed === 0n) break;
    const available = minimum(source.committedCents, source.cashCents);
    const cents = minimum(available, needed);
    if (cents > 0n) {
      draws.push({ fundingStreamId: source.fundingStreamId, cents });
      needed -= cents;
    }
  }
  if (needed === 0n) return { ok: true, draws };
  return {
    ok: false,
    shortfallCents: needed,
    limitedBy: sources
      .filter((source) => source.committedCents > 0n)
      .map((source) => ({
        fundingStreamId: source.fundingStreamId,
        streamName: source.streamName,
        availableCents: minimum(source.committedCents, maximum(source.cashCents, 0n)),
      })),
  };
}

const minimum = (a: bigint, b: bigint) => (a < b ? a : b);
const maximum = (a: bigint, b: bigint) => (a > b ? a : b);
