import { Allow, Connection, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Minutes } from '../minutes/minutes.entity';
import { MinutesService } from '../minutes/minutes.service';
import { Motion } from '../motions/motion.entity';
import { MotionService } from '../motions/motion.service';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import {
  MeetingsArgs,
  RecordAttendanceInput,
  ScheduleMeetingInput,
  SetAgendaInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs';
import { Meeting } from './meeting.entity';
import { MeetingService, QuorumCheck } from './meeting.service';

@ObjectType()
export class MeetingConnection extends Connection(Meeting) {}

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly meetingService: MeetingService,
    private readonly motionService: MotionService,
    private readonly minutesService: MinutesService,
  ) {}

  @Query(() => MeetingConnection, { description: 'Meetings of the leadership team and the workgroups.' })
  @Allow('read', 'Meeting')
  meetings(@Ctx() ctx: RequestContext, @Args() args: MeetingsArgs) {
    return this.meetingService.list(ctx, args);
  }

  @Query(() => Meeting)
  @Allow('read', 'Meeting')
  meeting(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.meetingService.get(ctx, id);
  }

  @Mutation(() => Meeting, {
    description: 'The chair schedules leadership team meetings; a lead, their workgroup’s.',
  })
  @Allow('create', 'Meeting')
  scheduleMeeting(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleMeetingInput) {
    return this.meetingService.schedule(ctx, input);
  }

  @Mutation(() => Meeting)
  @Allow('update', 'Meeting')
  updateMeeting(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMeetingInput) {
    return this.meetingService.update(ctx, input);
  }

  @Mutation(() => [AgendaItem])
  @Allow('update', 'Meeting')
  setAgenda(@Ctx() ctx: RequestContext, @Args('input') input: SetAgendaInput) {
    return this.meetingService.setAgenda(ctx, input);
  }

  @Mutation(() => Meeting)
  @Allow('open', 'Meeting')
  startMeeting(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.meetingService.start(ctx, id);
  }

  @Mutation(() => Meeting)
  @Allow('close', 'Meeting')
  adjournMeeting(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.meetingService.adjourn(ctx, id);
  }

  @Mutation(() => Meeting)
  @Allow('close', 'Meeting')
  cancelMeeting(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.meetingService.cancel(ctx, id);
  }

  @Mutation(() => [Attendance])
  @Allow('record', 'Meeting')
  recordAttendance(@Ctx() ctx: RequestContext, @Args('input') input: RecordAttendanceInput) {
    return this.meetingService.recordAttendance(ctx, input);
  }

  @ResolveField(() => [AgendaItem])
  agenda(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting) {
    return this.meetingService.agenda(ctx, meeting.id);
  }

  @ResolveField(() => [Attendance])
  attendance(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting) {
    return this.meetingService.attendance(ctx, meeting.id);
  }

  @ResolveField(() => QuorumCheck, { nullable: true, description: 'Leadership team meetings only.' })
  quorum(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting) {
    return this.meetingService.quorum(ctx, meeting);
  }

  @ResolveField(() => [Motion])
  motions(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting) {
    return this.motionService.forMeeting(ctx, meeting.id);
  }

  @ResolveField(() => [Minutes], { description: 'Every version of the minutes you may read, oldest first.' })
  minutes(@Ctx() ctx: RequestContext, @Parent() meeting: Meeting) {
    return this.minutesService.forMeeting(ctx, meeting.id);
  }
}
