import { Language } from '@braid/contracts';
import { IsOptionalButNotNull, RequiredName, Trim } from '@braid/kernel';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

@InputType()
export class SignInInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Enter an email address such as name@example.org' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class UpdateMyProfileInput {
  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @RequiredName(120)
  displayName?: string;

  @Field(() => Language, { nullable: true })
  @IsOptionalButNotNull()
  @IsEnum(Language)
  preferredLanguage?: Language;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `A password needs at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Enter an email address such as name@example.org' })
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The secret from the emailed link.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `A password needs at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
