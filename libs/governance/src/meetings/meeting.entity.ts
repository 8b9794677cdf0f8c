import { MeetingStatus } from '@braid/contracts';
import { Collaborative } from '@braid/collaboratives';
import { User } from '@braid/identity';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Workgroup } from '../workgroups/workgroup.entity';

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

/** A meeting of the leadership team (workgroupId null) or of one workgroup. */
@ObjectType()
@Entity('meeting')
@Index(['collaborativeId', 'scheduledAt'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field(() => ID, { nullable: true, description: 'Null for a meeting of the leadership team.' })
  @Column('uuid', { nullable: true })
  workgroupId: string | null;

  @ManyToOne(() => Workgroup, { nullable: true })
  @JoinColumn({ name: 'workgroup_id' })
  workgroup?: Workgroup;

  @Field()
  @Column('text')
  title: string;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  scheduledAt: Date;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  remoteLink: string | null;

  @Field(() => MeetingStatus)
  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.SCHEDULED })
  status: MeetingStatus;

  @Field(() => ID, { nullable: true, description: 'The delegated note-taker, who may draft the minutes.' })
  @Column('uuid', { nullable: true })
  noteTakerUserId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'note_taker_user_id' })
  noteTaker?: User;

  @Column('uuid')
  createdByUserId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
