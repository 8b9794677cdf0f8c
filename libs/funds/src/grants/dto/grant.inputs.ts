import {
  CentsScalar,
  IsLocalDate,
  LocalDateScalar,
  MoneyInput,
  PageArgs,
  RequiredName,
  RequiredText,
} from '@braid/kernel';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { PositiveCents } from '../../contributions/dto/contribution.inputs';

/** A schedule of up to 20 years of monthly tranches is the most a grant plausibly needs. */
export const MAX_TRANCHES = 240;

@InputType()
export class GrantAllocationInput {
  @Field(() => ID)
  @IsUUID()
  fundingStreamId: string;

  @Field(() => CentsScalar)
  @Validate(PositiveCents)
  cents: bigint;
}

@InputType()
export class TrancheInput {
  @Field(() => CentsScalar)
  @Validate(PositiveCents)
  cents: bigint;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  plannedOn: string;
}

@InputType()
export class ReportDueInput {
  @Field(() => LocalDateScalar)
  @IsLocalDate()
  dueOn: string;

  @Field()
  @RequiredText(200)
  covers: string;
}

@InputType()
export class MetricTargetInput {
  @Field()
  @RequiredName(300)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  target: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  period?: string | null;
}

@InputType({ description: 'A grant entered by the fund administrator for a motion the board passed.' })
export class CreateGrantInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { description: 'The passed FUNDING motion that approved this grant.' })
  @IsUUID()
  approvingMotionId: string;

  @Field(() => ID)
  @IsUUID()
  recipientOrganizationId: string;

  @Field()
  @RequiredText(300, 'Give the grant a title')
  title: string;

  @Field()
  @RequiredText(300, 'Say what the grant is for')
  purpose: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workgroupId?: string | null;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  periodStart: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  periodEnd: string;

  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => [GrantAllocationInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'A grant draws on at least one funding stream' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GrantAllocationInput)
  allocations: GrantAllocationInput[];

  @Field(() => [TrancheInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'A grant is paid in at least one tranche' })
  @ArrayMaxSize(MAX_TRANCHES)
  @ValidateNested({ each: true })
  @Type(() => TrancheInput)
  tranches: TrancheInput[];

  @Field(() => [ReportDueInput], {
    nullable: true,
    description: 'Defaults to quarterly reports, due 30 days after each quarter.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReportDueInput)
  reportingSchedule?: ReportDueInput[] | null;

  @Field(() => [MetricTargetInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MetricTargetInput)
  metricTargets?: MetricTargetInput[] | null;
}

@ArgsType()
export class GrantsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  recipientOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The grant a motion approved (at most one).' })
  @IsOptional()
  @IsUUID()
  approvingMotionId?: string | null;
}
