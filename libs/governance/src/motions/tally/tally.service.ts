import { BallotChoice, MotionKind, MotionStatus, ThresholdRule } from '@braid/contracts';
import { accessibleBy, Clock, findAccessible, NotFoundError, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { loadOneByColumn } from '../../access';
import { Meeting } from '../../meetings/meeting.entity';
import { RosterService } from '../../meetings/roster.service';
import { RuleSet, VoteCounts } from '../../voting-rules/rules';
import { ruleSetOf, VotingRulesService } from '../../voting-rules/voting-rules.service';
import { Ballot } from '../ballots/ballot.entity';
import { ConflictDeclaration } from '../ballots/conflict-declaration.entity';
import { SecretBallotBox } from '../ballots/secret-ballot-box.entity';
import { FundingProposal } from '../funding-proposal.entity';
import { Motion } from '../motion.entity';
import { computeTally, TallyFigures } from './tally';
import { RosterEntry, SectorQuorum, Tally } from './tally.entity';

@ObjectType({ description: 'The stored tally beside one computed again from the ballots; they must match.' })
export class TallyCheck {
  @Field()
  matches: boolean;

  @Field(() => [String], { description: 'What differs, in words; empty when they match.' })
  differences: string[];

  @Field(() => Tally)
  stored: Tally;

  @Field(() => Tally)
  recomputed: Tally;
}

@ObjectType({
  description:
    'While the vote is open: what closing it now would count, under the rules the tally applies. ' +
    'It says nothing a voter could not already see (a secret ballot’s choices stay in the box).',
})
export class ClosingPreview {
  @Field(() => Int, { description: 'Ballots of seats that may vote (recused seats have none).' })
  ballotsCast: number;

  @Field(() => Int, { description: 'Seats present at the meeting (holder or alternate), less recused ones.' })
  presentSeats: number;

  @Field(() => Int, { description: 'Seats present that have not voted.' })
  presentWithoutBallot: number;

  @Field(() => Int, { description: 'Filled voting seats, less recused ones: the base of quorum.' })
  filledSeats: number;

  @Field(() => Int)
  recusedSeats: number;

  @Field(() => Int)
  quorumRequired: number;

  @Field()
  quorumMet: boolean;

  @Field(() => [SectorQuorum])
  sectorQuorum: SectorQuorum[];

  @Field(() => ThresholdRule, {
    description: 'The threshold that will apply (the stricter one above the spending limit).',
  })
  threshold: ThresholdRule;

  @Field(() => Int, {
    nullable: true,
    description:
      'What the threshold would be taken of if the vote closed now. Null for a secret ballot whose base ' +
      'depends on the choices: it would tell how many abstained before the count.',
  })
  thresholdBase: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'YES votes needed if the vote closed now; null as thresholdBase.',
  })
  yesRequired: number | null;
}

type StoredRules = Omit<RuleSet, 'spendingLimitCents'> & { spendingLimitCents: string };

const COMPARED: (keyof Tally)[] = [
  'yes',
  'no',
  'abstain',
  'ballotsCast',
  'recusedSeatIds',
  'presentSeatIds',
  'filledSeats',
  'quorumRequired',
  'quorumMet',
  'threshold',
  'thresholdBase',
  'yesRequired',
  'outcome',
];

/** Where votes get tallied: once, in the transaction that closes the motion, and again on request. */
@Injectable()
export class TallyService {
  constructor(
    private readonly rules: VotingRulesService,
    private readonly rosters: RosterService,
    private readonly clock: Clock,
  ) {}

  forMotion(ctx: RequestContext, motionId: string): Promise<Tally | null> {
    return loadOneByColumn(ctx, Tally, 'Tally', 'motionId', motionId);
  }

  /**
   * Computes and stores the tally of a motion being closed (its row locked by the caller): the
   * rules, the roster and who sat are read now and kept with the result. A secret motion's
   * receipt key is erased here, while the motion is still open for the box's trigger.
   */
  async close(ctx: RequestContext, motion: Motion, proposal: FundingProposal | null): Promise<Tally> {
    const rules = ruleSetOf(await this.rules.ensure(ctx, motion.collaborativeId));
    const meeting = await ctx.em.findOneByOrFail(Meeting, { id: motion.meetingId });
    const roster = await this.rosters.roster(ctx, motion.collaborativeId, meeting.scheduledAt, true);
    const seated = await this.rosters.seatedSeatIds(ctx, meeting.id, true);
    const conflicted = await this.conflictedSeatIds(ctx, motion.id);
    const counts = await this.count(ctx, motion, roster);
    if (motion.secret) await ctx.em.update(SecretBallotBox, { motionId: motion.id }, { receiptKey: null });
    const figures = computeTally({
      rules,
      kind: motion.kind,
      amountCents: proposal?.amount.cents ?? null,
      roster,
      presentSeatIds: seated,
      conflictedSeatIds: conflicted,
      counts,
    });
    const tally = this.toTally(motion, figures, roster, rules);
    await ctx.em.insert(Tally, tally);
    return tally;
  }

  /**
   * What closing now would count: the same computation as `close`, on the rules, roster and
   * attendance as they stand, without locking or storing anything. Only for an open motion.
   */
  async preview(ctx: RequestContext, motion: Motion): Promise<ClosingPreview | null> {
    if (motion.status !== MotionStatus.OPEN) return null;
    const meeting = await ctx.em.findOneByOrFail(Meeting, { id: motion.meetingId });
    const [stored, roster, seated, conflicted, proposal, ballots] = await ctx.readTogether([
      () => this.rules.load(ctx, motion.collaborativeId),
      () => this.rosters.roster(ctx, motion.collaborativeId, meeting.scheduledAt),
      () => this.rosters.seatedSeatIds(ctx, meeting.id),
      () => this.conflictedSeatIds(ctx, motion.id),
      () =>
        motion.kind === MotionKind.FUNDING
          ? ctx.em.findOneBy(FundingProposal, { motionId: motion.id })
          : Promise.resolve(null),
      () => ctx.em.findBy(Ballot, { motionId: motion.id }),
    ]);
    const rules = ruleSetOf(stored);
    const figures = computeTally({
      rules,
      kind: motion.kind,
      amountCents: proposal?.amount.cents ?? null,
      roster,
      presentSeatIds: seated,
      conflictedSeatIds: conflicted,
      counts: await this.count(ctx, motion, roster),
    });
    const voted = new Set(ballots.map((ballot) => ballot.seatId));
    const onRoster = new Set(roster.map((seat) => seat.seatId));
    const baseFromChoices = figures.threshold !== ThresholdRule.MAJORITY_OF_FILLED_SEATS;
    const hideBase = motion.secret && baseFromChoices;
    return {
      // Seats with a ballot, counted as the tally counts them: on the roster, not recused.
      ballotsCast: [...voted].filter((seatId) => onRoster.has(seatId) && !conflicted.includes(seatId)).length,
      presentSeats: figures.presentSeatIds.length,
      presentWithoutBallot: figures.presentSeatIds.filter((seatId) => !voted.has(seatId)).length,
      filledSeats: figures.quorum.filledSeats,
      recusedSeats: figures.recusedSeatIds.length,
      quorumRequired: figures.quorum.required,
      quorumMet: figures.quorum.met,
      sectorQuorum: figures.quorum.sectors,
      threshold: figures.threshold,
      thresholdBase: hideBase ? null : figures.thresholdBase,
      yesRequired: hideBase ? null : figures.yesRequired,
    };
  }

  /** Counts the ballots again under what the tally kept, and says whether the result is the same. */
  async recompute(ctx: RequestContext, motionId: string): Promise<TallyCheck> {
    const motion = await findAccessible(ctx, Motion, 'Motion', motionId);
    const stored = await ctx.em
      .getRepository(Tally)
      .createQueryBuilder('tally')
      .where('tally.motionId = :motionId', { motionId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Tally', 'tally'))
      .getOne();
    if (!stored) throw new NotFoundError('Tally', motionId);
    const rules = this.parseRules(stored.rules as StoredRules);
    const proposal =
      motion.kind === MotionKind.FUNDING ? await ctx.em.findOneBy(FundingProposal, { motionId }) : null;
    const counts = await this.count(ctx, motion, stored.roster);
    const figures = computeTally({
      rules,
      kind: motion.kind,
      amountCents: proposal?.amount.cents ?? null,
      roster: stored.roster,
      presentSeatIds: stored.presentSeatIds,
      conflictedSeatIds: await this.conflictedSeatIds(ctx, motionId),
      counts,
    });
    const recomputed = this.toTally(motion, figures, stored.roster, rules);
    const differences = COMPARED.filter(
      (key) => JSON.stringify(stored[key]) !== JSON.stringify(recomputed[key]),
    ).map(
      (key) => `${key}: stored ${JSON.stringify(stored[key])}, recomputed ${JSON.stringify(recomputed[key])}`,
    );
    if (motion.secret) {
      // The box holds only counts; the ballot rows say how many seats voted. They must agree.
      const voted = await ctx.em.countBy(Ballot, { motionId });
      const inBox = counts.yes + counts.no + counts.abstain;
      if (voted !== inBox)
        differences.push(`secret ballot box holds ${inBox} choices but ${voted} seats voted`);
    }
    return { matches: differences.length === 0, differences, stored, recomputed };
  }

  private async conflictedSeatIds(ctx: RequestContext, motionId: string): Promise<string[]> {
    return (await ctx.em.findBy(ConflictDeclaration, { motionId })).map((conflict) => conflict.seatId);
  }

  /** Named ballots of seats on the roster; a secret motion's box has only counts to give. */
  private async count(
    ctx: RequestContext,
    motion: Motion,
    roster: readonly RosterEntry[],
  ): Promise<VoteCounts> {
    if (motion.secret) {
      const box = await ctx.em.findOneBy(SecretBallotBox, { motionId: motion.id });
      return { yes: box?.yes ?? 0, no: box?.no ?? 0, abstain: box?.abstain ?? 0 };
    }
    const onRoster = new Set(roster.map((seat) => seat.seatId));
    const ballots = (await ctx.em.findBy(Ballot, { motionId: motion.id })).filter((ballot) =>
      onRoster.has(ballot.seatId),
    );
    const count = (choice: BallotChoice) => ballots.filter((ballot) => ballot.choice === choice).length;
    return { yes: count(BallotChoice.YES), no: count(BallotChoice.NO), abstain: count(BallotChoice.ABSTAIN) };
  }

  private toTally(
    motion: Motion,
    figures: TallyFigures,
    roster: readonly RosterEntry[],
    rules: RuleSet,
  ): Tally {
    const stored: StoredRules = { ...rules, spendingLimitCents: rules.spendingLimitCents.toString() };
    return Object.assign(new Tally(), {
      motionId: motion.id,
      collaborativeId: motion.collaborativeId,
      yes: figures.yes,
      no: figures.no,
      abstain: figures.abstain,
      ballotsCast: figures.ballotsCast,
      recusedSeatIds: figures.recusedSeatIds,
      presentSeatIds: figures.presentSeatIds,
      roster: roster.map(({ seatId, sector }) => ({ seatId, sector })),
      filledSeats: figures.quorum.filledSeats,
      quorumRequired: figures.quorum.required,
      sectorQuorum: figures.quorum.sectors,
      quorumMet: figures.quorum.met,
      threshold: figures.threshold,
      thresholdBase: figures.thresholdBase,
      yesRequired: figures.yesRequired,
      outcome: figures.outcome,
      rules: stored,
      computedAt: this.clock.now(),
    });
  }

  private parseRules(stored: StoredRules): RuleSet {
    return { ...stored, spendingLimitCents: BigInt(stored.spendingLimitCents) };
  }
}
