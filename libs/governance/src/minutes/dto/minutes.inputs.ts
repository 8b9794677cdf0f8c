import { RequiredText } from '@braid/kernel';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class DraftMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field()
  @RequiredText(100_000, 'Write the minutes')
  body: string;
}

@InputType()
export class UpdateMinutesInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @RequiredText(100_000, 'Write the minutes')
  body: string;
}

@InputType({ description: 'A new version of approved minutes, to be circulated and approved in turn.' })
export class CorrectMinutesInput {
  @Field(() => ID)
  @IsUUID()
  minutesId: string;

  @Field()
  @RequiredText(100_000, 'Write the corrected minutes')
  body: string;
}
