import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { Organization } from '@braid/collaboratives';
import { Collaborative } from '@braid/collaboratives';
import { LocalDateScalar, Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

export enum GrantOrigin {
  /** Created by the FundingMotionPassed event of a passed FUNDING motion. */
  FUNDING_MOTION = 'FUNDING_MOTION',
  /** Entered by a fund administrator, referencing the motion that approved it. */
  FUND_ADMINISTRATOR = 'FUND_ADMINISTRATOR',
}
registerEnumType(GrantOrigin, { name: 'GrantOrigin' });

/** A report the partner owes (docs/DOMAIN-GUIDE.md, "Reports and outcomes"); the reports library builds on these. */
@ObjectType()
export class ReportDue {
  @Field(() => LocalDateScalar)
  dueOn: string;

  @Field({ description: 'What the report covers, e.g. "Quarter ending 2026-03-31".' })
  covers: string;
}

/** A metric the partner reports against, e.g. "non-duplicated clients enrolled: target 500". */
@ObjectType()
export class MetricTarget {
  @Field()
  name: string;

  @Field(() => Int)
  target: number;

  @Field(() => String, { nullable: true, description: 'The period the target applies to, e.g. "Year one".' })
  period?: string | null;
}

/**
 * Money the leadership team awarded to a funded organization by a passed FUNDING motion, drawing
 * on one or more funding streams (GrantAllocation) and paid in tranches (Disbursement).
 * The table is `grant_award` because GRANT is a reserved word in SQL.
 */
@ObjectType()
@Entity('grant_award')
@Index(['collaborativeId', 'createdAt'])
// Keyset pages of `grants` (ORDER BY id after the tenant or recipient filter): read in index order
// and stopped after one page, instead of sorting the whole collaborative's grants.
@Index('grant_award_page', ['collaborativeId', 'id'])
@Index('grant_award_recipient_page', ['recipientOrganizationId', 'id'])
@Check('grant_award_amount_positive', 'amount_cents > 0')
@Check('grant_award_amount_at_most_max', `amount_cents <= ${MAX_AMOUNT_CENTS}`)
@Check('grant_award_period_in_order', 'period_end >= period_start')
export class Grant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  /**
   * The passed FUNDING motion that approved it: one grant per motion. The database keeps the
   * reference (a foreign key named by entity, so funds does not import governance's class); funds
   * learns about the motion through governance's reads (fundingApprovalOf, motionTitlesOf).
   */
  @Field(() => ID)
  @Index('grant_award_one_per_motion', { unique: true })
  @ForeignKey('Motion', { name: 'FK_b474328a7d0476bc169edbb8668' })
  @Column('uuid')
  approvingMotionId: string;


  @Field(() => GrantOrigin)
  @Column({ type: 'enum', enum: GrantOrigin, enumName: 'grant_origin' })
  origin: GrantOrigin;

  @Field(() => ID)
  @Column('uuid')
  recipientOrganizationId: string;

  @ManyToOne(() => Organization, { nullable: false })
  @JoinColumn({ name: 'recipient_organization_id' })
  recipientOrganization?: Organization;

  @Field()
  @Column('text')
  title: string;

  @Field({ description: "What the money is for; a restricted stream's allowed purposes must include it." })
  @Column('text')
  purpose: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The workgroup the grant serves, for workgroup-restricted streams.',
  })
  @Column('uuid', { nullable: true })
  workgroupId: string | null;

  @Field(() => LocalDateScalar)
  @Column('date')
  periodStart: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  periodEnd: string;

  @Field(() => Money, { description: 'The amount awarded by the motion.' })
  @Column(() => Money, { prefix: 'amount' })
  amount: Money;

  @Field(() => [ReportDue])
  @Column('jsonb', { default: () => `'[]'` })
  reportingSchedule: ReportDue[];

  @Field(() => [MetricTarget])
  @Column('jsonb', { default: () => `'[]'` })
  metricTargets: MetricTarget[];

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
