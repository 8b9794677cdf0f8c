import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class DraftMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Write the minutes' })
  @MaxLength(100_000)
  body: string;
}

@InputType()
export class UpdateMinutesInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Write the minutes' })
  @MaxLength(100_000)
  body: string;
}

@InputType({ description: 'A new version of approved minutes, to be circulated and approved in turn.' })
export class CorrectMinutesInput {
  @Field(() => ID)
  @IsUUID()
  minutesId: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Write the corrected minutes' })
  @MaxLength(100_000)
  body: string;
}
