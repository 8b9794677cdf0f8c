import { PageArgs, RequiredText } from '@braid/kernel';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
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
