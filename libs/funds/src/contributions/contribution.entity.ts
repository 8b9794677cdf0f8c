import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { bigintTransformer, LocalDateScalar, Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FundingStream } from '../streams/funding-stream.entity';

/** PLEDGED → PARTIALLY_RECEIVED → RECEIVED, or WRITTEN_OFF (contribution-lifecycle.ts). */
export enum ContributionStatus {
  PLEDGED = 'PLEDGED',
  PARTIALLY_RECEIVED = 'PARTIALLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  WRITTEN_OFF = 'WRITTEN_OFF',
}
registerEnumType(ContributionStatus, { name: 'ContributionStatus' });

/**
 * A funder's pledge to a stream (e.g. year one of a three-year award), received over time in
 * ContributionReceipts. `receivedCents` and `writtenOffCents` are kept in the same transaction as
 * the ledger postings they mirror; a test checks them against the postings.
 */
@ObjectType()
@Entity('contribution')
@Index(['fundingStreamId', 'pledgedOn'])
@Index(['collaborativeId', 'id'])
@Check('contribution_pledge_positive', 'pledged_cents > 0')
@Check('contribution_pledge_at_most_max', `pledged_cents <= ${MAX_AMOUNT_CENTS}`)
@Check(
  'contribution_amounts_within_pledge',
  'received_cents >= 0 AND written_off_cents >= 0 AND received_cents + written_off_cents <= pledged_cents',
)
export class Contribution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  fundingStreamId: string;

  @ManyToOne(() => FundingStream, { nullable: false })
  @JoinColumn({ name: 'funding_stream_id' })
  fundingStream?: FundingStream;

  @Field(() => Money)
  @Column(() => Money, { prefix: 'pledged' })
  pledged: Money;

  @Field(() => LocalDateScalar)
  @Column('date')
  pledgedOn: string;

  @Column('bigint', { default: 0, transformer: bigintTransformer })
  receivedCents: bigint;

  @Column('bigint', { default: 0, transformer: bigintTransformer })
  writtenOffCents: bigint;

  @Field(() => ContributionStatus)
  @Column({ type: 'enum', enum: ContributionStatus, enumName: 'contribution_status' })
  status: ContributionStatus;

  @Field()
  @Column('text', { default: '' })
  memo: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
