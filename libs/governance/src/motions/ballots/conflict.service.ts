import { ConflictSource } from '@braid/contracts';
import { Organization, Seat } from '@braid/collaboratives';
import { AuditService, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadByColumn } from '../../access';
import { AlreadyConflicted } from '../../governance.errors';
import { DeclareConflictInput } from '../dto/motion.inputs';
import { FundingProposal } from '../funding-proposal.entity';
import { MotionLive } from '../live/motion-live.service';
import { Motion } from '../motion.entity';
import { BallotService } from './ballot.service';
import { ConflictDeclaration } from './conflict-declaration.entity';

@Injectable()
export class ConflictService {
  constructor(
    private readonly audit: AuditService,
    private readonly ballots: BallotService,
    private readonly live: MotionLive,
  ) {}

  forMotion(ctx: RequestContext, motionId: string): Promise<ConflictDeclaration[]> {
    return loadByColumn(ctx, ConflictDeclaration, 'ConflictDeclaration', 'motionId', motionId, [
      'declaredAt',
      'id',
    ]);
  }

  /** A member recuses their seat, with a reason; a ballot already cast is withdrawn. */
  async declare(ctx: RequestContext, input: DeclareConflictInput): Promise<ConflictDeclaration> {
    const motion = await this.ballots.holdOpenMotion(ctx, input.motionId, true);
    const seat = await this.ballots.seatFor(ctx, motion, input.seatId ?? null, 'declare');
    if (await ctx.em.existsBy(ConflictDeclaration, { motionId: motion.id, seatId: seat.id }))
      throw new AlreadyConflicted();
    await this.ballots.withdraw(ctx, motion, seat, input.receipt ?? null);
    const declaration = await ctx.em.save(
      ctx.em.create(ConflictDeclaration, {
        collaborativeId: motion.collaborativeId,
        motionId: motion.id,
        seatId: seat.id,
        source: ConflictSource.DECLARED,
        reason: input.reason.trim(),
        declaredByUserId: ctx.userId,
      }),
    );
    await this.audit.record(ctx, {
      action: 'conflict.declared',
      collaborativeId: declaration.collaborativeId,
      entityType: 'ConflictDeclaration',
      entityId: declaration.id,
      after: declaration,
    });
    this.live.publish(ctx, motion.id);
    return declaration;
  }

  /**
   * docs/DOMAIN-GUIDE.md: a seat whose organization would receive the money is conflicted. Recorded when the
   * FUNDING motion opens, so that the roster of recused seats cannot shift under the vote.
   */
  async recordRecipientConflicts(
    ctx: RequestContext,
    motion: Motion,
    proposal: FundingProposal,
  ): Promise<ConflictDeclaration[]> {
    const recipient = await ctx.em.findOneByOrFail(Organization, { id: proposal.recipientOrganizationId });
    const seats = await ctx.em.findBy(Seat, {
      collaborativeId: motion.collaborativeId,
      organizationId: recipient.id,
    });
    if (!seats.length) return [];
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(ConflictDeclaration)
      .values(
        seats.map((seat) => ({
          collaborativeId: motion.collaborativeId,
          motionId: motion.id,
          seatId: seat.id,
          source: ConflictSource.RECIPIENT,
          reason: `its organization, ${recipient.name}, would receive the funds`,
          declaredByUserId: null,
        })),
      )
      .orIgnore()
      .execute();
    return ctx.em.findBy(ConflictDeclaration, { motionId: motion.id });
  }
}
