import { BallotChoice, MotionOutcome, MotionStatus } from '@braid/contracts';
import { can, LiveStream, LiveUpdates, RequestContext } from '@braid/kernel';
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
  constructor(private readonly live: LiveUpdates) {}

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
   * The subscriber's stream: listening first, then the motion as it is now (so the client knows
   * it is live and needs no separate fetch), then each update the subscriber may still read.
   * A plain iterator rather than an async generator, so that unsubscribing ends the Redis
   * subscription at once instead of after the next message.
   */
  async follow(ctx: RequestContext, motionId: string): Promise<AsyncIterableIterator<MotionLiveUpdate>> {
    const stream: LiveStream<MotionLiveUpdate> = await this.live.listen<MotionLiveUpdate>(topic(motionId));
    let first = await this.snapshot(ctx.em, motionId);
    const readable = (update: MotionLiveUpdate) =>
      can(ctx, 'read', 'Motion', { id: update.motionId, collaborativeId: update.collaborativeId });
    const iterator: AsyncIterableIterator<MotionLiveUpdate> = {
      next: async () => {
        if (first) {
          const value = first;
          first = null;
          return { value, done: false };
        }
        for (;;) {
          const result = await stream.next();
          if (result.done || readable(result.value)) return result;
        }
      },
      return: () => stream.return(),
      throw: (error: unknown) => stream.throw?.(error) ?? Promise.reject(error),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  }
}
