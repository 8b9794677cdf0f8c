import { PageArgs, RequiredText, Trim } from '@braid/kernel';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DisbursementStatus } from '../disbursement-status';

@InputType()
export class ReleaseDisbursementInput {
  @Field(() => ID)
  @IsUUID()
  disbursementId: string;

  @Field({
    description: 'Chosen by the client once per intended release; repeating it returns the first result.',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, {
    message: 'idempotencyKey must be 8 to 100 letters, digits or . _ : -',
  })
  idempotencyKey: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Releases a tranche that is on hold (e.g. a late report) anyway; the reason is recorded with the release and audited.',
  })
  @IsOptional()
  @RequiredText(1000, 'Say why the hold is overridden')
  holdOverrideReason?: string | null;
}

@InputType()
export class MarkDisbursementPaidInput {
  @Field(() => ID)
  @IsUUID()
  disbursementId: string;

  @Field(() => String, { nullable: true, description: 'The cheque or transfer number.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  paymentReference?: string | null;
}

@InputType()
export class CancelDisbursementInput {
  @Field(() => ID)
  @IsUUID()
  disbursementId: string;

  @Field()
  @RequiredText(1000, 'Say why the tranche is cancelled')
  reason: string;
}

@ArgsType()
export class DisbursementsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  grantId?: string | null;

  @Field(() => DisbursementStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DisbursementStatus)
  status?: DisbursementStatus | null;
}
