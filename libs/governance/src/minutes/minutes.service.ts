import { MeetingStatus, MinutesStatus, MotionKind, MotionStatus, type AuditAction } from '@braid/contracts';
import { assertCan, AuditService, Clock, findAccessible, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadByColumn } from '../access';
import {
  MeetingNotHeld,
  MinutesAlreadyExist,
  MinutesApproved,
  MinutesCorrectionExists,
  MinutesNotApprovable,
  MinutesUnderVote,
  OnlyApprovedMinutesAreCorrected,
} from '../governance.errors';
import { Meeting } from '../meetings/meeting.entity';
import { Motion } from '../motions/motion.entity';
import { GovernanceNotices } from '../notifications/governance-notices';
import { CorrectMinutesInput, DraftMinutesInput, UpdateMinutesInput } from './dto/minutes.inputs';
import { MINUTES_LIFECYCLE } from './minutes.lifecycle';
import { Minutes } from './minutes.entity';

/** Who may draft a meeting's minutes, as the access rules see it. */
function minutesScope(meeting: Meeting) {
  return {
    collaborativeId: meeting.collaborativeId,
    workgroupId: meeting.workgroupId,
    noteTakerUserId: meeting.noteTakerUserId,
  };
}

@Injectable()
export class MinutesService {
  constructor(
    private readonly audit: AuditService,
    private readonly notices: GovernanceNotices,
    private readonly clock: Clock,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Minutes> {
    return findAccessible(ctx, Minutes, 'Minutes', id);
  }

  forMeeting(ctx: RequestContext, meetingId: string): Promise<Minutes[]> {
    return loadByColumn(ctx, Minutes, 'Minutes', 'meetingId', meetingId, ['version']);
  }

  async draft(ctx: RequestContext, input: DraftMinutesInput): Promise<Minutes> {
    const meeting = await findAccessible(ctx, Meeting, 'Meeting', input.meetingId);
    assertCan(
      ctx,
      'create',
      'Minutes',
      minutesScope(meeting),
      'Only the chair, the workgroup lead or the delegated note-taker drafts these minutes.',
    );
    if (meeting.status !== MeetingStatus.IN_PROGRESS && meeting.status !== MeetingStatus.ADJOURNED)
      throw new MeetingNotHeld();
    if (await ctx.em.existsBy(Minutes, { meetingId: meeting.id })) throw new MinutesAlreadyExist();
    const minutes = await ctx.em.save(
      ctx.em.create(Minutes, {
        ...minutesScope(meeting),
        meetingId: meeting.id,
        version: 1,
        previousVersionId: null,
        body: input.body.trim(),
        draftedByUserId: ctx.userId,
        circulatedAt: null,
        approvedAt: null,
        approvedByMotionId: null,
      }),
    );
    await this.record(ctx, 'minutes.drafted', minutes, null);
    return minutes;
  }

  async update(ctx: RequestContext, input: UpdateMinutesInput): Promise<Minutes> {
    const minutes = await this.lockForChange(ctx, input.id);
    const before = { ...minutes };
    minutes.body = input.body.trim();
    await ctx.em.save(minutes);
    await this.record(ctx, 'minutes.updated', minutes, before);
    return minutes;
  }

  async circulate(ctx: RequestContext, id: string): Promise<Minutes> {
    const minutes = await this.lockForChange(ctx, id);
    const before = { ...minutes };
    minutes.status = MINUTES_LIFECYCLE.assert(minutes.status, MinutesStatus.CIRCULATED);
    minutes.circulatedAt = this.clock.now();
    await ctx.em.save(minutes);
    await this.record(ctx, 'minutes.circulated', minutes, before);
    await this.notices.minutesCirculated(ctx, minutes);
    return minutes;
  }

  /** A correction never touches the approved version: it is a new draft that points at it. */
  async correct(ctx: RequestContext, input: CorrectMinutesInput): Promise<Minutes> {
    const approved = await findAccessible(ctx, Minutes, 'Minutes', input.minutesId, { lock: true });
    assertCan(
      ctx,
      'create',
      'Minutes',
      approved,
      'Only the chair, the workgroup lead or the delegated note-taker corrects these minutes.',
    );
    if (approved.status !== MinutesStatus.APPROVED) throw new OnlyApprovedMinutesAreCorrected();
    if (await ctx.em.existsBy(Minutes, { previousVersionId: approved.id })) {
      throw new MinutesCorrectionExists();
    }
    const { max } = (await ctx.em
      .getRepository(Minutes)
      .createQueryBuilder('minutes')
      .select('max(minutes.version)', 'max')
      .where('minutes.meetingId = :meetingId', { meetingId: approved.meetingId })
      .getRawOne()) as { max: number };
    const correction = await ctx.em.save(
      ctx.em.create(Minutes, {
        collaborativeId: approved.collaborativeId,
        meetingId: approved.meetingId,
        workgroupId: approved.workgroupId,
        noteTakerUserId: approved.noteTakerUserId,
        version: Number(max) + 1,
        previousVersionId: approved.id,
        body: input.body.trim(),
        draftedByUserId: ctx.userId,
        circulatedAt: null,
        approvedAt: null,
        approvedByMotionId: null,
      }),
    );
    await this.record(ctx, 'minutes.correctionDrafted', correction, null);
    return correction;
  }

  /** The correction of approved minutes, if any. */
  correctedBy(ctx: RequestContext, minutesId: string): Promise<Minutes | null> {
    return loadByColumn(ctx, Minutes, 'Minutes', 'previousVersionId', minutesId).then(
      (rows) => rows[0] ?? null,
    );
  }

  /**
   * Minutes a MINUTES_APPROVAL motion at `meeting` may approve: of this collaborative, of an
   * earlier meeting, not yet approved. They must be circulated by the time the motion opens.
   */
  async requireApprovable(
    ctx: RequestContext,
    minutesId: string,
    meeting: Meeting,
    mustBeCirculated: boolean,
  ): Promise<Minutes> {
    const minutes = await findAccessible(ctx, Minutes, 'Minutes', minutesId);
    if (minutes.collaborativeId !== meeting.collaborativeId)
      throw new MinutesNotApprovable('OTHER_COLLABORATIVE');
    if (minutes.status === MinutesStatus.APPROVED) throw new MinutesApproved();
    if (mustBeCirculated && minutes.status !== MinutesStatus.CIRCULATED) {
      throw new MinutesNotApprovable('NOT_CIRCULATED');
    }
    const theirs = await ctx.em.findOneByOrFail(Meeting, { id: minutes.meetingId });
    if (theirs.scheduledAt >= meeting.scheduledAt) {
      throw new MinutesNotApprovable('SAME_MEETING');
    }
    return minutes;
  }

  /** Called in the transaction that closes the MINUTES_APPROVAL motion as PASSED. */
  async approveByMotion(ctx: RequestContext, motion: Motion): Promise<Minutes> {
    const minutes = await ctx.em.findOneOrFail(Minutes, {
      where: { id: motion.minutesId as string },
      lock: { mode: 'pessimistic_write' },
    });
    const before = { ...minutes };
    minutes.status = MINUTES_LIFECYCLE.assert(minutes.status, MinutesStatus.APPROVED);
    minutes.approvedAt = this.clock.now();
    minutes.approvedByMotionId = motion.id;
    await ctx.em.save(minutes);
    await this.record(ctx, 'minutes.approved', minutes, before);
    return minutes;
  }

  private async lockForChange(ctx: RequestContext, id: string): Promise<Minutes> {
    const minutes = await findAccessible(ctx, Minutes, 'Minutes', id, { lock: true });
    assertCan(ctx, 'update', 'Minutes', minutes);
    if (minutes.status === MinutesStatus.APPROVED) throw new MinutesApproved();
    const underVote = await ctx.em.existsBy(Motion, {
      minutesId: minutes.id,
      kind: MotionKind.MINUTES_APPROVAL,
      status: MotionStatus.OPEN,
    });
    if (underVote) throw new MinutesUnderVote();
    return minutes;
  }

  private record(
    ctx: RequestContext,
    action: AuditAction,
    minutes: Minutes,
    before: object | null,
  ): Promise<void> {
    return this.audit.record(ctx, {
      action,
      collaborativeId: minutes.collaborativeId,
      entityType: 'Minutes',
      entityId: minutes.id,
      before,
      after: minutes,
    });
  }
}
