import {
  CentsScalar,
  IsLocalDate,
  LocalDateScalar,
  MoneyInput,
  PageArgs,
  RequiredText,
  Trim,
} from '@braid/kernel';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

@ValidatorConstraint({ name: 'positiveCents' })
export class PositiveCents implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'bigint' && value > 0n;
  }
  defaultMessage(): string {
    return 'An amount must be more than zero.';
  }
}

@InputType()
export class RecordContributionInput {
  @Field(() => ID)
  @IsUUID()
  fundingStreamId: string;

  @Field(() => MoneyInput, { description: "The pledged amount, in the stream's currency." })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  pledgedOn: string;

  @Field(() => String, { defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(1000)
  memo = '';
}

@InputType()
export class RecordContributionReceiptInput {
  @Field(() => ID)
  @IsUUID()
  contributionId: string;

  @Field(() => CentsScalar, { description: "Cents received, in the contribution's currency." })
  @Validate(PositiveCents)
  cents: bigint;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  receivedOn: string;

  @Field(() => String, { defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(1000)
  memo = '';
}

@InputType()
export class WriteOffContributionInput {
  @Field(() => ID)
  @IsUUID()
  contributionId: string;

  @Field({ description: 'Why the rest of the pledge will not arrive.' })
  @RequiredText(1000, 'Say why the pledge is written off')
  reason: string;
}

@ArgsType()
export class ContributionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  fundingStreamId?: string | null;
}
