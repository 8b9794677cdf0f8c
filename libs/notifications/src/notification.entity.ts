import { NotificationCategory } from '@braid/contracts';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Collaborative } from '@braid/collaboratives';
import { User } from '@braid/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

registerEnumType(NotificationCategory, {
  name: 'NotificationCategory',
  description: 'What a person chooses how to hear about: preferences are per category.',
});

/** Where the email of one notification stands. */
export enum NotificationEmailState {
  /** An email job is queued (the person hears about this category immediately). */
  QUEUED = 'QUEUED',
  /** Waits for the person's daily digest. */
  DIGEST = 'DIGEST',
  SENT = 'SENT',
  /** Not sent: the person chose NEVER, or left the collaborative before it went out. */
  SKIPPED = 'SKIPPED',
}

/**
 * One thing one person was told, in one collaborative. Its words are not stored: the inbox and the
 * email word it from `kind` and `figures` in the reader's language when they read it.
 */
@ObjectType()
@Entity('notification')
@Index('notification_once_per_key', ['userId', 'dedupeKey'], { unique: true })
@Index('notification_inbox', ['userId', 'seq'])
// Reminder sweeps skip what a key already recorded, whoever it went to.
@Index('notification_by_key', ['dedupeKey'])
@Index('notification_awaiting_digest', ['collaborativeId', 'userId'], { where: `email_state = 'DIGEST'` })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Insertion order, for keyset pagination (an exact value, unlike a timestamp read into a Date). */
  @Column('bigint')
  @Generated('increment')
  seq: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field({ description: 'A NotificationKind of @braid/contracts, e.g. MOTION_OPENED.' })
  @Column('text')
  kind: string;

  @Field(() => NotificationCategory)
  @Column({ type: 'enum', enum: NotificationCategory, enumName: 'notification_category' })
  category: NotificationCategory;

  @Field({ description: 'The type of record it is about: Motion, ActionItem, Meeting, Grant...' })
  @Column('text')
  aboutType: string;

  @Field(() => ID)
  @Column('text')
  aboutId: string;

  @Field({ description: 'Where the web app shows it, a path such as /motions/<id>.' })
  @Column('text')
  link: string;

  @Column('jsonb')
  figures: Record<string, unknown>;

  @Column('text')
  dedupeKey: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  readAt: Date | null;

  @Column({ type: 'enum', enum: NotificationEmailState, enumName: 'notification_email_state' })
  emailState: NotificationEmailState;

  @Column('timestamptz', { nullable: true })
  emailedAt: Date | null;

  /** When it went out in a daily digest. */
  @Column('timestamptz', { nullable: true })
  digestedAt: Date | null;

  /** Worded for the reader when read (not a column). */
  @Field({ description: "What happened, in the reader's language: the subject of its email." })
  headline: string;
}
