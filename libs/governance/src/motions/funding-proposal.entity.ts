import { Organization } from '@braid/collaboratives';
import { FundingGrantStatus, FundingPlanProblemReason, MAX_AMOUNT_CENTS } from '@braid/contracts';
import { CentsScalar, LocalDateScalar, Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Workgroup } from '../workgroups/workgroup.entity';
import { Motion } from './motion.entity';

registerEnumType(FundingGrantStatus, { name: 'FundingGrantStatus' });
registerEnumType(FundingPlanProblemReason, { name: 'FundingPlanProblemReason' });

@ObjectType({
  description: 'Something that would stop the fund from making the grant a funding motion describes.',
})
export class FundingPlanProblemView {
  @Field(() => FundingPlanProblemReason)
  reason: FundingPlanProblemReason;

  @Field({ description: 'In English, as written to the audit log.' })
  message: string;

  @Field(() => ID)
  fundingStreamId: string;

  @Field(() => String, { nullable: true })
  streamName: string | null;

  @Field(() => CentsScalar, { nullable: true, description: 'What the motion asks of the stream.' })
  requestedCents: string | null;

  @Field(() => CentsScalar, { nullable: true, description: 'What the stream has not yet committed.' })
  availableCents: string | null;
}

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

  @Field(() => FundingGrantStatus, {
    description:
      'Whether the grant was made once the motion passed, or refused by the fund (see grantProblem).',
  })
  @Column({
    type: 'enum',
    enum: FundingGrantStatus,
    enumName: 'funding_grant_status',
    default: FundingGrantStatus.PENDING,
  })
  grantStatus: FundingGrantStatus;

  @Field(() => String, {
    nullable: true,
    description: 'NOT_MADE: the reason code of the fund’s refusal (e.g. InsufficientFunds).',
  })
  @Column('text', { nullable: true })
  grantProblemReason: string | null;

  @Field(() => String, { nullable: true, description: 'NOT_MADE: the fund’s refusal, in English.' })
  @Column('text', { nullable: true })
  grantProblem: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'NOT_MADE: when the fund refused.' })
  @Column('timestamptz', { nullable: true })
  grantRefusedAt: Date | null;
}
