import { IsLocalDate, LocalDateScalar, MoneyInput, RequiredName, RequiredText, Trim } from '@braid/kernel';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FundingStreamKind } from '../funding-stream.entity';

@InputType({ description: 'A match the collaborative must raise alongside the award.' })
export class MatchRequirementInput {
  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount: MoneyInput;

  @Field()
  @RequiredText(500)
  description: string;
}

@InputType()
export class CreateFundingStreamInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { description: 'The funder organization (in this collaborative).' })
  @IsUUID()
  funderOrganizationId: string;

  @Field()
  @RequiredName(200, 'Give the funding stream a name')
  name: string;

  @Field(() => FundingStreamKind)
  @IsEnum(FundingStreamKind)
  kind: FundingStreamKind;

  @Field()
  @IsBoolean()
  restricted: boolean;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @Trim()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  allowedPurposes: string[] = [];

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  allowedWorkgroupIds: string[] = [];

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  startsOn: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  endsOn: string;

  @Field(() => MoneyInput, { description: 'The total award.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  award: MoneyInput;

  @Field(() => MatchRequirementInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchRequirementInput)
  matchRequirement?: MatchRequirementInput | null;
}

@ArgsType()
export class FundScopedArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;
}
