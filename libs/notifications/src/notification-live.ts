import { LiveMessage, LiveSubscriptions, LiveUpdates, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationService } from './notification.service';

/** What the bell shows, as the stream carries it (a subscription's updates are objects). */
export interface UnreadCount {
  userId: string;
  count: number;
}

function topic(userId: string): string {
  return `notifications:${userId}`;
}

/** The bell's count, live: a change signals the person, the count is read after the commit. */
@Injectable()
export class NotificationLive {
  constructor(
    private readonly live: LiveUpdates,
    private readonly subscriptions: LiveSubscriptions,
  ) {}

  publish(ctx: RequestContext, userId: string): void {
    this.live.publishAfterCommit(ctx, topic(userId), (em) => this.read(em, userId));
  }

  private async read(em: EntityManager, userId: string): Promise<UnreadCount> {
    return { userId, count: await NotificationService.unreadCountOf(em, userId) };
  }

  /** Only one's own count: another person's topic is never followed. */
  follow(ctx: RequestContext): Promise<AsyncIterableIterator<LiveMessage<UnreadCount>>> {
    const userId = ctx.userId;
    return this.subscriptions.follow<UnreadCount>(ctx, {
      topic: topic(userId),
      current: (em) => this.read(em, userId),
      mayRead: (now, update) => now.principal?.userId === update.userId,
    });
  }
}
