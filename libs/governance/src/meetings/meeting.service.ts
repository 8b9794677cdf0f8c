import { AttendanceStatus, MeetingStatus, MotionStatus, type AuditAction } from '@braid/contracts';
import { Collaborative, MembershipService, Seat } from '@braid/collaboratives';
import {
  accessibleBy,
  assertCan,
  AuditService,
  Clock,
  ConnectionShape,
  findAccessible,
  NotFoundError,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { loadByColumn, requireReadableIn } from '../access';
import {
  AgendaMotionElsewhere,
  AttendanceNotApplicable,
  MeetingClosedForChanges,
  MotionsStillOpen,
} from '../governance.errors';
import { Minutes } from '../minutes/minutes.entity';
import { Motion } from '../motions/motion.entity';
import { GovernanceNotices } from '../notifications/governance-notices';
import { SectorQuorum } from '../motions/tally/tally.entity';
import { checkQuorum } from '../voting-rules/rules';
import { ruleSetOf, VotingRulesService } from '../voting-rules/voting-rules.service';
import { Workgroup } from '../workgroups/workgroup.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import {
  MeetingsArgs,
  RecordAttendanceInput,
  ScheduleMeetingInput,
  SetAgendaInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs';
import { MEETING_LIFECYCLE } from './meeting.lifecycle';
import { Meeting } from './meeting.entity';
import { RosterService } from './roster.service';

@ObjectType({ description: "Whether the seats present make a quorum under the collaborative's rules." })
export class QuorumCheck {
  @Field()
  met: boolean;

  @Field(() => Int, { description: 'Filled voting seats: the base quorum is taken of.' })
  filledSeats: number;

  @Field(() => Int)
  presentSeats: number;

  @Field(() => Int)
  required: number;

  @Field(() => [SectorQuorum])
  sectors: SectorQuorum[];
}

/** The meeting can still change (agenda, attendance, details) before it is adjourned or cancelled. */
const CHANGEABLE = [MeetingStatus.SCHEDULED, MeetingStatus.IN_PROGRESS];

@Injectable()
export class MeetingService {
  constructor(
    private readonly audit: AuditService,
    private readonly memberships: MembershipService,
    private readonly rules: VotingRulesService,
    private readonly rosters: RosterService,
    private readonly notices: GovernanceNotices,
    private readonly clock: Clock,
  ) {}

  list(ctx: RequestContext, args: MeetingsArgs): Promise<ConnectionShape<Meeting>> {
    requireReadableIn(ctx, 'Meeting', args.collaborativeId);
    const qb = ctx.em
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where('meeting.collaborativeId = :collaborativeId', { collaborativeId: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Meeting', 'meeting'));
    if (args.workgroupId)
      qb.andWhere('meeting.workgroupId = :workgroupId', { workgroupId: args.workgroupId });
    return paginate(qb, args, [{ property: 'id' }]);
  }

  get(ctx: RequestContext, id: string): Promise<Meeting> {
    return findAccessible(ctx, Meeting, 'Meeting', id);
  }

  load(ctx: RequestContext, id: string): Promise<Meeting | null> {
    return loadByColumn(ctx, Meeting, 'Meeting', 'id', id).then((rows) => rows[0] ?? null);
  }

  agenda(ctx: RequestContext, meetingId: string): Promise<AgendaItem[]> {
    return loadByColumn(ctx, AgendaItem, 'Meeting', 'meetingId', meetingId, ['position']);
  }

  attendance(ctx: RequestContext, meetingId: string): Promise<Attendance[]> {
    return loadByColumn(ctx, Attendance, 'Meeting', 'meetingId', meetingId, ['recordedAt', 'id']);
  }

  /** Quorum of a leadership team meeting as attendance stands; workgroup meetings have none. */
  async quorum(ctx: RequestContext, meeting: Meeting): Promise<QuorumCheck | null> {
    if (meeting.workgroupId) return null;
    const [rules, roster, seated] = await ctx.readTogether([
      () => this.rules.load(ctx, meeting.collaborativeId),
      () => this.rosters.roster(ctx, meeting.collaborativeId, meeting.scheduledAt),
      () => this.rosters.seatedSeatIds(ctx, meeting.id),
    ]);
    const result = checkQuorum(ruleSetOf(rules), roster, new Set(seated));
    return {
      met: result.met,
      filledSeats: result.filledSeats,
      presentSeats: result.presentSeats,
      required: result.required,
      sectors: result.sectors,
    };
  }

  async schedule(ctx: RequestContext, input: ScheduleMeetingInput): Promise<Meeting> {
    requireReadableIn(ctx, 'Meeting', input.collaborativeId);
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    const workgroupId = input.workgroupId ?? null;
    if (workgroupId) {
      const workgroup = await findAccessible(ctx, Workgroup, 'Workgroup', workgroupId);
      if (workgroup.collaborativeId !== input.collaborativeId)
        throw new NotFoundError('Workgroup', workgroupId);
    }
    assertCan(ctx, 'create', 'Meeting', { collaborativeId: input.collaborativeId, workgroupId });
    if (input.noteTakerUserId) {
      await this.memberships.requireActiveMember(
        ctx,
        input.collaborativeId,
        input.noteTakerUserId,
        'noteTakerUserId',
      );
    }
    const meeting = await ctx.em.save(
      ctx.em.create(Meeting, {
        collaborativeId: input.collaborativeId,
        workgroupId,
        title: input.title.trim(),
        scheduledAt: input.scheduledAt,
        location: input.location?.trim() || null,
        remoteLink: input.remoteLink ?? null,
        noteTakerUserId: input.noteTakerUserId ?? null,
        createdByUserId: ctx.userId,
        startedAt: null,
        endedAt: null,
      }),
    );
    await this.record(ctx, 'meeting.scheduled', meeting, null);
    await this.notices.meetingScheduled(ctx, meeting);
    return meeting;
  }

  async update(ctx: RequestContext, input: UpdateMeetingInput): Promise<Meeting> {
    const meeting = await this.lockChangeable(ctx, input.id, 'update');
    const before = { ...meeting };
    if (input.title !== undefined) meeting.title = input.title.trim();
    if (input.scheduledAt !== undefined) meeting.scheduledAt = input.scheduledAt;
    if (input.location !== undefined) meeting.location = input.location?.trim() || null;
    if (input.remoteLink !== undefined) meeting.remoteLink = input.remoteLink;
    if (input.noteTakerUserId !== undefined && input.noteTakerUserId !== meeting.noteTakerUserId) {
      if (input.noteTakerUserId) {
        await this.memberships.requireActiveMember(
          ctx,
          meeting.collaborativeId,
          input.noteTakerUserId,
          'noteTakerUserId',
        );
      }
      meeting.noteTakerUserId = input.noteTakerUserId;
      // The minutes carry the note-taker for their access rule; approved ones are the record and keep theirs.
      await ctx.em
        .createQueryBuilder()
        .update(Minutes)
        .set({ noteTakerUserId: meeting.noteTakerUserId })
        .where('meeting_id = :id AND status <> :approved', { id: meeting.id, approved: 'APPROVED' })
        .execute();
    }
    await ctx.em.save(meeting);
    await this.record(ctx, 'meeting.updated', meeting, before);
    await this.notices.meetingMaybeMoved(ctx, before, meeting);
    return meeting;
  }

  async setAgenda(ctx: RequestContext, input: SetAgendaInput): Promise<AgendaItem[]> {
    const meeting = await this.lockChangeable(ctx, input.meetingId, 'update');
    const motionIds = [
      ...new Set(input.items.map((item) => item.motionId).filter((id): id is string => !!id)),
    ];
    if (motionIds.length) {
      const motions = await ctx.em
        .getRepository(Motion)
        .createQueryBuilder('motion')
        .where('motion.id IN (:...motionIds)', { motionIds })
        .getMany();
      if (motions.length !== motionIds.length || motions.some((motion) => motion.meetingId !== meeting.id)) {
        throw new AgendaMotionElsewhere();
      }
    }
    const before = await ctx.em.find(AgendaItem, {
      where: { meetingId: meeting.id },
      order: { position: 'ASC' },
    });
    await ctx.em.delete(AgendaItem, { meetingId: meeting.id });
    const items = await ctx.em.save(
      input.items.map((item, index) =>
        ctx.em.create(AgendaItem, {
          meetingId: meeting.id,
          collaborativeId: meeting.collaborativeId,
          position: index + 1,
          title: item.title.trim(),
          notes: item.notes.trim(),
          motionId: item.motionId ?? null,
        }),
      ),
    );
    await this.audit.record(ctx, {
      action: 'meeting.agendaSet',
      collaborativeId: meeting.collaborativeId,
      entityType: 'Meeting',
      entityId: meeting.id,
      before: before.map(({ position, title, motionId }) => ({ position, title, motionId })),
      after: items.map(({ position, title, motionId }) => ({ position, title, motionId })),
    });
    return items;
  }

  start(ctx: RequestContext, id: string): Promise<Meeting> {
    return this.transition(ctx, id, 'open', MeetingStatus.IN_PROGRESS, 'meeting.started');
  }

  async adjourn(ctx: RequestContext, id: string): Promise<Meeting> {
    return this.transition(
      ctx,
      id,
      'close',
      MeetingStatus.ADJOURNED,
      'meeting.adjourned',
      async (meeting) => {
        const open = await ctx.em.countBy(Motion, { meetingId: meeting.id, status: MotionStatus.OPEN });
        if (open) throw new MotionsStillOpen(open);
      },
    );
  }

  async cancel(ctx: RequestContext, id: string): Promise<Meeting> {
    const meeting = await this.transition(ctx, id, 'close', MeetingStatus.CANCELLED, 'meeting.cancelled');
    await this.notices.meetingCancelled(ctx, meeting);
    return meeting;
  }

  /**
   * Leadership team meetings record each seat (the alternate sits for an absent holder);
   * workgroup meetings record people. Entries replace earlier ones for the same seat or person.
   */
  async recordAttendance(ctx: RequestContext, input: RecordAttendanceInput): Promise<Attendance[]> {
    const meeting = await this.lockChangeable(ctx, input.meetingId, 'record');
    const existing = await ctx.em.findBy(Attendance, { meetingId: meeting.id });
    const before = existing.map(({ seatId, userId, status }) => ({ seatId, userId, status }));
    for (const [index, entry] of input.entries.entries()) {
      const field = `entries.${index}`;
      let seatId: string | null = null;
      let userId: string;
      if (!meeting.workgroupId) {
        if (!entry.seatId || entry.userId) {
          throw new AttendanceNotApplicable('PER_SEAT', `${field}.seatId`);
        }
        const seat = await ctx.em.findOneBy(Seat, {
          id: entry.seatId,
          collaborativeId: meeting.collaborativeId,
        });
        if (!seat) throw new NotFoundError('Seat', entry.seatId);
        if (!seat.holderUserId)
          throw new AttendanceNotApplicable('SEAT_VACANT', `${field}.seatId`, seat.name);
        if (entry.status === AttendanceStatus.ALTERNATE_PRESENT && !seat.alternateUserId) {
          throw new AttendanceNotApplicable('NO_ALTERNATE', `${field}.status`, seat.name);
        }
        seatId = seat.id;
        userId =
          entry.status === AttendanceStatus.ALTERNATE_PRESENT
            ? (seat.alternateUserId as string)
            : seat.holderUserId;
      } else {
        if (!entry.userId || entry.seatId) {
          throw new AttendanceNotApplicable('PER_PERSON', `${field}.userId`);
        }
        if (entry.status === AttendanceStatus.ALTERNATE_PRESENT) {
          throw new AttendanceNotApplicable('ALTERNATES_FOR_SEATS', `${field}.status`);
        }
        await this.memberships.requireActiveMember(
          ctx,
          meeting.collaborativeId,
          entry.userId,
          `${field}.userId`,
        );
        userId = entry.userId;
      }
      const row =
        existing.find((candidate) =>
          seatId ? candidate.seatId === seatId : !candidate.seatId && candidate.userId === userId,
        ) ??
        ctx.em.create(Attendance, {
          meetingId: meeting.id,
          collaborativeId: meeting.collaborativeId,
          seatId,
        });
      Object.assign(row, { userId, status: entry.status, recordedByUserId: ctx.userId });
      if (!existing.includes(row)) existing.push(row);
      await ctx.em.save(row);
    }
    await this.audit.record(ctx, {
      action: 'meeting.attendanceRecorded',
      collaborativeId: meeting.collaborativeId,
      entityType: 'Meeting',
      entityId: meeting.id,
      before,
      after: existing.map(({ seatId, userId, status }) => ({ seatId, userId, status })),
    });
    return existing;
  }

  private async lockChangeable(
    ctx: RequestContext,
    id: string,
    action: 'update' | 'record',
  ): Promise<Meeting> {
    const meeting = await findAccessible(ctx, Meeting, 'Meeting', id, { lock: true });
    assertCan(ctx, action, 'Meeting', meeting);
    if (!CHANGEABLE.includes(meeting.status)) throw new MeetingClosedForChanges(meeting.status);
    return meeting;
  }

  private async transition(
    ctx: RequestContext,
    id: string,
    action: 'open' | 'close',
    to: MeetingStatus,
    event: AuditAction,
    check?: (meeting: Meeting) => Promise<void>,
  ): Promise<Meeting> {
    const meeting = await findAccessible(ctx, Meeting, 'Meeting', id, { lock: true });
    assertCan(ctx, action, 'Meeting', meeting);
    const before = { ...meeting };
    meeting.status = MEETING_LIFECYCLE.assert(meeting.status, to);
    await check?.(meeting);
    if (to === MeetingStatus.IN_PROGRESS) meeting.startedAt = this.clock.now();
    else meeting.endedAt = this.clock.now();
    await ctx.em.save(meeting);
    await this.record(ctx, event, meeting, before);
    return meeting;
  }

  private record(
    ctx: RequestContext,
    action: AuditAction,
    meeting: Meeting,
    before: object | null,
  ): Promise<void> {
    return this.audit.record(ctx, {
      action,
      collaborativeId: meeting.collaborativeId,
      entityType: 'Meeting',
      entityId: meeting.id,
      before,
      after: meeting,
    });
  }
}
