import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { Money } from '@braid/kernel';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FundingStream } from '../streams/funding-stream.entity';
import { Grant } from './grant.entity';

/** What one funding stream pays towards a grant; tranches draw on allocations in `position` order. */
@ObjectType()
@Entity('grant_allocation')
@Index('grant_allocation_one_per_stream', ['grantId', 'fundingStreamId'], { unique: true })
@Index(['fundingStreamId'])
@Check('grant_allocation_amount_positive', 'amount_cents > 0')
@Check('grant_allocation_amount_at_most_max', `amount_cents <= ${MAX_AMOUNT_CENTS}`)
export class GrantAllocation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
  fundingStreamId: string;

  @ManyToOne(() => FundingStream, { nullable: false })
  @JoinColumn({ name: 'funding_stream_id' })
  fundingStream?: FundingStream;

  @Field(() => Money)
  @Column(() => Money, { prefix: 'amount' })
  amount: Money;

  @Field(() => Int)
  @Column('int')
  position: number;
}
