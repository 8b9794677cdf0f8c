import { MotionKind, QuorumRule, Sector, ThresholdRule } from '@braid/contracts';

/** The rules as numbers, free of storage: what quorum and threshold computations read. */
export interface RuleSet {
  quorumRule: QuorumRule;
  requiredSectors: { sector: Sector; minimumPresent: number }[];
  threshold: ThresholdRule;
  spendingLimitCents: bigint;
  thresholdAboveSpendingLimit: ThresholdRule;
  abstentionsCountTowardBase: boolean;
}

/**
 * docs/DOMAIN-GUIDE.md: quorum is a majority of filled seats including at least one RESIDENT seat; a simple
 * majority of votes cast passes, two-thirds above a spending limit ($100,000 by default).
 */
export const DEFAULT_RULES: RuleSet = {
  quorumRule: QuorumRule.MAJORITY_OF_FILLED_SEATS,
  requiredSectors: [{ sector: Sector.RESIDENT, minimumPresent: 1 }],
  threshold: ThresholdRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
  spendingLimitCents: 10_000_000n,
  thresholdAboveSpendingLimit: ThresholdRule.TWO_THIRDS_OF_VOTES_CAST,
  abstentionsCountTowardBase: false,
};

export interface VotingSeat {
  seatId: string;
  sector: Sector;
}

export interface QuorumResult {
  filledSeats: number;
  presentSeats: number;
  required: number;
  sectors: { sector: Sector; minimumPresent: number; present: number; met: boolean }[];
  met: boolean;
}

/** Smallest whole number of seats that is strictly more than half, or at least two-thirds, of `of`. */
function majorityOf(of: number): number {
  return Math.floor(of / 2) + 1;
}

function twoThirdsOf(of: number): number {
  return Math.ceil((2 * of) / 3);
}

/**
 * Quorum among `seats` (filled voting seats that may count: recused seats are left out by the
 * caller) given which of them are present. No seats at all can never make a quorum.
 */
export function checkQuorum(
  rules: RuleSet,
  seats: readonly VotingSeat[],
  presentSeatIds: ReadonlySet<string>,
): QuorumResult {
  const present = seats.filter((seat) => presentSeatIds.has(seat.seatId));
  const required = Math.max(
    1,
    rules.quorumRule === QuorumRule.TWO_THIRDS_OF_FILLED_SEATS
      ? twoThirdsOf(seats.length)
      : majorityOf(seats.length),
  );
  const sectors = rules.requiredSectors.map(({ sector, minimumPresent }) => {
    const count = present.filter((seat) => seat.sector === sector).length;
    return { sector, minimumPresent, present: count, met: count >= minimumPresent };
  });
  return {
    filledSeats: seats.length,
    presentSeats: present.length,
    required,
    sectors,
    met: present.length >= required && sectors.every((sector) => sector.met),
  };
}

/** The stricter threshold applies to FUNDING motions whose amount is above the spending limit. */
export function applicableThreshold(
  rules: RuleSet,
  kind: MotionKind,
  amountCents: bigint | null,
): ThresholdRule {
  if (kind === MotionKind.FUNDING && amountCents !== null && amountCents > rules.spendingLimitCents) {
    return rules.thresholdAboveSpendingLimit;
  }
  return rules.threshold;
}

export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
}

export interface ThresholdResult {
  base: number;
  yesRequired: number;
  passed: boolean;
}

/**
 * Whether YES votes meet the threshold. Votes-cast thresholds take YES + NO (+ ABSTAIN when the
 * rules count abstentions); MAJORITY_OF_FILLED_SEATS takes every seat that could have voted, so
 * staying silent works like voting no. At least one YES is always needed.
 */
export function meetsThreshold(
  threshold: ThresholdRule,
  counts: VoteCounts,
  filledSeats: number,
  abstentionsCount: boolean,
): ThresholdResult {
  const votesCast = counts.yes + counts.no + (abstentionsCount ? counts.abstain : 0);
  let base: number;
  let yesRequired: number;
  switch (threshold) {
    case ThresholdRule.SIMPLE_MAJORITY_OF_VOTES_CAST:
      base = votesCast;
      yesRequired = majorityOf(base);
      break;
    case ThresholdRule.TWO_THIRDS_OF_VOTES_CAST:
      base = votesCast;
      yesRequired = Math.max(1, twoThirdsOf(base));
      break;
    case ThresholdRule.MAJORITY_OF_FILLED_SEATS:
      base = filledSeats;
      yesRequired = majorityOf(base);
      break;
  }
  return { base, yesRequired, passed: counts.yes >= yesRequired };
}
