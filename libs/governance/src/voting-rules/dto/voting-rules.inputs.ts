import { QuorumRule, Sector, ThresholdRule } from '@braid/contracts';
import { MoneyInput, IsOptionalButNotNull } from '@braid/kernel';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class SectorMinimumInput {
  @Field(() => Sector)
  @IsEnum(Sector)
  sector: Sector;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(50)
  minimumPresent: number;
}

@InputType({ description: 'Changes some of the voting rules; what is left out stays as it is.' })
export class UpdateVotingRulesInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => QuorumRule, { nullable: true })
  @IsOptionalButNotNull()
  @IsEnum(QuorumRule)
  quorumRule?: QuorumRule;

  @Field(() => [SectorMinimumInput], { nullable: true })
  @IsOptionalButNotNull()
  @ArrayMaxSize(6)
  @ArrayUnique((entry: SectorMinimumInput) => entry.sector, { message: 'Name each sector once' })
  @ValidateNested({ each: true })
  @Type(() => SectorMinimumInput)
  requiredSectors?: SectorMinimumInput[];

  @Field(() => ThresholdRule, { nullable: true })
  @IsOptionalButNotNull()
  @IsEnum(ThresholdRule)
  threshold?: ThresholdRule;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptionalButNotNull()
  @ValidateNested()
  @Type(() => MoneyInput)
  spendingLimit?: MoneyInput;

  @Field(() => ThresholdRule, { nullable: true })
  @IsOptionalButNotNull()
  @IsEnum(ThresholdRule)
  thresholdAboveSpendingLimit?: ThresholdRule;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsBoolean()
  abstentionsCountTowardBase?: boolean;
}
