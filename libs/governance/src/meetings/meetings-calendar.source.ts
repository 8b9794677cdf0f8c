import {
  accessibleBy,
  CALENDAR_SOURCE_LIMIT,
  type CalendarEvent,
  type CalendarSource,
  type CalendarWindow,
  type PublicLinks,
  RequestContext,
} from '@braid/kernel';
import { Brackets } from 'typeorm';
import { meetingEvent } from './meeting-calendar';
import { Meeting } from './meeting.entity';

/**
 * The meetings a person is expected at, for their calendar feed: the leadership team's meetings
 * of each collaborative where they hold a seat (as its holder or its alternate, who sits in when
 * the holder cannot), and the meetings of each workgroup they belong to. Cancelled meetings in
 * the window stay in the feed with STATUS:CANCELLED, so a calendar that holds one strikes it out.
 */
export class MeetingsCalendarSource implements CalendarSource {
  readonly name = 'meetings';

  async eventsFor(ctx: RequestContext, window: CalendarWindow, links: PublicLinks): Promise<CalendarEvent[]> {
    const memberships = ctx.principal?.memberships ?? [];
    const seated = memberships
      .filter((m) => m.seatIds.length || m.alternateSeatIds.length)
      .map((m) => m.collaborativeId);
    const workgroupIds = memberships.flatMap((m) => m.workgroupIds);
    if (!seated.length && !workgroupIds.length) return [];
    const meetings = await ctx.em
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where(
        new Brackets((expected) => {
          if (seated.length)
            expected.orWhere('(meeting.workgroupId IS NULL AND meeting.collaborativeId IN (:...seated))', {
              seated,
            });
          if (workgroupIds.length)
            expected.orWhere('meeting.workgroupId IN (:...workgroupIds)', { workgroupIds });
        }),
      )
      .andWhere('meeting.scheduledAt >= :since', { since: window.since })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Meeting', 'meeting'))
      // Past the limit, the meetings nearest to now are the ones a calendar needs.
      .orderBy('abs(extract(epoch FROM (meeting.scheduled_at - CAST(:now AS timestamptz))))', 'ASC')
      .addOrderBy('meeting.id', 'ASC')
      .setParameter('now', window.now)
      .limit(CALENDAR_SOURCE_LIMIT)
      .getMany();
    return meetings.map((meeting) => meetingEvent(meeting, links, ctx.principal?.preferredLanguage));
  }
}
