import { ActionItemStatus, Language } from '@braid/contracts';
import {
  accessibleBy,
  allDay,
  CALENDAR_SOURCE_LIMIT,
  type CalendarEvent,
  type CalendarSource,
  type CalendarWindow,
  type PublicLinks,
  RequestContext,
} from '@braid/kernel';
import { ActionItem } from './action-item.entity';

const WORDS = {
  [Language.EN]: { due: 'Due', page: 'Workgroup' },
  [Language.ES]: { due: 'Vence', page: 'Grupo de trabajo' },
} as const;

/**
 * The due dates of a person's own action items that are not done, as all-day events (what they
 * owe, on the day they owe it). An item done since it was fetched leaves the feed on the next
 * refresh; a calendar drops events a feed no longer lists.
 */
export class ActionItemsCalendarSource implements CalendarSource {
  readonly name = 'action-items';

  async eventsFor(ctx: RequestContext, window: CalendarWindow, links: PublicLinks): Promise<CalendarEvent[]> {
    if (!ctx.principal) return [];
    const words = WORDS[ctx.principal.preferredLanguage === Language.ES ? Language.ES : Language.EN];
    const items = await ctx.em
      .getRepository(ActionItem)
      .createQueryBuilder('item')
      .where('item.ownerUserId = :userId', { userId: ctx.principal.userId })
      .andWhere('item.status <> :done', { done: ActionItemStatus.DONE })
      .andWhere('item.dueOn >= :sinceDate', { sinceDate: window.sinceDate })
      .andWhere(accessibleBy(ctx.ability, 'read', 'ActionItem', 'item'))
      .orderBy('item.dueOn', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .limit(CALENDAR_SOURCE_LIMIT)
      .getMany();
    return items.map((item) => {
      const page = links.to(`/collaboratives/${item.collaborativeId}/workgroups/${item.workgroupId}`);
      return {
        uid: `action-item-${item.id}@braid`,
        title: `${words.due}: ${item.title}`,
        ...allDay(item.dueOn as string),
        url: page,
        description: `${words.page}: ${page}`,
        // A due date is a reminder, not time taken: it does not make the person look busy.
        transp: 'TRANSPARENT',
        sequence: Math.max(0, Math.floor((item.updatedAt.getTime() - item.createdAt.getTime()) / 1000)),
        lastModified: item.updatedAt.getTime(),
      };
    });
  }
}
