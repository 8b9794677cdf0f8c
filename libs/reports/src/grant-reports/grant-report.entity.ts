import { ReportingRequirement } from '../requirements/reporting-requirement.entity';
import { Grant } from '@braid/funds';
import { GrantReportStatus } from '@braid/contracts';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

registerEnumType(GrantReportStatus, { name: 'GrantReportStatus' });

/**
 * One version of a partner's report for one requirement. A DRAFT is saved as the partner types
 * (partial content allowed); once submitted a version never changes (a trigger refuses it), and
 * changes the reviewer asks for come as the next version. `collaborativeId` and
 * `recipientOrganizationId` are copied from the grant for the access rules.
 */
@ObjectType()
@Entity('grant_report')
@Index('grant_report_version_unique', ['requirementId', 'version'], { unique: true })
@Index('grant_report_one_accepted', ['requirementId'], { unique: true, where: `status = 'ACCEPTED'` })
@Index('grant_report_one_draft', ['requirementId'], { unique: true, where: `status = 'DRAFT'` })
@Index(['collaborativeId', 'status'])
@Index(['recipientOrganizationId'])
@Index(['grantId'])
@Check('grant_report_version_positive', 'version >= 1')
export class GrantReport {
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
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'grant_report_grant_fk' })
  grant?: Grant;

  @Field(() => ID)
  @Column('uuid')
  recipientOrganizationId: string;

  @Field(() => ID)
  @Column('uuid')
  requirementId: string;

  @ManyToOne(() => ReportingRequirement, { nullable: false })
  @JoinColumn({ name: 'requirement_id', foreignKeyConstraintName: 'grant_report_requirement_fk' })
  requirement?: ReportingRequirement;

  @Field(() => Int, { description: '1 for the first submission; each resubmission is the next version.' })
  @Column('int')
  version: number;

  @Field(() => GrantReportStatus)
  @Column({ type: 'enum', enum: GrantReportStatus, enumName: 'grant_report_status' })
  status: GrantReportStatus;

  @Field()
  @Column('text', { default: '' })
  narrative: string;

  @Field(() => Int, {
    description: 'Bumped by every save of the draft; a save naming an older revision is refused (two tabs).',
  })
  @Column('int', { default: 0 })
  revision: number;

  @Column('uuid')
  createdByUserId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @Column('uuid', { nullable: true })
  submittedByUserId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  reviewedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
