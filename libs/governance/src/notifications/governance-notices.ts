import { createHash } from 'node:crypto';
import {
  AttendanceStatus,
  MotionOutcome,
  type NotificationFigures,
  type NotificationKind,
} from '@braid/contracts';
import { Seat } from '@braid/collaboratives';
import { Clock, NotificationRequest, Notifier, PublicLinks, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Attendance } from '../meetings/attendance.entity';
import { meetingCalendar } from '../meetings/meeting-calendar';
import { Meeting } from '../meetings/meeting.entity';
import { isoDate } from '../meetings/roster.service';
import { Minutes } from '../minutes/minutes.entity';
import { ConflictDeclaration } from '../motions/ballots/conflict-declaration.entity';
import { Motion } from '../motions/motion.entity';
import { Tally } from '../motions/tally/tally.entity';
import { ActionItem } from '../workgroups/action-item.entity';
import { WorkgroupMember } from '../workgroups/workgroup-member.entity';
import { Workgroup } from '../workgroups/workgroup.entity';
import { leadershipTeam, motionVoters } from './recipients';

/** The web app's paths (apps/web/src/app/governance.routes.tsx). */
export const governanceLinks = {
  motion: (motion: Pick<Motion, 'collaborativeId' | 'id'>) =>
    `/collaboratives/${motion.collaborativeId}/motions/${motion.id}`,
  meeting: (meeting: Pick<Meeting, 'collaborativeId' | 'id'>) =>
    `/collaboratives/${meeting.collaborativeId}/meetings/${meeting.id}`,
  workgroup: (item: Pick<ActionItem, 'collaborativeId' | 'workgroupId'>) =>
    `/collaboratives/${item.collaborativeId}/workgroups/${item.workgroupId}`,
};

/** An open action item as the reminder sweep reads it. */
export interface RemindedItem {
  id: string;
  collaborativeId: string;
  workgroupId: string;
  ownerUserId: string;
  ownerName: string;
  title: string;
  dueOn: string;
  workgroupName: string;
}

/**
 * What governance tells people, and whom: each method is called inside the transaction of the
 * change it announces (so a change that rolls back tells nobody), names only the people who still
 * owe the action, and gives each event one dedupe key, so a retry or a second sweep repeats
 * nothing.
 */
@Injectable()
export class GovernanceNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly links: PublicLinks,
  ) {}

  /** A motion opened: the seats that may vote on it, each through whoever casts its ballot. */
  async motionOpened(ctx: RequestContext, motion: Motion, meeting: Meeting): Promise<void> {
    const [seats, attendance, conflicts] = await ctx.readTogether([
      () => this.seats(ctx, motion.collaborativeId),
      () => ctx.em.findBy(Attendance, { meetingId: meeting.id }),
      () => ctx.em.findBy(ConflictDeclaration, { motionId: motion.id }),
    ]);
    const present = new Map<string, AttendanceStatus>();
    for (const row of attendance) if (row.seatId) present.set(row.seatId, row.status);
    // The roster of the meeting's date, as the tally will count it.
    const voters = motionVoters(
      seats,
      present,
      new Set(conflicts.map((row) => row.seatId)),
      isoDate(meeting.scheduledAt),
    );
    await this.send(ctx, 'MOTION_OPENED', motion.collaborativeId, voters, {
      about: { type: 'Motion', id: motion.id },
      link: governanceLinks.motion(motion),
      dedupeKey: `motion-opened:${motion.id}`,
      figures: { motionTitle: motion.title, meetingTitle: meeting.title, number: null },
    });
  }

  /** A motion was decided: the whole leadership team hears the outcome and the counts. */
  async motionClosed(ctx: RequestContext, motion: Motion, tally: Tally): Promise<void> {
    const team = leadershipTeam(await this.seats(ctx, motion.collaborativeId), this.clock.today());
    await this.send(ctx, 'MOTION_CLOSED', motion.collaborativeId, team, {
      about: { type: 'Motion', id: motion.id },
      link: governanceLinks.motion(motion),
      dedupeKey: `motion-closed:${motion.id}`,
      figures: {
        motionTitle: motion.title,
        outcome: tally.outcome === MotionOutcome.PASSED ? 'PASSED' : 'FAILED',
        noQuorum: tally.outcome === MotionOutcome.NO_QUORUM,
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
      },
    });
  }

  /**
   * An action item was given to someone (created, or its owner changed). Keyed by item and owner:
   * handing it back to a person who already heard about it does not tell them again.
   */
  async actionItemAssigned(ctx: RequestContext, item: ActionItem): Promise<void> {
    const workgroup = await ctx.em.findOneByOrFail(Workgroup, { id: item.workgroupId });
    await this.send(ctx, 'ACTION_ITEM_ASSIGNED', item.collaborativeId, [item.ownerUserId], {
      about: { type: 'ActionItem', id: item.id },
      link: governanceLinks.workgroup(item),
      dedupeKey: `action-item-assigned:${item.id}:${item.ownerUserId}`,
      figures: { title: item.title, workgroupName: workgroup.name, dueOn: item.dueOn },
    });
  }

  /** A meeting was put in the calendar; a meeting already past (recorded afterwards) tells nobody. */
  async meetingScheduled(ctx: RequestContext, meeting: Meeting): Promise<void> {
    if (!this.ahead(meeting.scheduledAt)) return;
    await this.send(ctx, 'MEETING_SCHEDULED', meeting.collaborativeId, await this.invitees(ctx, meeting), {
      about: { type: 'Meeting', id: meeting.id },
      link: governanceLinks.meeting(meeting),
      dedupeKey: `meeting-scheduled:${meeting.id}`,
      figures: {
        meetingTitle: meeting.title,
        startsAt: meeting.scheduledAt.toISOString(),
        location: meeting.location,
      },
      attachments: this.invitation(meeting),
    });
  }

  /**
   * The meeting's time or place changed (a new title alone is not a move). Each new time and
   * place is its own event: moved twice, people hear twice; saved twice the same, once.
   */
  async meetingMaybeMoved(
    ctx: RequestContext,
    before: Pick<Meeting, 'scheduledAt' | 'location'>,
    meeting: Meeting,
  ): Promise<void> {
    const moved =
      before.scheduledAt.getTime() !== meeting.scheduledAt.getTime() || before.location !== meeting.location;
    if (!moved || !this.ahead(meeting.scheduledAt)) return;
    const startsAt = meeting.scheduledAt.toISOString();
    const place = createHash('sha256')
      .update(meeting.location ?? '')
      .digest('hex')
      .slice(0, 16);
    await this.send(ctx, 'MEETING_MOVED', meeting.collaborativeId, await this.invitees(ctx, meeting), {
      about: { type: 'Meeting', id: meeting.id },
      link: governanceLinks.meeting(meeting),
      dedupeKey: `meeting-moved:${meeting.id}:${startsAt}:${place}`,
      figures: {
        meetingTitle: meeting.title,
        startsAt,
        previousStartsAt: before.scheduledAt.toISOString(),
        location: meeting.location,
      },
      attachments: this.invitation(meeting),
    });
  }

  /** A meeting that was still to come is off. */
  async meetingCancelled(ctx: RequestContext, meeting: Meeting): Promise<void> {
    if (!this.ahead(meeting.scheduledAt)) return;
    await this.send(ctx, 'MEETING_CANCELLED', meeting.collaborativeId, await this.invitees(ctx, meeting), {
      about: { type: 'Meeting', id: meeting.id },
      link: governanceLinks.meeting(meeting),
      dedupeKey: `meeting-cancelled:${meeting.id}`,
      figures: { meetingTitle: meeting.title, startsAt: meeting.scheduledAt.toISOString() },
      attachments: this.invitation(meeting),
    });
  }

  /** The day before: the invitees, with the agenda as it stands. A moved meeting reminds again. */
  async meetingTomorrow(ctx: RequestContext, meeting: Meeting): Promise<void> {
    const agenda = await ctx.em.find(AgendaItem, {
      where: { meetingId: meeting.id },
      order: { position: 'ASC' },
    });
    const startsAt = meeting.scheduledAt.toISOString();
    await this.send(ctx, 'MEETING_TOMORROW', meeting.collaborativeId, await this.invitees(ctx, meeting), {
      about: { type: 'Meeting', id: meeting.id },
      link: governanceLinks.meeting(meeting),
      dedupeKey: `meeting-tomorrow:${meeting.id}:${startsAt}`,
      figures: {
        meetingTitle: meeting.title,
        startsAt,
        location: meeting.location,
        agenda: agenda.map((item) => item.title),
      },
    });
  }

  /**
   * Minutes went out for review: the leadership team reviews its own meeting's minutes, a
   * workgroup its own (circulated minutes are readable by every member either way).
   */
  async minutesCirculated(ctx: RequestContext, minutes: Minutes): Promise<void> {
    const meeting = await ctx.em.findOneByOrFail(Meeting, { id: minutes.meetingId });
    const reviewers = meeting.workgroupId
      ? await this.workgroupMembers(ctx, meeting.workgroupId)
      : leadershipTeam(await this.seats(ctx, meeting.collaborativeId), this.clock.today());
    await this.send(ctx, 'MINUTES_CIRCULATED', minutes.collaborativeId, reviewers, {
      about: { type: 'Minutes', id: minutes.id },
      link: governanceLinks.meeting(meeting),
      dedupeKey: `minutes-circulated:${minutes.id}`,
      figures: { meetingTitle: meeting.title, meetingStartsAt: meeting.scheduledAt.toISOString() },
    });
  }

  /**
   * An action item reminder the sweep found due (`actionItemReminder`), to its owner, as a request
   * the sweep writes with the others it found (`notifyMany`).
   */
  actionItemReminder(
    item: RemindedItem,
    reminder:
      { kind: 'ACTION_ITEM_DUE_SOON'; daysLeft: number } | { kind: 'ACTION_ITEM_OVERDUE'; daysLate: number },
  ): NotificationRequest {
    const { dueOn, workgroupName } = item;
    const common = {
      collaborativeId: item.collaborativeId,
      recipientUserIds: [item.ownerUserId],
      about: { type: 'ActionItem', id: item.id },
      link: governanceLinks.workgroup(item),
    };
    // Keyed by the due date: an item moved to a new date reminds again for it. The sweep reads
    // these keys to skip what was said (governance-reminders.ts): change both together.
    if (reminder.kind === 'ACTION_ITEM_DUE_SOON')
      return {
        ...common,
        kind: 'ACTION_ITEM_DUE_SOON',
        dedupeKey: `action-item-due-soon:${item.id}:${dueOn}`,
        figures: { title: item.title, workgroupName, dueOn, daysLeft: reminder.daysLeft },
      } satisfies NotificationRequest<'ACTION_ITEM_DUE_SOON'>;
    return {
      ...common,
      kind: 'ACTION_ITEM_OVERDUE',
      dedupeKey: `action-item-overdue:${item.id}:${dueOn}`,
      figures: { title: item.title, workgroupName, dueOn, daysLate: reminder.daysLate },
    } satisfies NotificationRequest<'ACTION_ITEM_OVERDUE'>;
  }

  /**
   * The same item, the day it becomes overdue, to the workgroup's leads (its owner aside): they
   * follow the workgroup's work. Their default is the daily digest (preferences.ts), so a lead
   * reads one list each morning rather than an email per item.
   */
  actionItemOverdueForLeads(
    item: RemindedItem,
    leadUserIds: readonly string[],
    daysLate: number,
  ): NotificationRequest<'ACTION_ITEMS_OVERDUE_FOR_LEAD'> {
    return {
      kind: 'ACTION_ITEMS_OVERDUE_FOR_LEAD',
      collaborativeId: item.collaborativeId,
      recipientUserIds: leadUserIds,
      about: { type: 'ActionItem', id: item.id },
      link: governanceLinks.workgroup(item),
      dedupeKey: `action-item-overdue-for-lead:${item.id}:${item.dueOn}`,
      figures: {
        title: item.title,
        workgroupName: item.workgroupName,
        ownerName: item.ownerName,
        dueOn: item.dueOn,
        daysLate,
      },
    };
  }

  /**
   * The meeting's event as an `.ics` file (the one builder, `meetingCalendar`), with the stable UID
   * and a growing SEQUENCE: opened from the "scheduled" email it adds the meeting, from the "moved"
   * one it updates it, from the "cancelled" one (STATUS:CANCELLED) it strikes it. METHOD:PUBLISH,
   * not REQUEST/CANCEL: those iTIP methods ask for an ORGANIZER and replies (RFC 5546), and Braid
   * has no mailbox that reads RSVPs; attendance is taken in Braid. English words in the event's
   * description (one file goes to every invitee); the email's own text is in each reader's language.
   */
  private invitation(meeting: Meeting): { filename: string; contentType: string; content: string }[] {
    return [
      {
        filename: 'meeting.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: meetingCalendar(meeting, this.links),
      },
    ];
  }

  /**
   * Who is invited: a leadership team meeting, the holders of the seats serving on its date; a
   * workgroup meeting, the workgroup's members (its leads among them).
   */
  private async invitees(ctx: RequestContext, meeting: Meeting): Promise<string[]> {
    if (meeting.workgroupId) return this.workgroupMembers(ctx, meeting.workgroupId);
    return leadershipTeam(await this.seats(ctx, meeting.collaborativeId), isoDate(meeting.scheduledAt));
  }

  private async workgroupMembers(ctx: RequestContext, workgroupId: string): Promise<string[]> {
    const members = await ctx.em.findBy(WorkgroupMember, { workgroupId });
    return members.map((member) => member.userId);
  }

  /** Read as the system: who is told is governance's rule, not the caller's view. */
  private seats(ctx: RequestContext, collaborativeId: string): Promise<Seat[]> {
    return ctx.em.find(Seat, { where: { collaborativeId }, order: { id: 'ASC' } });
  }

  private ahead(startsAt: Date): boolean {
    return startsAt.getTime() > this.clock.now().getTime();
  }

  private async send<K extends NotificationKind>(
    ctx: RequestContext,
    kind: K,
    collaborativeId: string,
    recipientUserIds: readonly string[],
    rest: {
      about: { type: string; id: string };
      link: string;
      dedupeKey: string;
      figures: NotificationFigures[K];
      attachments?: { filename: string; contentType: string; content: string }[];
    },
  ): Promise<void> {
    if (!recipientUserIds.length) return;
    await this.notifier.notify(ctx, { kind, collaborativeId, recipientUserIds, ...rest });
  }
}
