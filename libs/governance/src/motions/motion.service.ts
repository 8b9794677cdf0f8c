import {
  FUNDING_MOTION_PASSED,
  FUNDING_PLAN_CHECK,
  FundingMotionPassedPayload,
  FundingGrantStatus,
  FundingPlan,
  FundingPlanProblem,
  MeetingStatus,
  MotionKind,
  MotionOutcome,
  MotionStatus,
  type AuditAction,
} from '@braid/contracts';
import { OrganizationService } from '@braid/collaboratives';
import {
  accessibleBy,
  assertCan,
  AuditService,
  Clock,
  ConnectionShape,
  DomainChecks,
  DomainEvents,
  findAccessible,
  NotFoundError,
  Money,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadByColumn, loadOneByColumn, requireReadableIn } from '../access';
import {
  FundingPlanNoLongerHolds,
  FundingPlanUnfundable,
  FundingProposalInvalid,
  MeetingClosedForChanges,
  MeetingNotInProgress,
  MinutesNotApprovable,
  NotALeadershipMeeting,
} from '../governance.errors';
import { Meeting } from '../meetings/meeting.entity';
import { GovernanceNotices } from '../notifications/governance-notices';
import { Workgroup } from '../workgroups/workgroup.entity';
import { MinutesService } from '../minutes/minutes.service';
import { newReceiptKey } from './ballots/ballot-receipt';
import { ConflictService } from './ballots/conflict.service';
import { SecretBallotBox } from './ballots/secret-ballot-box.entity';
import { CreateMotionInput, MotionsArgs } from './dto/motion.inputs';
import { FundingProposal } from './funding-proposal.entity';
import { validateFundingProposal } from './funding-proposal';
import { MotionLive } from './live/motion-live.service';
import { MOTION_LIFECYCLE } from './motion.lifecycle';
import { Motion } from './motion.entity';
import { TallyService } from './tally/tally.service';

@Injectable()
export class MotionService {
  constructor(
    private readonly audit: AuditService,
    private readonly domainEvents: DomainEvents,
    private readonly organizations: OrganizationService,
    private readonly minutes: MinutesService,
    private readonly conflicts: ConflictService,
    private readonly tallies: TallyService,
    private readonly live: MotionLive,
    private readonly checks: DomainChecks,
    private readonly notices: GovernanceNotices,
    private readonly clock: Clock,
  ) {}

  list(ctx: RequestContext, args: MotionsArgs): Promise<ConnectionShape<Motion>> {
    requireReadableIn(ctx, 'Motion', args.collaborativeId);
    const qb = ctx.em
      .getRepository(Motion)
      .createQueryBuilder('motion')
      .where('motion.collaborativeId = :collaborativeId', { collaborativeId: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Motion', 'motion'));
    if (args.meetingId) qb.andWhere('motion.meetingId = :meetingId', { meetingId: args.meetingId });
    if (args.status) qb.andWhere('motion.status = :status', { status: args.status });
    if (args.outcome) qb.andWhere('motion.outcome = :outcome', { outcome: args.outcome });
    if (args.kind) qb.andWhere('motion.kind = :kind', { kind: args.kind });
    // Whole days in UTC; a motion not yet decided has no date and is left out by either bound.
    if (args.decidedFrom)
      qb.andWhere("motion.closedAt >= (CAST(:decidedFrom AS date) AT TIME ZONE 'UTC')", {
        decidedFrom: args.decidedFrom,
      });
    if (args.decidedTo)
      qb.andWhere("motion.closedAt < ((CAST(:decidedTo AS date) + 1) AT TIME ZONE 'UTC')", {
        decidedTo: args.decidedTo,
      });
    // Newest first: the decisions list reads from the latest motion back.
    return paginate(qb, args, [{ property: 'seq' }], 'DESC');
  }

  get(ctx: RequestContext, id: string): Promise<Motion> {
    return findAccessible(ctx, Motion, 'Motion', id);
  }

  load(ctx: RequestContext, id: string): Promise<Motion | null> {
    return loadOneByColumn(ctx, Motion, 'Motion', 'id', id);
  }

  forMeeting(ctx: RequestContext, meetingId: string): Promise<Motion[]> {
    return loadByColumn(ctx, Motion, 'Motion', 'meetingId', meetingId, ['createdAt', 'id']);
  }

  funding(ctx: RequestContext, motionId: string): Promise<FundingProposal | null> {
    return loadOneByColumn(ctx, FundingProposal, 'Motion', 'motionId', motionId);
  }

  /** A seat holder (or the chair) moves a motion at a leadership team meeting; it starts as a draft. */
  async create(ctx: RequestContext, input: CreateMotionInput): Promise<Motion> {
    const meeting = await findAccessible(ctx, Meeting, 'Meeting', input.meetingId);
    assertCan(ctx, 'create', 'Motion', { collaborativeId: meeting.collaborativeId });
    if (meeting.workgroupId) throw new NotALeadershipMeeting();
    if (meeting.status !== MeetingStatus.SCHEDULED && meeting.status !== MeetingStatus.IN_PROGRESS) {
      throw new MeetingClosedForChanges(meeting.status);
    }
    const funding = input.funding ?? null;
    const minutesId = input.minutesId ?? null;
    if ((input.kind === MotionKind.FUNDING) !== !!funding) {
      throw new FundingProposalInvalid('funding', 'KIND_MISMATCH');
    }
    if ((input.kind === MotionKind.MINUTES_APPROVAL) !== !!minutesId) {
      throw new MinutesNotApprovable('KIND_MISMATCH');
    }
    if (funding) {
      validateFundingProposal(funding);
      await this.organizations.requireInCollaborative(
        ctx,
        meeting.collaborativeId,
        funding.recipientOrganizationId,
      );
      if (funding.workgroupId) {
        const workgroup = await ctx.em.findOneBy(Workgroup, {
          id: funding.workgroupId,
          collaborativeId: meeting.collaborativeId,
        });
        if (!workgroup) throw new NotFoundError('Workgroup', funding.workgroupId);
      }
      const problems = await this.planProblems(ctx, {
        collaborativeId: meeting.collaborativeId,
        recipientOrganizationId: funding.recipientOrganizationId,
        purpose: funding.purpose.trim(),
        workgroupId: funding.workgroupId ?? null,
        periodStart: funding.periodStart,
        periodEnd: funding.periodEnd,
        currency: funding.amount.currency,
        allocations: funding.allocations,
      });
      if (problems.length) throw new FundingPlanUnfundable(problems, funding.amount.currency);
    }
    if (minutesId) await this.minutes.requireApprovable(ctx, minutesId, meeting, false);

    const motion = await ctx.em.save(
      ctx.em.create(Motion, {
        collaborativeId: meeting.collaborativeId,
        meetingId: meeting.id,
        kind: input.kind,
        title: input.title.trim(),
        text: input.text.trim(),
        secret: input.secret,
        movedByUserId: ctx.userId,
        minutesId,
        outcome: null,
        openedAt: null,
        closedAt: null,
        closedByUserId: null,
      }),
    );
    let proposal: FundingProposal | null = null;
    if (funding) {
      proposal = await ctx.em.save(
        ctx.em.create(FundingProposal, {
          motionId: motion.id,
          collaborativeId: motion.collaborativeId,
          amount: Money.of(funding.amount),
          recipientOrganizationId: funding.recipientOrganizationId,
          purpose: funding.purpose.trim(),
          workgroupId: funding.workgroupId ?? null,
          periodStart: funding.periodStart,
          periodEnd: funding.periodEnd,
          allocations: funding.allocations.map(({ fundingStreamId, cents }) => ({ fundingStreamId, cents })),
          tranches: funding.tranches.map(({ cents, plannedOn }) => ({ cents, plannedOn })),
        }),
      );
    }
    await this.record(ctx, 'motion.moved', motion, null, { funding: proposal });
    return motion;
  }

  /**
   * Opens the vote, at a meeting in progress. A FUNDING motion's recipient seats are recorded as
   * conflicted now; a secret motion gets its ballot box and receipt key.
   */
  async open(ctx: RequestContext, id: string): Promise<Motion> {
    const motion = await findAccessible(ctx, Motion, 'Motion', id, { lock: true });
    assertCan(ctx, 'open', 'Motion', motion);
    const before = { ...motion };
    motion.status = MOTION_LIFECYCLE.assert(motion.status, MotionStatus.OPEN);
    const meeting = await ctx.em.findOneByOrFail(Meeting, { id: motion.meetingId });
    if (meeting.status !== MeetingStatus.IN_PROGRESS) throw new MeetingNotInProgress(meeting.status);
    if (motion.kind === MotionKind.MINUTES_APPROVAL)
      await this.minutes.requireApprovable(ctx, motion.minutesId as string, meeting, true);
    let recused: string[] = [];
    if (motion.kind === MotionKind.FUNDING) {
      const proposal = await ctx.em.findOneByOrFail(FundingProposal, { motionId: motion.id });
      // Streams and money may have changed since the motion was moved: the board votes on a plan
      // that holds now.
      const plan = planOf(proposal);
      const problems = await this.planProblems(ctx, plan);
      if (problems.length) throw new FundingPlanNoLongerHolds(problems, plan.currency, 'open');
      recused = (await this.conflicts.recordRecipientConflicts(ctx, motion, proposal)).map(
        (conflict) => conflict.seatId,
      );
    }
    if (motion.secret) {
      await ctx.em.insert(SecretBallotBox, {
        motionId: motion.id,
        collaborativeId: motion.collaborativeId,
        receiptKey: newReceiptKey(),
      });
    }
    motion.openedAt = this.clock.now();
    await ctx.em.save(motion);
    await this.record(ctx, 'motion.opened', motion, before, { recusedSeatIds: recused });
    await this.notices.motionOpened(ctx, motion, meeting);
    this.live.publish(ctx, motion.id);
    return motion;
  }

  /**
   * Closes the vote and lets the system decide it, in one transaction with the motion row
   * locked: the tally is computed and stored, and its consequences (the grant's event, the
   * minutes' approval) are written with it or not at all. Missing quorum is an outcome.
   */
  async close(ctx: RequestContext, id: string): Promise<Motion> {
    const motion = await findAccessible(ctx, Motion, 'Motion', id, { lock: true });
    assertCan(ctx, 'close', 'Motion', motion);
    const before = { ...motion };
    const status = MOTION_LIFECYCLE.assert(motion.status, MotionStatus.CLOSED);
    const proposal =
      motion.kind === MotionKind.FUNDING
        ? await ctx.em.findOneByOrFail(FundingProposal, { motionId: motion.id })
        : null;
    const tally = await this.tallies.close(ctx, motion, proposal);
    if (proposal && tally.outcome === MotionOutcome.PASSED) {
      // A pass is a promise of a grant: refused (everything rolls back, the vote stays open) when
      // the fund could not keep it now, rather than a PASSED decision that no grant follows.
      const plan = planOf(proposal);
      const problems = await this.planProblems(ctx, plan);
      if (problems.length) throw new FundingPlanNoLongerHolds(problems, plan.currency, 'close');
    }
    Object.assign(motion, {
      status,
      outcome: tally.outcome,
      closedAt: this.clock.now(),
      closedByUserId: ctx.actorUserId,
    });
    await ctx.em.save(motion);
    await this.record(ctx, 'motion.closed', motion, before, { tally });
    await this.notices.motionClosed(ctx, motion, tally);
    if (motion.outcome === MotionOutcome.PASSED) {
      if (proposal) await this.publishFundingPassed(ctx, motion, proposal);
      if (motion.kind === MotionKind.MINUTES_APPROVAL) await this.minutes.approveByMotion(ctx, motion);
    }
    this.live.publish(ctx, motion.id);
    return motion;
  }

  /** The mover or the chair withdraws a motion before it is decided; ballots stay, uncounted. */
  async withdraw(ctx: RequestContext, id: string): Promise<Motion> {
    const motion = await findAccessible(ctx, Motion, 'Motion', id, { lock: true });
    assertCan(ctx, 'update', 'Motion', motion, 'Only the mover or the chair withdraws a motion.');
    const before = { ...motion };
    const status = MOTION_LIFECYCLE.assert(motion.status, MotionStatus.WITHDRAWN);
    if (motion.secret) await ctx.em.update(SecretBallotBox, { motionId: motion.id }, { receiptKey: null });
    motion.status = status;
    motion.closedAt = this.clock.now();
    motion.closedByUserId = ctx.actorUserId;
    await ctx.em.save(motion);
    await this.record(ctx, 'motion.withdrawn', motion, before, {});
    this.live.publish(ctx, motion.id);
    return motion;
  }

  /**
   * Asks funds whether it could honour the plan now (the checks the grant will run). When moving
   * the motion its problems are bad input; when opening or passing they mean the world changed
   * since (a CONFLICT).
   */
  private planProblems(ctx: RequestContext, plan: FundingPlan): Promise<FundingPlanProblem[]> {
    return this.checks.problems<FundingPlan, FundingPlanProblem>(FUNDING_PLAN_CHECK, ctx, plan);
  }

  /**
   * What the motion page shows before and during the vote: why the fund could not make this grant
   * if the motion passed now. Decided and withdrawn motions have nothing left to check.
   */
  async currentPlanProblems(ctx: RequestContext, proposal: FundingProposal): Promise<FundingPlanProblem[]> {
    const motion = await this.load(ctx, proposal.motionId);
    if (!motion || (motion.status !== MotionStatus.DRAFT && motion.status !== MotionStatus.OPEN)) return [];
    return this.planProblems(ctx, planOf(proposal));
  }

  /** Funds refused the grant of a passed motion (FUNDING_GRANT_REFUSED): shown on the motion. */
  recordGrantRefused(
    ctx: RequestContext,
    motionId: string,
    refusal: { reason: string; message: string },
  ): Promise<void> {
    return this.recordGrantOutcome(ctx, motionId, 'motion.grantNotMade', {
      grantStatus: FundingGrantStatus.NOT_MADE,
      grantProblemReason: refusal.reason.slice(0, 200),
      grantProblem: refusal.message.slice(0, 4000),
      grantRefusedAt: this.clock.now(),
    });
  }

  /** Funds made the grant a motion approved (GRANT_CREATED), from its pass or by hand. */
  recordGrantMade(ctx: RequestContext, motionId: string): Promise<void> {
    return this.recordGrantOutcome(ctx, motionId, 'motion.grantMade', {
      grantStatus: FundingGrantStatus.MADE,
    });
  }

  /**
   * What funds answered about a passed motion's grant, on its proposal, audited and pushed live. A
   * grant once made is final: a late refusal (events may arrive in any order) changes nothing.
   */
  private async recordGrantOutcome(
    ctx: RequestContext,
    motionId: string,
    action: 'motion.grantMade' | 'motion.grantNotMade',
    change: Partial<FundingProposal>,
  ): Promise<void> {
    const proposal = await ctx.em.findOne(FundingProposal, {
      where: { motionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal || proposal.grantStatus === FundingGrantStatus.MADE) return;
    const before = { ...proposal };
    Object.assign(proposal, change);
    await ctx.em.save(proposal);
    await this.audit.record(ctx, {
      action,
      collaborativeId: proposal.collaborativeId,
      entityType: 'Motion',
      entityId: motionId,
      before,
      after: proposal,
    });
    this.live.publish(ctx, motionId);
  }

  /** The contract with funds (libs/shared/contracts/src/events.ts): what the grant is made of. */
  private publishFundingPassed(
    ctx: RequestContext,
    motion: Motion,
    proposal: FundingProposal,
  ): Promise<void> {
    const payload: FundingMotionPassedPayload = {
      motionId: motion.id,
      collaborativeId: motion.collaborativeId,
      title: motion.title,
      recipientOrganizationId: proposal.recipientOrganizationId,
      purpose: proposal.purpose,
      workgroupId: proposal.workgroupId,
      amount: { cents: proposal.amount.cents.toString(), currency: proposal.amount.currency },
      allocations: proposal.allocations.map(({ fundingStreamId, cents }) => ({
        fundingStreamId,
        cents: cents.toString(),
      })),
      periodStart: proposal.periodStart,
      periodEnd: proposal.periodEnd,
      tranches: proposal.tranches.map(({ cents, plannedOn }) => ({ cents: cents.toString(), plannedOn })),
      passedAt: (motion.closedAt as Date).toISOString(),
      closedByUserId: motion.closedByUserId,
    };
    return this.domainEvents.publish(ctx, {
      type: FUNDING_MOTION_PASSED,
      collaborativeId: motion.collaborativeId,
      payload,
    });
  }

  private record(
    ctx: RequestContext,
    action: AuditAction,
    motion: Motion,
    before: object | null,
    extra: object,
  ): Promise<void> {
    return this.audit.record(ctx, {
      action,
      collaborativeId: motion.collaborativeId,
      entityType: 'Motion',
      entityId: motion.id,
      before,
      after: { ...motion, ...extra },
    });
  }
}

/** The plan funds checks, as a FUNDING motion's stored proposal describes it. */
function planOf(proposal: FundingProposal): FundingPlan {
  return {
    collaborativeId: proposal.collaborativeId,
    recipientOrganizationId: proposal.recipientOrganizationId,
    purpose: proposal.purpose,
    workgroupId: proposal.workgroupId,
    periodStart: proposal.periodStart,
    periodEnd: proposal.periodEnd,
    currency: proposal.amount.currency,
    allocations: proposal.allocations,
  };
}
