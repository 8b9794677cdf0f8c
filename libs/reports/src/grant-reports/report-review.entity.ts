import { GrantReport } from './grant-report.entity';
import { ReportSection } from '@braid/contracts';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

export enum ReviewDecision {
  ACCEPTED = 'ACCEPTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@ObjectType()
export class SectionComment {
  @Field(() => ReportSection)
  section: ReportSection;

  @Field()
  comment: string;
}

/** A reviewer's decision on one version, with comments per section. Never changed (trigger). */
@ObjectType()
@Entity('report_review')
@Index('report_review_one_per_version', ['reportId'], { unique: true })
export class ReportReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  collaborativeId: string;

  @Column('uuid')
  recipientOrganizationId: string;

  @Field(() => ID)
  @Column('uuid')
  reportId: string;

  @ManyToOne(() => GrantReport, { nullable: false })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_review_report_fk' })
  report?: GrantReport;

  @Field(() => ReviewDecision)
  @Column({ type: 'enum', enum: ReviewDecision, enumName: 'report_review_decision' })
  decision: ReviewDecision;

  @Field(() => [SectionComment])
  @Column('jsonb', { default: () => `'[]'` })
  comments: SectionComment[];

  @Column('uuid')
  reviewerUserId: string;

  @Field()
  @Column('text')
  reviewerName: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
