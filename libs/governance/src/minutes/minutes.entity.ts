import { MinutesStatus } from '@braid/contracts';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Meeting } from '../meetings/meeting.entity';
import { Motion } from '../motions/motion.entity';

registerEnumType(MinutesStatus, { name: 'MinutesStatus' });

/**
 * The record of a meeting. DRAFT → CIRCULATED → APPROVED, approval only by a passed
 * MINUTES_APPROVAL motion at a later meeting. Approved minutes never change (a trigger refuses it
 * even to SQL); a correction is a new version that points at the one it corrects.
 */
@ObjectType()
@Entity('minutes')
@Index('minutes_version_unique', ['meetingId', 'version'], { unique: true })
@Index('minutes_one_correction', ['previousVersionId'], {
  unique: true,
  where: 'previous_version_id IS NOT NULL',
})
export class Minutes {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => Meeting, { nullable: false })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  /** The meeting's, copied so that access rules can name it (workgroup leads draft their own). */
  @Column('uuid', { nullable: true })
  workgroupId: string | null;

  /** The meeting's delegated note-taker, copied for the same reason. */
  @Column('uuid', { nullable: true })
  noteTakerUserId: string | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;

  @Field(() => ID, { nullable: true, description: 'The approved version this one corrects.' })
  @Column('uuid', { nullable: true })
  previousVersionId: string | null;

  @ManyToOne(() => Minutes, { nullable: true })
  @JoinColumn({ name: 'previous_version_id' })
  previousVersion?: Relation<Minutes>;

  @Field(() => MinutesStatus)
  @Column({ type: 'enum', enum: MinutesStatus, enumName: 'minutes_status', default: MinutesStatus.DRAFT })
  status: MinutesStatus;

  @Field()
  @Column('text')
  body: string;

  @Field(() => ID)
  @Column('uuid')
  draftedByUserId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  circulatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  approvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The passed MINUTES_APPROVAL motion.' })
  @Column('uuid', { nullable: true })
  approvedByMotionId: string | null;

  @ManyToOne(() => Motion, { nullable: true })
  @JoinColumn({ name: 'approved_by_motion_id' })
  approvedByMotion?: Relation<Motion>;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
