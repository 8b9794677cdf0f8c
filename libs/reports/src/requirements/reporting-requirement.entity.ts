import { Grant } from '@braid/funds';
import { ReportSection } from '@braid/contracts';
import { LocalDateScalar } from '@braid/kernel';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(ReportSection, { name: 'ReportSection' });

/**
 * A report a grant's partner owes: the period it covers, when it is due, the sections it must
 * have. Made from the grant's reporting schedule when the grant is created (GrantCreated), so
 * the dates are the grant's, never typed twice. `recipientOrganizationId` is copied from the
 * grant so a partner's access rule is a plain column condition.
 */
@ObjectType()
@Entity('reporting_requirement')
@Index('reporting_requirement_sequence_unique', ['grantId', 'sequence'], { unique: true })
@Index('reporting_requirement_page', ['collaborativeId', 'dueOn', 'sequence', 'id'])
@Index(['recipientOrganizationId'])
@Check('reporting_requirement_period_in_order', 'period_end >= period_start')
export class ReportingRequirement {
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
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'reporting_requirement_grant_fk' })
  grant?: Grant;

  @Field(() => ID)
  @Column('uuid')
  recipientOrganizationId: string;

  @Field(() => Int, { description: 'The report number within the grant, from 1.' })
  @Column('int')
  sequence: number;

  @Field({
    description: 'What the report covers, as the grant schedule says, e.g. "2026-01-01 to 2026-03-31".',
  })
  @Column('text')
  covers: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  periodStart: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  periodEnd: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  dueOn: string;

  @Field(() => [ReportSection])
  @Column({ type: 'enum', enum: ReportSection, enumName: 'report_section', array: true })
  requiredSections: ReportSection[];
}
