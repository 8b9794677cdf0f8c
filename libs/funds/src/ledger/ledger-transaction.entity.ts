import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContributionReceipt } from '../contributions/contribution-receipt.entity';
import { Contribution } from '../contributions/contribution.entity';
import { Disbursement } from '../disbursements/disbursement.entity';
import { Grant } from '../grants/grant.entity';
import { LedgerSource } from './chart-of-accounts';

registerEnumType(LedgerSource, { name: 'LedgerSource' });

/**
 * A group of postings that balances (debits = credits per currency, checked in code and by a
 * deferred constraint trigger at commit). Append-only: a trigger refuses UPDATE and DELETE, so a
 * mistake is fixed by a reversing transaction, never by editing history.
 */
@ObjectType()
@Entity('ledger_transaction')
@Index(['collaborativeId', 'sequence'])
@Index(['contributionId'])
@Index(['grantId'])
@Index(['disbursementId'])
@Index('ledger_transaction_idempotency_key', ['collaborativeId', 'idempotencyKey'], { unique: true })
export class LedgerTransaction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  /** Posting order, from a sequence: the ledger pages newest first by it (keyset, exact). */
  @Column('bigint')
  @Generated('increment')
  sequence: string;

  @Field(() => LedgerSource)
  @Column({ type: 'enum', enum: LedgerSource, enumName: 'ledger_source' })
  source: LedgerSource;

  @Field({ description: 'Why: the reason a person gave, or what the system did.' })
  @Column('text')
  memo: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  contributionId: string | null;

  @ManyToOne(() => Contribution, { nullable: true })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Contribution | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  contributionReceiptId: string | null;

  @ManyToOne(() => ContributionReceipt, { nullable: true })
  @JoinColumn({ name: 'contribution_receipt_id' })
  contributionReceipt?: ContributionReceipt | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  grantId: string | null;

  @ManyToOne(() => Grant, { nullable: true })
  @JoinColumn({ name: 'grant_id' })
  grant?: Grant | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  disbursementId: string | null;

  @ManyToOne(() => Disbursement, { nullable: true })
  @JoinColumn({ name: 'disbursement_id' })
  disbursement?: Disbursement | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a reversal: the transaction it reverses (at most once).',
  })
  @Column('uuid', { nullable: true, unique: true })
  reversesTransactionId: string | null;

  @OneToOne(() => LedgerTransaction, { nullable: true })
  @JoinColumn({ name: 'reverses_transaction_id' })
  reverses?: LedgerTransaction | null;

  /** The client's key for a release; repeating it returns the first result (unique per collaborative). */
  @Column('text', { nullable: true })
  idempotencyKey: string | null;

  @Field(() => ID, { nullable: true, description: 'Who posted it; null for the system (a passed motion).' })
  @Column('uuid', { nullable: true })
  postedByUserId: string | null;

  @Field()
  @Column('text')
  postedByName: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  postedAt: Date;
}
