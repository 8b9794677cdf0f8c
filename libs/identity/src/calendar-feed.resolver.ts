import { Ctx, RequestContext, SignedIn } from '@braid/kernel';
import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedService } from './calendar-feed.service';

@ObjectType({
  description: 'A calendar feed just made, with its secret address: shown this once, never again.',
})
export class IssuedCalendarFeed {
  @Field(() => CalendarFeed)
  feed: CalendarFeed;

  @Field({ description: 'The address to subscribe to in a calendar app. Whoever has it sees your calendar.' })
  url: string;
}

/** The signed-in person's own calendar feed: nobody else's can be read, made or revoked. */
@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeed, {
    nullable: true,
    description: 'Whether you have a calendar feed (its address is not kept).',
  })
  @SignedIn()
  calendarFeed(@Ctx() ctx: RequestContext) {
    return this.feeds.mine(ctx);
  }

  @Mutation(() => IssuedCalendarFeed, { description: 'Makes your calendar feed; CONFLICT if you have one.' })
  @SignedIn()
  createCalendarFeed(@Ctx() ctx: RequestContext) {
    return this.feeds.create(ctx);
  }

  @Mutation(() => IssuedCalendarFeed, {
    description: 'A new address for your feed: the old one stops working.',
  })
  @SignedIn()
  regenerateCalendarFeed(@Ctx() ctx: RequestContext) {
    return this.feeds.regenerate(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends your calendar feed: its address stops working.' })
  @SignedIn()
  revokeCalendarFeed(@Ctx() ctx: RequestContext) {
    return this.feeds.revoke(ctx);
  }
}
