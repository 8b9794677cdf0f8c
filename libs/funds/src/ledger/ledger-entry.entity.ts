import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { bigintTransformer } from '@braid/kernel';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LedgerAccount } from './ledger-account.entity';
import { LedgerTransaction } from './ledger-transaction.entity';

/**
 * One posting: a signed amount (debit positive) on one account. The stream and grant are copied
 * from the account so budgets aggregate by plain indexed columns. Never updated or deleted.
 */
@ObjectType()
@Entity('ledger_entry')
@Index(['transactionId'])
@Index(['accountId'])
@Index(['fundingStreamId'])
@Index(['grantId'])
@Index(['collaborativeId', 'id'])
@Check('ledger_entry_not_zero', 'amount_cents <> 0')
@Check('ledger_entry_at_most_max', `amount_cents BETWEEN -${MAX_AMOUNT_CENTS} AND ${MAX_AMOUNT_CENTS}`)
export class LedgerEntry {
  /** An identity column: export pages follow posting order. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => ID)
  @Column('uuid')
  transactionId: string;

  @ManyToOne(() => LedgerTransaction, { nullable: false })
  @JoinColumn({ name: 'transaction_id' })
  transaction?: LedgerTransaction;

  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => LedgerAccount, { nullable: false })
  @JoinColumn({ name: 'account_id' })
  account?: LedgerAccount;

  @Column('uuid')
  fundingStreamId: string;

  @Column('uuid', { nullable: true })
  grantId: string | null;

  @Column('char', { length: 3 })
  currency: string;

  /** Signed cents: debit positive, credit negative. */
  @Column('bigint', { transformer: bigintTransformer })
  amountCents: bigint;
}
