import { AttendanceStatus } from '@braid/contracts';
import { IsOptionalButNotNull, PageArgs, RequiredText } from '@braid/kernel';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true, description: 'Leave out for a meeting of the leadership team.' })
  @IsOptional()
  @IsUUID()
  workgroupId?: string | null;

  @Field()
  @RequiredText(200, 'Give the meeting a title')
  title: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  scheduledAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Enter a link starting with https://' },
  )
  @MaxLength(500)
  remoteLink?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  noteTakerUserId?: string | null;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @RequiredText(200)
  title?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptionalButNotNull()
  @IsDate()
  scheduledAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Enter a link starting with https://' },
  )
  @MaxLength(500)
  remoteLink?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  noteTakerUserId?: string | null;
}

@InputType()
export class AgendaItemInput {
  @Field()
  @RequiredText(300, 'Give the agenda item a title')
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  notes: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  motionId?: string | null;
}

@InputType({ description: 'Replaces the whole agenda, in order.' })
export class SetAgendaInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [AgendaItemInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  items: AgendaItemInput[];
}

@InputType({
  description: 'A seat (leadership team meetings) or a person (workgroup meetings) and how they attended.',
})
export class AttendanceEntryInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  seatId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status: AttendanceStatus;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [AttendanceEntryInput])
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true, description: 'Only this workgroup’s meetings.' })
  @IsOptional()
  @IsUUID()
  workgroupId?: string | null;
}
