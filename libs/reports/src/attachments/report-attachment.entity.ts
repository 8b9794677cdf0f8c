import { GrantReport } from '../grant-reports/grant-report.entity';
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
} from 'typeorm';

/** Evidence attached to a report version; the bytes live in ReportStorage under `storageKey`. */
@ObjectType()
@Entity('report_attachment')
@Index(['reportId'])
@Check('report_attachment_size_positive', 'size_bytes > 0')
export class ReportAttachment {
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
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_attachment_report_fk' })
  report?: GrantReport;

  @Field()
  @Column('text')
  fileName: string;

  @Field({ description: 'The type Braid recognised from the file itself, e.g. "application/pdf".' })
  @Column('text')
  contentType: string;

  @Field(() => Int)
  @Column('int')
  sizeBytes: number;

  @Field()
  @Column('text')
  sha256: string;

  /** Shared by the copies a new version makes of its predecessor's attachments. */
  @Column('text')
  storageKey: string;

  @Column('uuid')
  uploadedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Where a reader of the report downloads it (session cookie).' })
  get downloadUrl(): string {
    return `/api/report-attachments/${this.id}`;
  }
}
