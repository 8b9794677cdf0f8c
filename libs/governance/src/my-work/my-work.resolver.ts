import { Ctx, MyWork, MyWorkListArgs, RequestContext } from '@braid/kernel';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GovernanceWorkService } from './my-work.service';
import {
  AssignedActionItemList,
  CastVoteList,
  MinutesForReviewList,
  OwedVoteList,
  UpcomingMeetingList,
} from './my-work.types';

/** Governance's lists on My work (the kernel defines the object; each domain adds its own fields). */
@Resolver(() => MyWork)
export class GovernanceWorkResolver {
  constructor(private readonly work: GovernanceWorkService) {}

  @ResolveField(() => OwedVoteList, { description: 'Open motions waiting for your vote, oldest first.' })
  votesOwed(@Ctx() ctx: RequestContext, @Parent() work: MyWork, @Args() args: MyWorkListArgs) {
    return this.work.votesOwed(ctx, work, args.first);
  }

  @ResolveField(() => CastVoteList, {
    description: 'Your ballots on motions still open: you may change them.',
  })
  votesCast(@Ctx() ctx: RequestContext, @Parent() work: MyWork, @Args() args: MyWorkListArgs) {
    return this.work.votesCast(ctx, work, args.first);
  }

  @ResolveField(() => AssignedActionItemList, {
    description: 'Your action items that are not done, across workgroups: overdue first, then by due date.',
  })
  actionItems(@Ctx() ctx: RequestContext, @Parent() work: MyWork, @Args() args: MyWorkListArgs) {
    return this.work.actionItems(ctx, work, args.first);
  }

  @ResolveField(() => MinutesForReviewList, {
    description: 'Circulated minutes of meetings you are expected at, waiting for review before approval.',
  })
  minutesToReview(@Ctx() ctx: RequestContext, @Parent() work: MyWork, @Args() args: MyWorkListArgs) {
    return this.work.minutesToReview(ctx, work, args.first);
  }

  @ResolveField(() => UpcomingMeetingList, {
    description:
      "Scheduled meetings you are expected at: the leadership team's if you speak for a seat or chair it, your workgroups'.",
  })
  nextMeetings(@Ctx() ctx: RequestContext, @Parent() work: MyWork, @Args() args: MyWorkListArgs) {
    return this.work.nextMeetings(ctx, work, args.first);
  }
}
