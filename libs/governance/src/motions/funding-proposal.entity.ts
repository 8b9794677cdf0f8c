import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { Organization } from '@braid/collaboratives';
import { CentsScalar, LocalDateScalar, Money } from '@braid/kernel';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Workgroup } from '../workgroups/workgroup.entity';
import { Motion } from './motion.entity';

@ObjectType({ description: 'What one funding stream pays of a funding motion.' })
export class FundingAllocation {
  @Field(() => ID)
  fundingStreamId: string;

  @Field(() => CentsScalar)
  cents: bigint;
}

@ObjectType({ description: 'One planned disbursement of a funding motion.' })
export class FundingTranche {
  @Field(() => CentsScalar)
  cents: bigint;

  @Field(() => LocalDateScalar)
  plannedOn: string;
}

/** JSON keeps whole cents as decimal strings; memory keeps them as bigint. */
const centsListTransformer = {
  to: (rows: { cents: bigint }[] | null) =>
    rows?.map((row) => ({ ...row, cents: row.cents.toString() })) ?? rows,
  from: (rows: { cents: string }[] | null) =>
    rows?.map((row) => ({ ...row, cents: BigInt(row.cents) })) ?? rows,
};

/**
 * What a FUNDING motion would decide: exactly what funds needs to create the grant
 * (FundingMotionPassedPayload). Written once with the motion; a different proposal is a new motion.
 */
@ObjectType()
@Entity('funding_proposal')
@Check('funding_proposal_period_in_order', 'period_end >= period_start')
@Check('funding_proposal_amount_positive', 'amount_cents > 0')
@Check('funding_proposal_amount_at_most_max', `amount_cents <= ${MAX_AMOUNT_CENTS}`)
export class FundingProposal {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  motionId: string;

  @OneToOne(() => Motion, { nullable: false })
  @JoinColumn({ name: 'motion_id' })
  motion?: Motion;

  @Column('uuid')
  collaborativeId: string;

  @Field(() => Money)
  @Column(() => Money, { prefix: 'amount' })
  amount: Money;

  @Field(() => ID)
  @Column('uuid')
  recipientOrganizationId: string;

  @ManyToOne(() => Organization, { nullable: false })
  @JoinColumn({ name: 'recipient_organization_id' })
  recipientOrganization?: Organization;

  @Field()
  @Column('text')
  purpose: string;

  @Field(() => ID, { nullable: true, description: 'The workgroup whose work the grant funds, if any.' })
  @Column('uuid', { nullable: true })
  workgroupId: string | null;

  @ManyToOne(() => Workgroup, { nullable: true })
  @JoinColumn({ name: 'workgroup_id' })
  workgroup?: Workgroup;

  @Field(() => LocalDateScalar)
  @Column('date')
  periodStart: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  periodEnd: string;

  @Field(() => [FundingAllocation], {
    description:
      'Checked by funds before the vote opens (streams, restrictions) and when the grant is made (money).',
  })
  @Column('jsonb', { transformer: centsListTransformer })
  allocations: FundingAllocation[];

  @Field(() => [FundingTranche])
  @Column('jsonb', { transformer: centsListTransformer })
  tranches: FundingTranche[];
}
