import { BallotChoice, MotionOutcome, MotionStatus } from '@braid/contracts';
import { can, LiveMessage, LiveSubscriptions, LiveUpdates, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EntityManager } from 'typeorm';
import { Ballot } from '../ballots/ballot.entity';
import { ConflictDeclaration } from '../ballots/conflict-declaration.entity';
import { Motion } from '../motion.entity';
import { Tally } from '../tally/tally.entity';

@ObjectType()
export class VoteCountsView {
  @Field(() => Int)
  yes: number;

  @Field(() => Int)
  no: number;

  @Field(() => Int)
  abstain: number;
}

/** What a projector shows of a motion while it is voted on. */
@ObjectType()
export class MotionLiveUpdate {
  @Field(() => ID)
  motionId: string;

  @Field(() => ID)
  collaborativeId: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => MotionStatus)
  status: MotionStatus;

  @Field(() => MotionOutcome, { nullable: true })
  outcome: MotionOutcome | null;

  @Field()
  secret: boolean;

  @Field(() => Int, {
    description: 'Seats that have voted (who voted is not secret; what they chose may be).',
  })
  ballotsCast: number;

  @Field(() => Int)
  recusedSeats: number;

  @Field(() => VoteCountsView, {
    nullable: true,
    description: 'Running counts of a named motion; a secret motion shows counts only once closed.',
  })
  counts: VoteCountsView | null;

  @Field({ description: 'When this was read, ISO 8601.' })
  at: string;
}

function topic(motionId: string): string {
  return `motion:${motionId}`;
}

/**
 * Live updates of motions. A change publishes only a signal; what goes out is read after the
 * commit, from committed data, and carries no ballot of a secret motion (only how many seats voted).
 */
@Injectable()
export class MotionLive {
  constructor(
    private readonly live: LiveUpdates,
    private readonly subscriptions: LiveSubscriptions,
  ) {}

  publish(ctx: RequestContext, motionId: string): void {
    this.live.publishAfterCommit(ctx, topic(motionId), (em) => this.snapshot(em, motionId));
  }

  async snapshot(em: EntityManager, motionId: string): Promise<MotionLiveUpdate | null> {
    const motion = await em.findOneBy(Motion, { id: motionId });
    if (!motion) return null;
    const [ballotsCast, recusedSeats] = await Promise.all([
      em.countBy(Ballot, { motionId }),
      em.countBy(ConflictDeclaration, { motionId }),
    ]);
    let counts: VoteCountsView | null = null;
    if (motion.status === MotionStatus.CLOSED) {
      const tally = await em.findOneBy(Tally, { motionId });
      if (tally) counts = { yes: tally.yes, no: tally.no, abstain: tally.abstain };
    } else if (!motion.secret) {
      const rows: { choice: BallotChoice; n: number }[] = await em
        .getRepository(Ballot)
        .createQueryBuilder('ballot')
        .select('ballot.choice', 'choice')
        .addSelect('count(*)::int', 'n')
        .where('ballot.motionId = :motionId', { motionId })
        .groupBy('ballot.choice')
        .getRawMany();
      const of = (choice: BallotChoice) => rows.find((row) => row.choice === choice)?.n ?? 0;
      counts = { yes: of(BallotChoice.YES), no: of(BallotChoice.NO), abstain: of(BallotChoice.ABSTAIN) };
    }
    return {
      motionId: motion.id,
      collaborativeId: motion.collaborativeId,
      meetingId: motion.meetingId,
      status: motion.status,
      outcome: motion.outcome,
      secret: motion.secret,
      ballotsCast,
      recusedSeats,
      counts,
      at: new Date().toISOString(),
    };
  }

  /**
   * The subscriber's stream: the motion as it is now (so the client knows it is live and needs no
   * separate fetch), then each update — as long as the subscriber may still read the motion, judged
   * again before each one (LiveSubscriptions).
   */
  follow(
    ctx: RequestContext,
    motionId: string,
  ): Promise<AsyncIterableIterator<LiveMessage<MotionLiveUpdate>>> {
    return this.subscriptions.follow<MotionLiveUpdate>(ctx, {
      topic: topic(motionId),
      current: (em) => this.snapshot(em, motionId),
      mayRead: (now, update) =>
        can(now, 'read', 'Motion', { id: update.motionId, collaborativeId: update.collaborativeId }),
    });
  }
}
