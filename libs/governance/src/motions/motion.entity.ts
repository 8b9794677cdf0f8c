import { MotionKind, MotionOutcome, MotionStatus } from '@braid/contracts';
import { User } from '@braid/identity';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Meeting } from '../meetings/meeting.entity';
import { Minutes } from '../minutes/minutes.entity';

registerEnumType(MotionKind, { name: 'MotionKind' });
registerEnumType(MotionStatus, { name: 'MotionStatus' });
registerEnumType(MotionOutcome, { name: 'MotionOutcome' });

/**
 * A question put to the leadership team at one of its meetings. DRAFT → OPEN → CLOSED (with an
 * outcome the system computes: PASSED, FAILED or NO_QUORUM), or WITHDRAWN.
 */
@ObjectType()
@Entity('motion')
@Index(['collaborativeId', 'createdAt'])
@Index(['meetingId'])
@Index('motion_collaborative_seq', ['collaborativeId', 'seq'], { unique: true })
@Check('motion_outcome_when_closed', `(status = 'CLOSED') = (outcome IS NOT NULL)`)
@Check('motion_minutes_when_approval', `(kind = 'MINUTES_APPROVAL') = (minutes_id IS NOT NULL)`)
export class Motion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  /**
   * The order motions were moved in, as an exact integer: the decisions list pages through it
   * (newest first) with a keyset cursor, which a timestamp's microseconds would not survive.
   */
  @Column('bigint')
  @Generated('increment')
  seq: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => Meeting, { nullable: false })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  @Field(() => MotionKind)
  @Column({ type: 'enum', enum: MotionKind, enumName: 'motion_kind' })
  kind: MotionKind;

  @Field()
  @Column('text')
  title: string;

  @Field({ description: 'The resolution as moved ("Resolved, that ...").' })
  @Column('text', { default: '' })
  text: string;

  @Field({ description: 'Secret ballot: nobody can learn who chose what, only the counts once it closes.' })
  @Column('boolean', { default: false })
  secret: boolean;

  @Field(() => MotionStatus)
  @Column({ type: 'enum', enum: MotionStatus, enumName: 'motion_status', default: MotionStatus.DRAFT })
  status: MotionStatus;

  @Field(() => MotionOutcome, { nullable: true })
  @Column({ type: 'enum', enum: MotionOutcome, enumName: 'motion_outcome', nullable: true })
  outcome: MotionOutcome | null;

  @Field(() => ID)
  @Column('uuid')
  movedByUserId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'moved_by_user_id' })
  movedBy?: User;

  @Field(() => ID, { nullable: true, description: 'For MINUTES_APPROVAL: the minutes it approves.' })
  @Column('uuid', { nullable: true })
  minutesId: string | null;

  @ManyToOne(() => Minutes, { nullable: true })
  @JoinColumn({ name: 'minutes_id' })
  minutes?: Relation<Minutes>;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  openedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  closedByUserId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
