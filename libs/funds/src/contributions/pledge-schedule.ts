/**
 * When a pledge's money is expected. A pledge records no schedule of its own (only its amount,
 * its date and its stream), so Braid expects it the way funders of such streams usually pay: in
 * equal parts at the end of each calendar quarter, from the quarter of the pledge to the quarter in
 * which its stream ends (a pledge made in the stream's last quarter, or after it, is expected whole
 * at the end of the pledge's quarter). Money written off is no longer expected. A pledge is
 * **behind** when, at the latest quarter end that has passed, less was received than expected by
 * then; each quarter end is a separate checkpoint, so a funder behind for two quarters is told of
 * it twice, once per quarter, never daily.
 */
export interface PledgeExpectation {
  /** The checkpoint: the quarter end by which `expectedCents` should have arrived (YYYY-MM-DD). */
  asOf: string;
  expectedCents: bigint;
}

function quarterIndex(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return year * 4 + Math.floor((month - 1) / 3);
}

function quarterEnd(index: number): string {
  const year = Math.floor(index / 4);
  const lastMonth = (index % 4) * 3 + 3;
  // Day 0 of the next month is the last day of the quarter's final month.
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

/**
 * What should have arrived on a pledge by the latest quarter end before `today` (YYYY-MM-DD);
 * null while the pledge's first quarter has not ended. Whole cents, rounded down, so the parts
 * add up to the pledge exactly at its last checkpoint.
 */
export function pledgeExpectation(
  pledge: { pledgedOn: string; pledgedCents: bigint; writtenOffCents: bigint },
  streamEndsOn: string,
  today: string,
): PledgeExpectation | null {
  const first = quarterIndex(pledge.pledgedOn);
  const last = Math.max(first, quarterIndex(streamEndsOn));
  // The latest quarter whose end is before today.
  let passed = quarterIndex(today);
  if (quarterEnd(passed) >= today) passed -= 1;
  if (passed < first) return null;
  const checkpoint = Math.min(passed, last);
  const parts = BigInt(last - first + 1);
  const due = BigInt(checkpoint - first + 1);
  const expectedCents = ((pledge.pledgedCents - pledge.writtenOffCents) * due) / parts;
  return { asOf: quarterEnd(checkpoint), expectedCents };
}

/** Whether the pledge is behind its expectation (nothing is owed of a pledge fully received). */
export function pledgeBehind(receivedCents: bigint, expectation: PledgeExpectation | null): boolean {
  return expectation !== null && receivedCents < expectation.expectedCents;
}
