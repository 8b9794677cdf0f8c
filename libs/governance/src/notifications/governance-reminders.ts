import { ActionItemStatus, MeetingStatus } from '@braid/contracts';
import { Clock, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Meeting } from '../meetings/meeting.entity';
import { ActionItem } from '../workgroups/action-item.entity';
import { GovernanceNotices } from './governance-notices';
import { actionItemReminder, DUE_SOON_DAYS, MEETING_REMINDER_MS } from './recipients';

/** Items someone still owes: anything not done. */
const OUTSTANDING = [ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS, ActionItemStatus.BLOCKED];

/**
 * The reminders nobody's action causes, only time: action items due soon or overdue, meetings
 * starting within a day. Run every hour by the job queue (`governance.reminders`); it asks the
 * Clock what is due, so running it twice, or late, sends nothing twice and misses nothing (each
 * reminder has its dedupe key).
 */
@Injectable()
export class GovernanceReminders {
  static readonly TASK = 'governance.reminders';
  static readonly SCHEDULE = '0 * * * *';

  constructor(
    private readonly notices: GovernanceNotices,
    private readonly clock: Clock,
  ) {}

  async sweep(ctx: RequestContext): Promise<void> {
    await this.remindActionItems(ctx);
    await this.remindMeetings(ctx);
  }

  private async remindActionItems(ctx: RequestContext): Promise<void> {
    // Collaboratives keep no time zone yet: dates are UTC dates, as the due dates are entered.
    const today = this.clock.today();
    const items = await ctx.em
      .getRepository(ActionItem)
      .createQueryBuilder('item')
      .innerJoinAndSelect('item.workgroup', 'workgroup')
      .where('item.status IN (:...outstanding)', { outstanding: OUTSTANDING })
      .andWhere('item.dueOn IS NOT NULL AND item.dueOn <= :horizon', {
        horizon: Clock.addDays(today, DUE_SOON_DAYS),
      })
      .orderBy('item.id')
      .getMany();
    for (const item of items) {
      const reminder = actionItemReminder(item.dueOn as string, today);
      if (reminder)
        await this.notices.actionItemReminder(ctx, item, (item.workgroup as { name: string }).name, reminder);
    }
  }

  private async remindMeetings(ctx: RequestContext): Promise<void> {
    const now = this.clock.now();
    const meetings = await ctx.em
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where('meeting.status = :scheduled', { scheduled: MeetingStatus.SCHEDULED })
      .andWhere('meeting.scheduledAt > :now AND meeting.scheduledAt <= :until', {
        now,
        until: new Date(now.getTime() + MEETING_REMINDER_MS),
      })
      .orderBy('meeting.scheduledAt')
      .getMany();
    for (const meeting of meetings) await this.notices.meetingTomorrow(ctx, meeting);
  }
}
