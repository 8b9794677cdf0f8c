import { ActionItemStatus } from '@braid/contracts';
import { User } from '@braid/identity';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ActionItem } from './action-item.entity';

/**
 * A progress note on an action item, with its author and time. Append-only: a trigger refuses
 * UPDATE and DELETE, so the story of an item cannot be rewritten afterwards.
 */
@ObjectType()
@Entity('action_update')
@Index(['actionItemId', 'createdAt'])
export class ActionUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  collaborativeId: string;

  @Column('uuid')
  workgroupId: string;

  @Field(() => ID)
  @Column('uuid')
  actionItemId: string;

  @ManyToOne(() => ActionItem, { nullable: false })
  @JoinColumn({ name: 'action_item_id' })
  actionItem?: ActionItem;

  @Field(() => ID)
  @Column('uuid')
  authorUserId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  @Field()
  @Column('text')
  note: string;

  @Field(() => ActionItemStatus, {
    nullable: true,
    description: 'The status the item had before this update, if it changed.',
  })
  @Column({ type: 'enum', enum: ActionItemStatus, enumName: 'action_item_status', nullable: true })
  statusFrom: ActionItemStatus | null;

  @Field(() => ActionItemStatus, {
    nullable: true,
    description: 'The status this update moved the item to, if it changed.',
  })
  @Column({ type: 'enum', enum: ActionItemStatus, enumName: 'action_item_status', nullable: true })
  statusTo: ActionItemStatus | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
