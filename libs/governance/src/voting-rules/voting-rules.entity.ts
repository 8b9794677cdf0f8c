import { MAX_AMOUNT_CENTS, QuorumRule, Sector, ThresholdRule } from '@braid/contracts';
import { Collaborative } from '@braid/collaboratives';
import { Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(QuorumRule, { name: 'QuorumRule' });
registerEnumType(ThresholdRule, { name: 'ThresholdRule' });

@ObjectType({ description: 'Quorum also needs at least this many seats of a sector present.' })
export class SectorMinimum {
  @Field(() => Sector)
  sector: Sector;

  @Field(() => Int)
  minimumPresent: number;
}

/**
 * How a collaborative decides (docs/DOMAIN-GUIDE.md, "Meetings, quorum and thresholds"): quorum, the threshold to pass, and the
 * spending amount above which a stricter threshold applies. Every collaborative has them: a
 * missing row reads as the defaults and is written the first time they are needed or changed.
 */
@ObjectType()
@Entity('voting_rules')
@Check('voting_rules_spending_limit_at_most_max', `spending_limit_cents <= ${MAX_AMOUNT_CENTS}`)
export class VotingRules {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  collaborativeId: string;

  @OneToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field(() => QuorumRule)
  @Column({ type: 'enum', enum: QuorumRule, enumName: 'quorum_rule' })
  quorumRule: QuorumRule;

  @Field(() => [SectorMinimum])
  @Column('jsonb')
  requiredSectors: SectorMinimum[];

  @Field(() => ThresholdRule)
  @Column({ type: 'enum', enum: ThresholdRule, enumName: 'threshold_rule' })
  threshold: ThresholdRule;

  @Field(() => Money, { description: 'FUNDING motions above this amount need the stricter threshold.' })
  @Column(() => Money, { prefix: 'spending_limit' })
  spendingLimit: Money;

  @Field(() => ThresholdRule)
  @Column({ type: 'enum', enum: ThresholdRule, enumName: 'threshold_rule' })
  thresholdAboveSpendingLimit: ThresholdRule;

  @Field({ description: 'Whether abstentions count in the base a majority is taken of.' })
  @Column('boolean')
  abstentionsCountTowardBase: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the rules were last written; null while only the defaults apply.',
  })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date | null;
}
