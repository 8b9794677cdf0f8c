import { IsOptionalButNotNull, RequiredName } from '@braid/kernel';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreateCollaborativeInput {
  @Field()
  @RequiredName(200, 'Give the collaborative a name')
  name: string;

  @Field({ description: 'Lower-case letters, digits and dashes, e.g. "healing-south-stockton".' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single dashes' })
  @MaxLength(80)
  slug: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Whether to publish the public transparency page (decisions, fund totals) from the start. Off unless chosen.',
  })
  @IsBoolean()
  publicTransparency = false;
}

@InputType()
export class UpdateCollaborativeInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @RequiredName(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(200)
  region?: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsBoolean()
  publicTransparency?: boolean;

  @Field({ nullable: true, description: 'An IANA time zone, e.g. "America/Los_Angeles".' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}
