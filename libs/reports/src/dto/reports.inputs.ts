import { GrantReportStatus, ReportSection } from '@braid/contracts';
import {
  IsLocalDate,
  LocalDateScalar,
  MoneyInput,
  PageArgs,
  RequiredName,
  RequiredText,
  Trim,
} from '@braid/kernel';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ReviewDecision } from '../grant-reports/report-review.entity';
import { RequirementStatus } from '../requirements/requirement-status';

/** A count of people served in one quarter fits comfortably; anything above is a typo. */
const MAX_COUNT = 100_000_000;

@InputType()
export class CreateMetricInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field()
  @RequiredName(200, 'Name the metric')
  name: string;

  @Field({ description: 'What is counted, e.g. "clients".' })
  @RequiredText(50, 'Say what is counted')
  unit: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: "Adds a metric to a grant, or changes its targets; the periods' targets follow." })
export class SetGrantMetricInput {
  @Field(() => ID)
  @IsUUID()
  grantId: string;

  @Field(() => ID)
  @IsUUID()
  metricId: string;

  @Field(() => Int, { description: 'The target for the whole grant.' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  target: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'Targets per grant year, year one first; they must add up to `target`.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(MAX_COUNT, { each: true })
  yearTargets?: number[] | null;
}

@InputType()
export class UpdateReportingRequirementInput {
  @Field(() => ID)
  @IsUUID()
  requirementId: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueOn?: string | null;

  @Field(() => [ReportSection], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(ReportSection, { each: true })
  requiredSections?: ReportSection[] | null;
}

@InputType()
export class SpendingLineInput {
  @Field()
  @RequiredText(200, 'Name the budget line')
  budgetLine: string;

  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class MetricValueInput {
  @Field(() => ID)
  @IsUUID()
  metricId: string;

  @Field(() => Int)
  @IsInt({ message: 'Give a whole number' })
  @Min(0, { message: 'A count cannot be negative' })
  @Max(MAX_COUNT)
  value: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({
  description:
    'Saves what the partner typed so far (autosave): only the parts given change; partial content is fine in a draft.',
})
export class SaveGrantReportDraftInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The revision the client last read; an older one is refused.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  narrative?: string | null;

  @Field(() => [SpendingLineInput], { nullable: true, description: 'Replaces every spending line.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SpendingLineInput)
  spending?: SpendingLineInput[] | null;

  @Field(() => [MetricValueInput], { nullable: true, description: 'Replaces every metric value.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MetricValueInput)
  metricValues?: MetricValueInput[] | null;
}

@InputType()
export class SubmitGrantReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@InputType()
export class SectionCommentInput {
  @Field(() => ReportSection)
  @IsEnum(ReportSection)
  section: ReportSection;

  @Field()
  @RequiredText(5000, 'Write the comment')
  comment: string;
}

@InputType()
export class ReviewGrantReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field(() => [SectionCommentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SectionCommentInput)
  comments?: SectionCommentInput[] | null;
}

@InputType()
export class UpdateReportSettingsInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field()
  @IsBoolean()
  holdDisbursementsOnLateReports: boolean;
}

@ArgsType()
export class ReportingRequirementsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  grantId?: string | null;

  @Field(() => [RequirementStatus], {
    nullable: true,
    description:
      'Only requirements in one of these statuses, as `status` gives them today; all when left out.',
  })
  @IsOptional()
  @IsArray()
  // An empty list would either mean "none" or "all" depending on who reads it: neither is guessed.
  @ArrayNotEmpty({ message: 'Name at least one status, or leave statuses out for all' })
  @ArrayMaxSize(Object.keys(RequirementStatus).length)
  @IsEnum(RequirementStatus, { each: true })
  statuses?: RequirementStatus[] | null;
}

@ArgsType()
export class GrantReportsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  grantId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  requirementId?: string | null;

  @Field(() => GrantReportStatus, { nullable: true })
  @IsOptional()
  @IsEnum(GrantReportStatus)
  status?: GrantReportStatus | null;
}
