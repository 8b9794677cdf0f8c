import { Language, Role } from '@braid/contracts';
import { RequiredName, Trim } from '@braid/kernel';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty({ message: 'A member needs at least one role' })
  @ArrayMaxSize(7)
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'Enter an email address such as name@example.org' })
  @MaxLength(254)
  email: string;

  @Field()
  @RequiredName(120, "Enter the person's name")
  displayName: string;

  @Field(() => [Role])
  @ArrayNotEmpty({ message: 'Choose at least one role' })
  @ArrayMaxSize(7)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => Language, {
    nullable: true,
    description:
      "The invitation email's language for someone without an account yet (an account's own language wins); by default the inviter's.",
  })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @Field({ nullable: true, description: 'Required for a new account.' })
  @IsOptional()
  @RequiredName(120)
  displayName?: string;

  @Field({ nullable: true, description: 'Required for a new account; ignored when already signed in.' })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'A password needs at least 10 characters' })
  @MaxLength(200)
  password?: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language;
}
