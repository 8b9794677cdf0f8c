import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { LocalDateScalar, Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { Grant } from '../grants/grant.entity';
import { DisbursementStatus } from './disbursement-status';

/**
 * One tranche of a grant. `recipientOrganizationId` is copied from the grant so that a partner's
 * access rule stays a plain column condition (ARCHITECTURE.md, "Requests").
 */
@ObjectType()
@Entity('disbursement')
@Index('disbursement_tranche_unique', ['grantId', 'sequence'], { unique: true })
@Index(['collaborativeId', 'status', 'plannedOn'])
@Index(['recipientOrganizationId'])
@Check('disbursement_amount_positive', 'amount_cents > 0')
@Check('disbursement_amount_at_most_max', `amount_cents <= ${MAX_AMOUNT_CENTS}`)
export class Disbursement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  grantId: string;

  @ManyToOne(() => Grant, { nullable: false })
  @JoinColumn({ name: 'grant_id' })
  grant?: Grant;

  @Field(() => ID)
  @Column('uuid')
  recipientOrganizationId: string;

  @Field(() => Int, { description: 'Tranche number within the grant, from 1.' })
  @Column('int')
  sequence: number;

  @Field(() => Money)
  @Column(() => Money, { prefix: 'amount' })
  amount: Money;

  @Field(() => LocalDateScalar)
  @Column('date')
  plannedOn: string;

  @Field(() => DisbursementStatus)
  @Column({ type: 'enum', enum: DisbursementStatus, enumName: 'disbursement_status' })
  status: DisbursementStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  releasedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The ledger transaction of the current release.' })
  @Column('uuid', { nullable: true })
  releaseTransactionId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  paidAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The payment reference (cheque or transfer number).' })
  @Column('text', { nullable: true })
  paymentReference: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
