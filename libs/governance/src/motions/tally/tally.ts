import { MotionKind, MotionOutcome, ThresholdRule } from '@braid/contracts';
import {
  applicableThreshold,
  checkQuorum,
  meetsThreshold,
  QuorumResult,
  RuleSet,
  VoteCounts,
  VotingSeat,
} from '../../voting-rules/rules';

export interface TallyInput {
  rules: RuleSet;
  kind: MotionKind;
  amountCents: bigint | null;
  /** Filled voting seats when the motion closed. */
  roster: readonly VotingSeat[];
  /** Seats counted present at the meeting (holder present or remote, or alternate sitting). */
  presentSeatIds: readonly string[];
  /** Seats with a conflict on this motion. */
  conflictedSeatIds: readonly string[];
  /** Ballots of seats that may vote: conflicted seats never hold one. */
  counts: VoteCounts;
}

export interface TallyFigures extends VoteCounts {
  ballotsCast: number;
  recusedSeatIds: string[];
  presentSeatIds: string[];
  quorum: QuorumResult;
  threshold: ThresholdRule;
  thresholdBase: number;
  yesRequired: number;
  outcome: MotionOutcome;
}

/**
 * The vote's result. A recused seat is taken out of the roster before anything is counted, so it
 * counts toward neither quorum nor the threshold base. Without quorum the motion closes as
 * NO_QUORUM whatever the counts: that is an outcome, not an error.
 */
export function computeTally(input: TallyInput): TallyFigures {
  const conflicted = new Set(input.conflictedSeatIds);
  const eligible = input.roster.filter((seat) => !conflicted.has(seat.seatId));
  const eligibleIds = new Set(eligible.map((seat) => seat.seatId));
  const present = input.presentSeatIds.filter((id) => eligibleIds.has(id));
  const quorum = checkQuorum(input.rules, eligible, new Set(present));
  const threshold = applicableThreshold(input.rules, input.kind, input.amountCents);
  const decision = meetsThreshold(
    threshold,
    input.counts,
    eligible.length,
    input.rules.abstentionsCountTowardBase,
  );
  return {
    ...input.counts,
    ballotsCast: input.counts.yes + input.counts.no + input.counts.abstain,
    recusedSeatIds: input.roster
      .filter((seat) => conflicted.has(seat.seatId))
      .map((seat) => seat.seatId)
      .sort(),
    presentSeatIds: [...present].sort(),
    quorum,
    threshold,
    thresholdBase: decision.base,
    yesRequired: decision.yesRequired,
    outcome: !quorum.met
      ? MotionOutcome.NO_QUORUM
      : decision.passed
        ? MotionOutcome.PASSED
        : MotionOutcome.FAILED,
  };
}
