import { BallotChoice } from '@braid/contracts';
import { MyWorkList } from '@braid/kernel';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Meeting } from '../meetings/meeting.entity';
import { Minutes } from '../minutes/minutes.entity';
import { Motion } from '../motions/motion.entity';
import { ActionItem } from '../workgroups/action-item.entity';

@ObjectType({
  description: 'An open motion on which a seat this person speaks for may vote now and has not.',
})
export class OwedVote {
  @Field(() => Motion)
  motion: Motion;

  @Field(() => ID)
  seatId: string;

  @Field()
  seatName: string;

  @Field({ description: "Voting as the seat's alternate, its holder being absent." })
  asAlternate: boolean;
}

@ObjectType({
  description: 'A ballot of a seat this person speaks for, on a motion still open: it may change.',
})
export class CastVote {
  @Field(() => Motion)
  motion: Motion;

  @Field(() => ID)
  seatId: string;

  @Field()
  seatName: string;

  @Field(() => BallotChoice, {
    nullable: true,
    description: 'Null on a secret motion: only the voter’s receipt knows it.',
  })
  choice: BallotChoice | null;

  @Field({ description: "Cast by the seat's alternate." })
  castByAlternate: boolean;
}

@ObjectType({ description: 'An action item this person owns that is not done.' })
export class AssignedActionItem {
  @Field(() => ActionItem)
  actionItem: ActionItem;

  @Field()
  workgroupName: string;

  @Field({ description: "Its due date has passed (today in the collaborative's calendar)." })
  overdue: boolean;

  @Field()
  dueToday: boolean;
}

@ObjectType({
  description: 'Circulated minutes of a meeting this person is expected at, waiting for review.',
})
export class MinutesForReview {
  @Field(() => Minutes)
  minutes: Minutes;

  @Field(() => Meeting)
  meeting: Meeting;
}

@ObjectType()
export class OwedVoteList extends MyWorkList(OwedVote) {}

@ObjectType()
export class CastVoteList extends MyWorkList(CastVote) {}

@ObjectType()
export class AssignedActionItemList extends MyWorkList(AssignedActionItem) {}

@ObjectType()
export class MinutesForReviewList extends MyWorkList(MinutesForReview) {}

@ObjectType()
export class UpcomingMeetingList extends MyWorkList(Meeting) {}
