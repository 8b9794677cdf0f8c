import { MotionKind, MotionOutcome, Sector, ThresholdRule } from '@braid/contracts';
import { DEFAULT_RULES, RuleSet } from '../../voting-rules/rules';
import { computeTally, TallyInput } from './tally';

/** Nine seats, as at Healing South Stockton: two of them residents'. */
const roster = [
  { seatId: 'hpsj', sector: Sector.HEALTH_PLAN },
  { seatId: 'kaiser', sector: Sector.HEALTH_SYSTEM },
  { seatId: 'dignity', sector: Sector.HEALTH_SYSTEM },
  { seatId: 'county', sector: Sector.GOVERNMENT },
  { seatId: 'susd', sector: Sector.EDUCATION },
  { seatId: 'fathers', sector: Sector.COMMUNITY_ORG },
  { seatId: 'trc', sector: Sector.COMMUNITY_ORG },
  { seatId: 'resident1', sector: Sector.RESIDENT },
  { seatId: 'resident2', sector: Sector.RESIDENT },
];

function tally(overrides: Partial<TallyInput>) {
  return computeTally({
    rules: DEFAULT_RULES,
    kind: MotionKind.GENERAL,
    amountCents: null,
    roster,
    presentSeatIds: roster.map((seat) => seat.seatId),
    conflictedSeatIds: [],
    counts: { yes: 0, no: 0, abstain: 0 },
    ...overrides,
  });
}

describe('Tallying a vote of the leadership team', () => {
  it('has no quorum without a resident seat present, however many others are', () => {
    const result = tally({
      presentSeatIds: ['hpsj', 'kaiser', 'dignity', 'county', 'susd', 'fathers', 'trc'],
      counts: { yes: 7, no: 0, abstain: 0 },
    });
    expect(result.quorum).toMatchObject({ presentSeats: 7, required: 5, met: false });
    expect(result.quorum.sectors).toEqual([
      { sector: Sector.RESIDENT, minimumPresent: 1, present: 0, met: false },
    ]);
    expect(result.outcome).toBe(MotionOutcome.NO_QUORUM);
  });

  it('has quorum with a majority of filled seats including a resident', () => {
    const result = tally({
      presentSeatIds: ['hpsj', 'county', 'susd', 'fathers', 'resident1'],
      counts: { yes: 3, no: 2, abstain: 0 },
    });
    expect(result.quorum).toMatchObject({ filledSeats: 9, presentSeats: 5, required: 5, met: true });
    expect(result.outcome).toBe(MotionOutcome.PASSED);
  });

  it('takes a recused seat out of quorum and out of the threshold base', () => {
    const result = tally({
      kind: MotionKind.FUNDING,
      amountCents: 5_000_000n,
      presentSeatIds: ['hpsj', 'county', 'trc', 'resident1', 'fathers'],
      conflictedSeatIds: ['trc'],
      counts: { yes: 3, no: 1, abstain: 0 },
    });
    expect(result.recusedSeatIds).toEqual(['trc']);
    expect(result.presentSeatIds).toEqual(['county', 'fathers', 'hpsj', 'resident1']);
    // 8 seats remain; 4 present is not more than half of them.
    expect(result.quorum).toMatchObject({ filledSeats: 8, presentSeats: 4, required: 5, met: false });
    expect(result.outcome).toBe(MotionOutcome.NO_QUORUM);
  });

  it('needs two-thirds of votes cast for spending above the limit, a simple majority at or below it', () => {
    const counts = { yes: 5, no: 3, abstain: 1 };
    const atLimit = tally({
      kind: MotionKind.FUNDING,
      amountCents: DEFAULT_RULES.spendingLimitCents,
      counts,
    });
    expect(atLimit).toMatchObject({
      threshold: ThresholdRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
      thresholdBase: 8,
      yesRequired: 5,
    });
    expect(atLimit.outcome).toBe(MotionOutcome.PASSED);

    const above = tally({
      kind: MotionKind.FUNDING,
      amountCents: DEFAULT_RULES.spendingLimitCents + 1n,
      counts,
    });
    expect(above).toMatchObject({
      threshold: ThresholdRule.TWO_THIRDS_OF_VOTES_CAST,
      thresholdBase: 8,
      yesRequired: 6,
    });
    expect(above.outcome).toBe(MotionOutcome.FAILED);
  });

  it('leaves abstentions out of the base unless the rules count them', () => {
    const counts = { yes: 4, no: 3, abstain: 2 };
    expect(tally({ counts })).toMatchObject({
      thresholdBase: 7,
      yesRequired: 4,
      outcome: MotionOutcome.PASSED,
    });
    const strict: RuleSet = { ...DEFAULT_RULES, abstentionsCountTowardBase: true };
    expect(tally({ rules: strict, counts })).toMatchObject({
      thresholdBase: 9,
      yesRequired: 5,
      outcome: MotionOutcome.FAILED,
    });
  });

  it('counts silence as no under a majority of filled seats', () => {
    const rules: RuleSet = { ...DEFAULT_RULES, threshold: ThresholdRule.MAJORITY_OF_FILLED_SEATS };
    expect(tally({ rules, counts: { yes: 4, no: 0, abstain: 0 } })).toMatchObject({
      thresholdBase: 9,
      yesRequired: 5,
      outcome: MotionOutcome.FAILED,
    });
    expect(tally({ rules, counts: { yes: 5, no: 0, abstain: 0 } }).outcome).toBe(MotionOutcome.PASSED);
  });

  it('fails a motion nobody voted for, even with quorum', () => {
    expect(tally({ counts: { yes: 0, no: 0, abstain: 3 } })).toMatchObject({
      thresholdBase: 0,
      yesRequired: 1,
      outcome: MotionOutcome.FAILED,
    });
  });

  it('never reaches quorum with no filled seats', () => {
    expect(tally({ roster: [], presentSeatIds: [] }).quorum).toMatchObject({
      filledSeats: 0,
      required: 1,
      met: false,
    });
  });
});
