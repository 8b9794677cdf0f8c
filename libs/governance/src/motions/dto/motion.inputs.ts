import { BallotChoice, MotionKind, MotionOutcome, MotionStatus } from '@braid/contracts';
import { CentsScalar, IsLocalDate, LocalDateScalar, MoneyInput, PageArgs, RequiredText } from '@braid/kernel';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsEnum,
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
class PositiveCents implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'bigint' && value > 0n;
  }
  defaultMessage(): string {
    return 'An amount must be more than zero.';
  }
}

@InputType()
export class FundingAllocationInput {
  @Field(() => ID)
  @IsUUID()
  fundingStreamId: string;

  @Field(() => CentsScalar)
  @Validate(PositiveCents)
  cents: bigint;
}

@InputType()
export class FundingTrancheInput {
  @Field(() => CentsScalar)
  @Validate(PositiveCents)
  cents: bigint;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  plannedOn: string;
}

@InputType({ description: 'What a FUNDING motion would grant: exactly what the grant will be made of.' })
export class FundingProposalInput {
  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => ID)
  @IsUUID()
  recipientOrganizationId: string;

  @Field()
  @RequiredText(4000, 'Say what the money is for')
  purpose: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The workgroup whose work it funds; streams restricted to workgroups require one.',
  })
  @IsOptional()
  @IsUUID()
  workgroupId?: string | null;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  periodStart: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  periodEnd: string;

  @Field(() => [FundingAllocationInput], {
    description:
      'What each funding stream pays; they add up to the amount. Empty leaves the streams to the fund administrator.',
  })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FundingAllocationInput)
  allocations: FundingAllocationInput[];

  @Field(() => [FundingTrancheInput], {
    description: 'The disbursement schedule, in date order; adds up to the amount.',
  })
  @ArrayNotEmpty({ message: 'Plan at least one disbursement' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => FundingTrancheInput)
  tranches: FundingTrancheInput[];
}

@InputType()
export class CreateMotionInput {
  @Field(() => ID, { description: 'The leadership team meeting the motion is moved at.' })
  @IsUUID()
  meetingId: string;

  @Field(() => MotionKind)
  @IsEnum(MotionKind)
  kind: MotionKind;

  @Field()
  @RequiredText(300, 'Give the motion a title')
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  text: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  secret: boolean;

  @Field(() => FundingProposalInput, { nullable: true, description: 'Required for FUNDING motions.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FundingProposalInput)
  funding?: FundingProposalInput | null;

  @Field(() => ID, { nullable: true, description: 'Required for MINUTES_APPROVAL motions.' })
  @IsOptional()
  @IsUUID()
  minutesId?: string | null;
}

@InputType()
export class CastBallotInput {
  @Field(() => ID)
  @IsUUID()
  motionId: string;

  @Field(() => BallotChoice)
  @IsEnum(BallotChoice)
  choice: BallotChoice;

  @Field(() => ID, {
    nullable: true,
    description: 'The seat voted for; defaults to the voting seat you hold. Alternates name the seat.',
  })
  @IsOptional()
  @IsUUID()
  seatId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Secret motions: the receipt of your earlier ballot, to change it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  receipt?: string | null;
}

@InputType()
export class DeclareConflictInput {
  @Field(() => ID)
  @IsUUID()
  motionId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the voting seat you hold.' })
  @IsOptional()
  @IsUUID()
  seatId?: string | null;

  @Field()
  @RequiredText(2000, 'Say what the conflict is')
  reason: string;

  @Field(() => String, {
    nullable: true,
    description: 'Secret motions: your ballot receipt, if you already voted, so the ballot can be withdrawn.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  receipt?: string | null;
}

@ArgsType()
export class MotionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @Field(() => MotionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MotionStatus)
  status?: MotionStatus | null;

  @Field(() => MotionOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(MotionOutcome)
  outcome?: MotionOutcome | null;

  @Field(() => MotionKind, { nullable: true })
  @IsOptional()
  @IsEnum(MotionKind)
  kind?: MotionKind | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Motions decided (closed or withdrawn) on or after this day (UTC).',
  })
  @IsOptional()
  @IsLocalDate()
  decidedFrom?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Motions decided (closed or withdrawn) on or before this day (UTC).',
  })
  @IsOptional()
  @IsLocalDate()
  decidedTo?: string | null;
}
