import { BallotChoice, MotionStatus, type AuditAction } from '@braid/contracts';
import { Seat } from '@braid/collaboratives';
import {
  assertCan,
  AuditService,
  findAccessible,
  NotFoundError,
  RequestContext,
  updateLoaded,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { loadByColumn } from '../../access';
import {
  AlternateNotSeated,
  MotionNotOpen,
  NotAVotingSeat,
  SeatConflicted,
  SeatNotPresent,
  SecretBallotReceiptInvalid,
  SecretBallotReceiptRequired,
} from '../../governance.errors';
import { Attendance } from '../../meetings/attendance.entity';
import { VoteCounts } from '../../voting-rules/rules';
import { CastBallotInput } from '../dto/motion.inputs';
import { MotionLive } from '../live/motion-live.service';
import { Motion } from '../motion.entity';
import { openReceipt, sealReceipt } from './ballot-receipt';
import { Ballot } from './ballot.entity';
import { ConflictDeclaration } from './conflict-declaration.entity';
import { seatedToVote } from './seated';
import { SecretBallotBox } from './secret-ballot-box.entity';

@ObjectType()
export class CastBallotResult {
  @Field(() => Ballot)
  ballot: Ballot;

  @Field({ description: 'Whether this changed an earlier ballot of the seat.' })
  changed: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Secret motions only: keep it to change or withdraw your ballot before the motion closes. Braid does not keep it and cannot give it again.',
  })
  receipt: string | null;
}

const BOX_COLUMN: Record<BallotChoice, 'yes' | 'no' | 'abstain'> = {
  [BallotChoice.YES]: 'yes',
  [BallotChoice.NO]: 'no',
  [BallotChoice.ABSTAIN]: 'abstain',
};

/** What changing a ballot (named or secret) writes. */
const BALLOT_CHANGE = ['choice', 'castByUserId', 'castByAlternate', 'version'] as const;

@Injectable()
export class BallotService {
  constructor(
    private readonly audit: AuditService,
    private readonly live: MotionLive,
  ) {}

  /** Ballots of a motion; on a secret motion they say who voted, never what (the column is NULL). */
  ballots(ctx: RequestContext, motionId: string): Promise<Ballot[]> {
    return loadByColumn(ctx, Ballot, 'Ballot', 'motionId', motionId, ['castAt', 'id']);
  }

  /** Running counts while a named motion is open; secret motions show none until they close. */
  async runningCounts(ctx: RequestContext, motion: Motion): Promise<VoteCounts | null> {
    if (motion.secret || motion.status !== MotionStatus.OPEN) return null;
    const ballots = await this.ballots(ctx, motion.id);
    const count = (choice: BallotChoice) => ballots.filter((ballot) => ballot.choice === choice).length;
    return { yes: count(BallotChoice.YES), no: count(BallotChoice.NO), abstain: count(BallotChoice.ABSTAIN) };
  }

  /**
   * One ballot per seat: the unique index on (motion, seat) settles concurrent casts; a cast on a
   * seat that already voted changes its ballot. The motion row is held FOR SHARE, so ballots
   * proceed side by side while closing (FOR UPDATE) waits for them and refuses later ones.
   */
  async cast(ctx: RequestContext, input: CastBallotInput): Promise<CastBallotResult> {
    const motion = await this.holdOpenMotion(ctx, input.motionId);
    const seat = await this.seatFor(ctx, motion, input.seatId ?? null, 'vote');
    const byAlternate = seat.holderUserId !== ctx.userId;
    await this.requireSeated(ctx, motion, seat, byAlternate);
    const result = motion.secret
      ? await this.castSecret(ctx, motion, seat, input, byAlternate)
      : await this.castNamed(ctx, motion, seat, input.choice, byAlternate);
    this.live.publish(ctx, motion.id);
    return result;
  }

  /** Removes a seat's ballot when it recuses after voting; on a secret motion the receipt says what to take out. */
  async withdraw(ctx: RequestContext, motion: Motion, seat: Seat, receipt: string | null): Promise<void> {
    const ballot = await ctx.em.findOne(Ballot, {
      where: { motionId: motion.id, seatId: seat.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!ballot) return;
    if (motion.secret) {
      if (!receipt) throw new SecretBallotReceiptRequired();
      const box = await this.lockBox(ctx, motion);
      const contents = this.readReceipt(box, motion, seat, ballot, receipt);
      box[BOX_COLUMN[contents.choice]] -= 1;
      await ctx.em.save(box);
    }
    await ctx.em.delete(Ballot, { id: ballot.id });
    await this.record(ctx, 'ballot.withdrawn', ballot, ballot, null);
    this.live.publish(ctx, motion.id);
  }

  /**
   * The seat a caller acts for: the one named, or the voting seat they hold. The ability decides
   * whether they hold it or stand in for it; another collaborative's seat is not found.
   */
  async seatFor(
    ctx: RequestContext,
    motion: Motion,
    seatId: string | null,
    action: 'vote' | 'declare',
  ): Promise<Seat> {
    const id = seatId ?? ctx.membershipIn(motion.collaborativeId)?.seatIds[0];
    if (!id) throw new NotAVotingSeat();
    const seat = await ctx.em.findOneBy(Seat, { id, collaborativeId: motion.collaborativeId });
    if (!seat) throw new NotFoundError('Seat', id);
    assertCan(
      ctx,
      action,
      action === 'vote' ? 'Ballot' : 'ConflictDeclaration',
      { collaborativeId: motion.collaborativeId, seatId: seat.id },
      `You neither hold nor stand in for the seat "${seat.name}".`,
    );
    if (!seat.voting) throw new NotAVotingSeat(seat.name);
    return seat;
  }

  async holdOpenMotion(ctx: RequestContext, motionId: string, allowDraft = false): Promise<Motion> {
    const motion = await findAccessible(ctx, Motion, 'Motion', motionId, { lock: 'share' });
    const acceptable = allowDraft ? [MotionStatus.DRAFT, MotionStatus.OPEN] : [MotionStatus.OPEN];
    if (!acceptable.includes(motion.status)) throw new MotionNotOpen(motion.status);
    return motion;
  }

  /** Recused seats never vote; the holder votes when seated, the alternate only in the holder's absence. */
  private async requireSeated(
    ctx: RequestContext,
    motion: Motion,
    seat: Seat,
    byAlternate: boolean,
  ): Promise<void> {
    const conflict = await ctx.em.findOneBy(ConflictDeclaration, { motionId: motion.id, seatId: seat.id });
    if (conflict) throw new SeatConflicted(seat.name, conflict.reason);
    const attendance = await ctx.em.findOneBy(Attendance, { meetingId: motion.meetingId, seatId: seat.id });
    if (seatedToVote(attendance?.status, byAlternate)) return;
    throw byAlternate ? new AlternateNotSeated(seat.name) : new SeatNotPresent(seat.name);
  }

  private async castNamed(
    ctx: RequestContext,
    motion: Motion,
    seat: Seat,
    choice: BallotChoice,
    byAlternate: boolean,
  ): Promise<CastBallotResult> {
    const inserted = await this.insertIfFirst(ctx, motion, seat, choice, byAlternate);
    if (inserted) {
      await this.record(ctx, 'ballot.cast', inserted, null, inserted);
      return { ballot: inserted, changed: false, receipt: null };
    }
    const ballot = await ctx.em.findOneOrFail(Ballot, {
      where: { motionId: motion.id, seatId: seat.id },
      lock: { mode: 'pessimistic_write' },
    });
    const before = { ...ballot };
    Object.assign(ballot, {
      choice,
      castByUserId: ctx.userId,
      castByAlternate: byAlternate,
      version: ballot.version + 1,
    });
    await updateLoaded(ctx.em, Ballot, ballot, BALLOT_CHANGE);
    await this.record(ctx, 'ballot.changed', ballot, before, ballot);
    return { ballot, changed: true, receipt: null };
  }

  /**
   * The ballot row records that the seat voted and holds no choice; the choice goes into the
   * box's counts, and the voter gets a sealed receipt. Changing the ballot takes the receipt:
   * it is the only place that knows which count to take the old choice from.
   */
  private async castSecret(
    ctx: RequestContext,
    motion: Motion,
    seat: Seat,
    input: CastBallotInput,
    byAlternate: boolean,
  ): Promise<CastBallotResult> {
    const box = await this.lockBox(ctx, motion);
    const inserted = await this.insertIfFirst(ctx, motion, seat, null, byAlternate);
    let ballot: Ballot;
    let before: Ballot | null = null;
    if (inserted) {
      ballot = inserted;
    } else {
      if (!input.receipt) throw new SecretBallotReceiptRequired();
      ballot = await ctx.em.findOneOrFail(Ballot, {
        where: { motionId: motion.id, seatId: seat.id },
        lock: { mode: 'pessimistic_write' },
      });
      const previous = this.readReceipt(box, motion, seat, ballot, input.receipt);
      box[BOX_COLUMN[previous.choice]] -= 1;
      before = { ...ballot };
      Object.assign(ballot, {
        castByUserId: ctx.userId,
        castByAlternate: byAlternate,
        version: ballot.version + 1,
      });
      await updateLoaded(ctx.em, Ballot, ballot, BALLOT_CHANGE);
    }
    box[BOX_COLUMN[input.choice]] += 1;
    await ctx.em.save(box);
    const receipt = sealReceipt(box.receiptKey as Buffer, motion.id, {
      seatId: seat.id,
      version: ballot.version,
      choice: input.choice,
    });
    await this.record(ctx, before ? 'ballot.changed' : 'ballot.cast', ballot, before, ballot);
    return { ballot, changed: !!before, receipt };
  }

  private async insertIfFirst(
    ctx: RequestContext,
    motion: Motion,
    seat: Seat,
    choice: BallotChoice | null,
    byAlternate: boolean,
  ): Promise<Ballot | null> {
    const ballot = ctx.em.create(Ballot, {
      collaborativeId: motion.collaborativeId,
      motionId: motion.id,
      seatId: seat.id,
      secret: motion.secret,
      choice,
      castByUserId: ctx.userId,
      castByAlternate: byAlternate,
      version: 1,
    });
    // RETURNING hands back what the database filled in (id, timestamps): no second read. A seat
    // that already voted returns no row.
    const result = await ctx.em
      .createQueryBuilder()
      .insert()
      .into(Ballot)
      .values(ballot)
      .orIgnore()
      .returning(['id', 'castAt', 'updatedAt'])
      .updateEntity(false)
      .execute();
    const row = (result.raw as { id: string; cast_at: Date; updated_at: Date }[])[0];
    if (!row) return null;
    return Object.assign(ballot, { id: row.id, castAt: row.cast_at, updatedAt: row.updated_at });
  }

  private async lockBox(ctx: RequestContext, motion: Motion): Promise<SecretBallotBox> {
    return ctx.em.findOneOrFail(SecretBallotBox, {
      where: { motionId: motion.id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private readReceipt(box: SecretBallotBox, motion: Motion, seat: Seat, ballot: Ballot, receipt: string) {
    const contents = box.receiptKey ? openReceipt(box.receiptKey, motion.id, receipt) : null;
    if (!contents || contents.seatId !== seat.id || contents.version !== ballot.version)
      throw new SecretBallotReceiptInvalid();
    return contents;
  }

  /** The audit trail says who cast or changed which seat's ballot; on secret motions the row carries no choice. */
  private record(
    ctx: RequestContext,
    action: AuditAction,
    ballot: Ballot,
    before: Ballot | null,
    after: Ballot | null,
  ): Promise<void> {
    return this.audit.record(ctx, {
      action,
      collaborativeId: ballot.collaborativeId,
      entityType: 'Ballot',
      entityId: ballot.id,
      before,
      after,
    });
  }
}
