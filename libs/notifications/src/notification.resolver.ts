import { Connection, Ctx, deliverLiveUpdate, LiveMessage, RequestContext, SignedIn } from '@braid/kernel';
import { Args, Int, Mutation, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import {
  MarkNotificationsReadArgs,
  NotificationPreferenceInput,
  NotificationsArgs,
} from './dto/notification.inputs';
import { UnreadCount, NotificationLive } from './notification-live';
import { Notification } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationService } from './notification.service';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly live: NotificationLive,
  ) {}

  @Query(() => NotificationConnection, { description: "The signed-in person's notifications, newest first." })
  @SignedIn()
  notifications(@Ctx() ctx: RequestContext, @Args() args: NotificationsArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Int)
  @SignedIn()
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return this.service.unreadCount(ctx);
  }

  @Mutation(() => [Notification], { description: 'Marks some of your notifications read; returns them.' })
  @SignedIn()
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args() args: MarkNotificationsReadArgs) {
    return this.service.markRead(ctx, args);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many were unread.' })
  @SignedIn()
  markAllNotificationsRead(@Ctx() ctx: RequestContext) {
    return this.service.markAllRead(ctx);
  }

  @Query(() => [NotificationPreference], {
    description: 'How you hear about each category (defaults where you never chose).',
  })
  @SignedIn()
  notificationPreferences(@Ctx() ctx: RequestContext) {
    return this.service.preferences(ctx);
  }

  @Mutation(() => NotificationPreference)
  @SignedIn()
  setNotificationPreference(@Ctx() ctx: RequestContext, @Args('input') input: NotificationPreferenceInput) {
    return this.service.setPreference(ctx, input);
  }

  /** The bell's count: now, then after every change to your notifications. */
  @Subscription(() => Int, {
    resolve: (message: LiveMessage<UnreadCount>) => deliverLiveUpdate(message).count,
  })
  @SignedIn()
  unreadNotificationCountChanged(@Ctx() ctx: RequestContext) {
    return this.live.follow(ctx);
  }
}
