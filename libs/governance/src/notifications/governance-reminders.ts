import { ActionItemStatus, MeetingStatus } from '@braid/contracts';
import { Clock, collaborativeTodaySql, NotificationRequest, Notifier, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Meeting } from '../meetings/meeting.entity';
import { GovernanceNotices } from './governance-notices';
import { actionItemReminder, DUE_SOON_DAYS, MEETING_REMINDER_MS } from './recipients';

interface DueItemRow {
  id: string;
  collaborative_id: string;
  workgroup_id: string;
  owner_user_id: string;
  owner_name: string;
  title: string;
  due_on: string;
  days_left: number;
  /** The collaborative's own date now. */
  today: string;
  workgroup_name: string;
  lead_user_ids: string[];
}

/** Items someone still owes: anything not done. */
const OUTSTANDING = [ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS, ActionItemStatus.BLOCKED];

/**
 * The reminders nobody's action causes, only time: action items due soon or overdue, meetings
 * starting within a day. Run every hour by the job queue (`governance-reminders`); it asks the
 * Clock what is due, so running it twice, or late, sends nothing twice and misses nothing (each
 * reminder has its dedupe key).
 */
@Injectable()
export class GovernanceReminders {
  static readonly TASK = 'governance-reminders';
  static readonly SCHEDULE = '0 * * * *';

  constructor(
    private readonly notices: GovernanceNotices,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  async sweep(ctx: RequestContext): Promise<void> {
    await this.remindActionItems(ctx);
    await this.remindMeetings(ctx);
  }

  /**
   * One statement finds, across every collaborative, the open items whose reminder is owed as of
   * each collaborative's own date and whose owner has not had it yet (the dedupe key the notice
   * would write), so an hourly sweep reads only what is new, not every overdue item ever; what
   * it found is written in one `notifyMany`.
   */
  private async remindActionItems(ctx: RequestContext): Promise<void> {
    const today = collaborativeTodaySql('$1', 'item.collaborative_id');
    const rows: DueItemRow[] = await ctx.em.query(
      `SELECT due.*,
              ARRAY(SELECT lead.user_id FROM workgroup_member lead
                     WHERE lead.workgroup_id = due.workgroup_id AND lead.lead AND lead.user_id <> due.owner_user_id
                     ORDER BY lead.user_id) AS lead_user_ids
         FROM (SELECT item.id, item.collaborative_id, item.workgroup_id, item.owner_user_id, item.title,
                      to_char(item.due_on, 'YYYY-MM-DD') AS due_on, (item.due_on - ${today})::int AS days_left,
                      to_char(${today}, 'YYYY-MM-DD') AS today,
                      workgroup.name AS workgroup_name, owner.display_name AS owner_name
                 FROM action_item item
                 JOIN workgroup ON workgroup.id = item.workgroup_id
                 JOIN user_account owner ON owner.id = item.owner_user_id
                WHERE item.status = ANY($2::action_item_status[]) AND item.due_on IS NOT NULL
                  AND item.due_on <= ${today} + $3::int) due
        WHERE NOT EXISTS (
          SELECT 1 FROM notification told
           WHERE told.user_id = due.owner_user_id
             AND told.dedupe_key = (CASE WHEN due.days_left < 0 THEN 'action-item-overdue:' ELSE 'action-item-due-soon:' END)
                                   || due.id || ':' || due.due_on)
        ORDER BY due.id`,
      [this.clock.now().toISOString(), OUTSTANDING, DUE_SOON_DAYS],
    );
    const requests: NotificationRequest[] = [];
    for (const row of rows) {
      const item = {
        id: row.id,
        collaborativeId: row.collaborative_id,
        workgroupId: row.workgroup_id,
        ownerUserId: row.owner_user_id,
        ownerName: row.owner_name,
        title: row.title,
        dueOn: row.due_on,
        workgroupName: row.workgroup_name,
      };
      const reminder = actionItemReminder(row.due_on, row.today);
      if (!reminder) continue;
      requests.push(this.notices.actionItemReminder(item, reminder));
      if (reminder.kind === 'ACTION_ITEM_OVERDUE' && row.lead_user_ids.length)
        requests.push(this.notices.actionItemOverdueForLeads(item, row.lead_user_ids, reminder.daysLate));
    }
    await this.notifier.notifyMany(ctx, requests);
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
