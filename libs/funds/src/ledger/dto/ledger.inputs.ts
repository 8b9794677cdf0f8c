import { PageArgs, RequiredText } from '@braid/kernel';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { LedgerAccountKind, LedgerSource } from '../chart-of-accounts';

@InputType()
export class ReverseLedgerTransactionInput {
  @Field(() => ID)
  @IsUUID()
  ledgerTransactionId: string;

  @Field({ description: 'Why the original was wrong; kept on the reversal and in the audit log.' })
  @RequiredText(1000, 'Say why the transaction is reversed')
  reason: string;
}

@ArgsType()
export class LedgerTransactionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => LedgerSource, { nullable: true })
  @IsOptional()
  @IsEnum(LedgerSource)
  source?: LedgerSource | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  grantId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only transactions with a posting on this funding stream (any of its accounts).',
  })
  @IsOptional()
  @IsUUID()
  fundingStreamId?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      "Only transactions posted at or after this instant (the client sends the start of the reader's first day).",
  })
  @IsOptional()
  @IsDate()
  postedFrom?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      "Only transactions posted before this instant (the client sends the start of the day after the reader's last day).",
  })
  @IsOptional()
  @IsDate()
  postedBefore?: Date | null;
}

@ArgsType()
export class LedgerAccountsArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  fundingStreamId?: string | null;

  @Field(() => LedgerAccountKind, { nullable: true })
  @IsOptional()
  @IsEnum(LedgerAccountKind)
  kind?: LedgerAccountKind | null;
}
