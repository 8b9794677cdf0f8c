import { MotionStatus } from '@braid/contracts';
import { Allow, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { Motion } from '../motions/motion.entity';
import { MotionService } from '../motions/motion.service';
import { CorrectMinutesInput, DraftMinutesInput, UpdateMinutesInput } from './dto/minutes.inputs';
import { Minutes } from './minutes.entity';
import { MinutesService } from './minutes.service';

@Resolver(() => Minutes)
export class MinutesResolver {
  constructor(
    private readonly minutesService: MinutesService,
    private readonly motionService: MotionService,
    private readonly meetingService: MeetingService,
  ) {}

  @Query(() => Minutes)
  @Allow('read', 'Minutes')
  minutes(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.minutesService.get(ctx, id);
  }

  @Mutation(() => Minutes, {
    description: 'The chair, the workgroup lead or the delegated note-taker drafts the minutes.',
  })
  @Allow('create', 'Minutes')
  draftMinutes(@Ctx() ctx: RequestContext, @Args('input') input: DraftMinutesInput) {
    return this.minutesService.draft(ctx, input);
  }

  @Mutation(() => Minutes)
  @Allow('update', 'Minutes')
  updateMinutes(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMinutesInput) {
    return this.minutesService.update(ctx, input);
  }

  @Mutation(() => Minutes)
  @Allow('update', 'Minutes')
  circulateMinutes(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.minutesService.circulate(ctx, id);
  }

  @Mutation(() => Minutes, { description: 'Starts a corrected version of approved minutes.' })
  @Allow('create', 'Minutes')
  correctMinutes(@Ctx() ctx: RequestContext, @Args('input') input: CorrectMinutesInput) {
    return this.minutesService.correct(ctx, input);
  }

  @ResolveField(() => Meeting, { nullable: true })
  meeting(@Ctx() ctx: RequestContext, @Parent() minutes: Minutes) {
    return this.meetingService.load(ctx, minutes.meetingId);
  }

  @ResolveField(() => [Motion], {
    description: 'The decisions of the meeting: its closed motions, each with its tally.',
  })
  async decisions(@Ctx() ctx: RequestContext, @Parent() minutes: Minutes) {
    const motions = await this.motionService.forMeeting(ctx, minutes.meetingId);
    return motions.filter((motion) => motion.status === MotionStatus.CLOSED);
  }

  @ResolveField(() => Minutes, {
    nullable: true,
    description: 'The corrected version, if these minutes were corrected.',
  })
  correctedBy(@Ctx() ctx: RequestContext, @Parent() minutes: Minutes) {
    return this.minutesService.correctedBy(ctx, minutes.id);
  }
}
