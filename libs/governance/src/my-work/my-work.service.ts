import {
  ActionItemStatus,
  BallotChoice,
  MeetingStatus,
  MinutesStatus,
  MotionStatus,
  Role,
} from '@braid/contracts';
import { Seat } from '@braid/collaboratives';
import {
  accessibleBy,
  Clock,
  firstRowsAndTotal,
  MyWork,
  myWorkNow,
  myWorkTodaySql,
  MyWorkListShape,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Brackets, ObjectLiteral } from 'typeorm';
import { Attendance } from '../meetings/attendance.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Minutes } from '../minutes/minutes.entity';
import { Ballot } from '../motions/ballots/ballot.entity';
import { ALTERNATE_SEATED, HOLDER_SEATED } from '../motions/ballots/seat-voter';
import { Motion } from '../motions/motion.entity';
import { ActionItem } from '../workgroups/action-item.entity';
import { Workgroup } from '../workgroups/workgroup.entity';
import { AssignedActionItem, CastVote, MinutesForReview, OwedVote } from './my-work.types';

/** An action item is the owner's to do until it is done (blocked ones included: they need unblocking). */
const NOT_DONE = [ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS, ActionItemStatus.BLOCKED];

const EMPTY = { nodes: [], totalCount: 0 };

/**
 * Governance's part of My work: each list is one statement, filtered by the caller's read rule in
 * SQL, bounded, with its total (`firstRowsAndTotal`).
 */
@Injectable()
export class GovernanceWorkService {
  constructor(private readonly clock: Clock) {}

  /**
   * Open motions where a seat the person holds (or stands in for) may vote now and has not: the
   * ballot service's own rule (`seatedToVote`: the holder present or remote, the alternate only
   * when sitting for an absent holder; a conflicted seat never), read here in SQL.
   */
  async votesOwed(ctx: RequestContext, work: MyWork, first: number): Promise<MyWorkListShape<OwedVote>> {
    if (!work.collaborativeIds.length) return EMPTY;
    const qb = this.openMotionsOfMySeats(ctx, work)
      .innerJoin(
        Attendance,
        'attendance',
        'attendance.meetingId = motion.meetingId AND attendance.seatId = seat.id',
      )
      .andWhere(
        `CASE WHEN seat.holderUserId = :me THEN attendance.status IN (:...holderSeated)
              ELSE attendance.status IN (:...alternateSeated) END`,
        { holderSeated: HOLDER_SEATED, alternateSeated: ALTERNATE_SEATED },
      )
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM conflict_declaration conflict WHERE conflict.motion_id = motion.id AND conflict.seat_id = seat.id)',
      )
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM ballot WHERE ballot.motion_id = motion.id AND ballot.seat_id = seat.id)',
      )
      .addSelect('seat.id', 'my_seat_id')
      .addSelect('seat.name', 'my_seat_name')
      .addSelect('seat.holderUserId', 'my_seat_holder');
    const { raw, entities, totalCount } = await firstRowsAndTotal(qb, first);
    return {
      totalCount,
      nodes: raw.map((row) => ({
        motion: byId(entities, row['motion_id']),
        seatId: String(row['my_seat_id']),
        seatName: String(row['my_seat_name']),
        asAlternate: row['my_seat_holder'] !== work.userId,
      })),
    };
  }

  /** The ballots of the person's seats on motions still open: they may change them until the vote closes. */
  async votesCast(ctx: RequestContext, work: MyWork, first: number): Promise<MyWorkListShape<CastVote>> {
    if (!work.collaborativeIds.length) return EMPTY;
    const qb = this.openMotionsOfMySeats(ctx, work)
      .innerJoin(Ballot, 'ballot', 'ballot.motionId = motion.id AND ballot.seatId = seat.id')
      .andWhere(accessibleBy(ctx.ability, 'read', 'Ballot', 'ballot'))
      .addSelect('seat.id', 'my_seat_id')
      .addSelect('seat.name', 'my_seat_name')
      .addSelect('ballot.choice', 'my_choice')
      .addSelect('ballot.castByAlternate', 'my_by_alternate');
    const { raw, entities, totalCount } = await firstRowsAndTotal(qb, first);
    return {
      totalCount,
      nodes: raw.map((row) => ({
        motion: byId(entities, row['motion_id']),
        seatId: String(row['my_seat_id']),
        seatName: String(row['my_seat_name']),
        choice: (row['my_choice'] as BallotChoice | null) ?? null,
        castByAlternate: row['my_by_alternate'] === true,
      })),
    };
  }

  /** The person's action items that are not done: overdue first, then by due date (undated last). */
  async actionItems(
    ctx: RequestContext,
    work: MyWork,
    first: number,
  ): Promise<MyWorkListShape<AssignedActionItem>> {
    if (!work.collaborativeIds.length) return EMPTY;
    // Each item is dated on its own collaborative's calendar (My work spans several).
    const today = myWorkTodaySql('item.collaborative_id');
    const qb = ctx.em
      .getRepository(ActionItem)
      .createQueryBuilder('item')
      .innerJoin(Workgroup, 'workgroup', 'workgroup.id = item.workgroupId')
      .addSelect('workgroup.name', 'my_workgroup_name')
      .addSelect(`to_char(${today}, 'YYYY-MM-DD')`, 'my_today')
      .addSelect(`CASE WHEN item.dueOn < ${today} THEN 0 ELSE 1 END`, 'my_overdue_rank')
      .where('item.ownerUserId = :me', { me: work.userId })
      .andWhere('item.status IN (:...notDone)', { notDone: NOT_DONE })
      .andWhere('item.collaborativeId IN (:...scope)', { scope: work.collaborativeIds })
      .andWhere(accessibleBy(ctx.ability, 'read', 'ActionItem', 'item'))
      .andWhere(accessibleBy(ctx.ability, 'read', 'Workgroup', 'workgroup'))
      .setParameters(myWorkNow(this.clock))
      .orderBy('my_overdue_rank', 'ASC')
      .addOrderBy('item.dueOn', 'ASC', 'NULLS LAST')
      .addOrderBy('item.createdAt', 'ASC')
      .addOrderBy('item.id', 'ASC');
    const { raw, entities, totalCount } = await firstRowsAndTotal(qb, first);
    return {
      totalCount,
      nodes: raw.map((row) => {
        const actionItem = byId(entities, row['item_id']);
        const today = String(row['my_today']);
        return {
          actionItem,
          workgroupName: String(row['my_workgroup_name']),
          overdue: actionItem.dueOn !== null && actionItem.dueOn < today,
          dueToday: actionItem.dueOn === today,
        };
      }),
    };
  }

  /** Circulated minutes (the state in which members read them before the vote that approves them). */
  async minutesToReview(
    ctx: RequestContext,
    work: MyWork,
    first: number,
  ): Promise<MyWorkListShape<MinutesForReview>> {
    if (!work.collaborativeIds.length) return EMPTY;
    const qb = ctx.em
      .getRepository(Minutes)
      .createQueryBuilder('minutes')
      .innerJoinAndSelect('minutes.meeting', 'meeting')
      .where('minutes.status = :circulated', { circulated: MinutesStatus.CIRCULATED })
      .andWhere('minutes.collaborativeId IN (:...scope)', { scope: work.collaborativeIds })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Minutes', 'minutes'))
      .andWhere(accessibleBy(ctx.ability, 'read', 'Meeting', 'meeting'))
      .andWhere(expectedAt(ctx, work, 'meeting'))
      .orderBy('minutes.circulatedAt', 'ASC')
      .addOrderBy('minutes.id', 'ASC');
    const { raw, entities, totalCount } = await firstRowsAndTotal(qb, first);
    return {
      totalCount,
      nodes: raw.map((row) => {
        const minutes = byId(entities, row['minutes_id']);
        return { minutes, meeting: minutes.meeting as Meeting };
      }),
    };
  }

  /** Scheduled meetings still ahead that the person is expected at, soonest first. */
  async nextMeetings(ctx: RequestContext, work: MyWork, first: number): Promise<MyWorkListShape<Meeting>> {
    if (!work.collaborativeIds.length) return EMPTY;
    const qb = ctx.em
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where('meeting.status = :scheduled', { scheduled: MeetingStatus.SCHEDULED })
      .andWhere('meeting.scheduledAt >= :now', { now: this.clock.now() })
      .andWhere('meeting.collaborativeId IN (:...scope)', { scope: work.collaborativeIds })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Meeting', 'meeting'))
      .andWhere(expectedAt(ctx, work, 'meeting'))
      .orderBy('meeting.scheduledAt', 'ASC')
      .addOrderBy('meeting.id', 'ASC');
    const { entities, totalCount } = await firstRowsAndTotal(qb, first);
    return { totalCount, nodes: entities };
  }

  /** Open motions the caller may read, each beside a voting seat the caller holds or stands in for. */
  private openMotionsOfMySeats(ctx: RequestContext, work: MyWork) {
    return ctx.em
      .getRepository(Motion)
      .createQueryBuilder('motion')
      .innerJoin(
        Seat,
        'seat',
        'seat.collaborativeId = motion.collaborativeId AND seat.voting = true AND (seat.holderUserId = :me OR seat.alternateUserId = :me)',
        { me: work.userId },
      )
      .where('motion.status = :open', { open: MotionStatus.OPEN })
      .andWhere('motion.collaborativeId IN (:...scope)', { scope: work.collaborativeIds })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Motion', 'motion'))
      .orderBy('motion.openedAt', 'ASC')
      .addOrderBy('motion.id', 'ASC')
      .addOrderBy('seat.name', 'ASC');
  }
}

/**
 * The meetings a person is expected at: the leadership team's when they hold or stand in for a
 * seat, or chair it; their workgroups' meetings. From the principal's facts, as SQL on `alias`.
 */
function expectedAt(ctx: RequestContext, work: MyWork, alias: string): Brackets {
  return new Brackets((qb) => {
    let any = false;
    work.collaborativeIds.forEach((collaborativeId, i) => {
      const membership = ctx.membershipIn(collaborativeId);
      if (!membership) return;
      const leadership =
        membership.seatIds.length > 0 ||
        membership.alternateSeatIds.length > 0 ||
        membership.roles.includes(Role.CHAIR);
      const parts: string[] = [];
      const parameters: ObjectLiteral = { [`expectedIn${i}`]: collaborativeId };
      if (leadership) parts.push(`${alias}.workgroupId IS NULL`);
      if (membership.workgroupIds.length) {
        parts.push(`${alias}.workgroupId IN (:...expectedGroups${i})`);
        parameters[`expectedGroups${i}`] = membership.workgroupIds;
      }
      if (!parts.length) return;
      const condition = `(${alias}.collaborativeId = :expectedIn${i} AND (${parts.join(' OR ')}))`;
      if (any) qb.orWhere(condition, parameters);
      else qb.where(condition, parameters);
      any = true;
    });
    if (!any) qb.where('1 = 0');
  });
}

function byId<T extends { id: string }>(entities: T[], id: unknown): T {
  const entity = entities.find((candidate) => candidate.id === id);
  if (!entity) throw new Error(`My work: row ${String(id)} has no entity`);
  return entity;
}
