import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { LocalDateScalar, Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Contribution } from './contribution.entity';

/** Money that arrived against a pledge; each receipt posts one ledger transaction (its source). */
@ObjectType()
@Entity('contribution_receipt')
@Index(['contributionId', 'receivedOn'])
@Check('contribution_receipt_positive', 'amount_cents > 0')
@Check('contribution_receipt_at_most_max', `amount_cents <= ${MAX_AMOUNT_CENTS}`)
export class ContributionReceipt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  contributionId: string;

  @ManyToOne(() => Contribution, { nullable: false })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Contribution;

  @Field(() => ID)
  @Column('uuid')
  fundingStreamId: string;

  @Field(() => Money)
  @Column(() => Money, { prefix: 'amount' })
  amount: Money;

  @Field(() => LocalDateScalar)
  @Column('date')
  receivedOn: string;

  @Field()
  @Column('text', { default: '' })
  memo: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set when the receipt was reversed (recorded in error).',
  })
  @Column('timestamptz', { nullable: true })
  reversedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
