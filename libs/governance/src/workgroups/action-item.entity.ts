import { ActionItemStatus } from '@braid/contracts';
import { LocalDateScalar } from '@braid/kernel';
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
import { Workgroup } from './workgroup.entity';

registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

/** Something a workgroup committed to do: an owner, a due date, a status and its progress notes. */
@ObjectType()
@Entity('action_item')
@Index(['workgroupId', 'createdAt'])
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  workgroupId: string;

  @ManyToOne(() => Workgroup, { nullable: false })
  @JoinColumn({ name: 'workgroup_id' })
  workgroup?: Workgroup;

  @Field()
  @Column('text')
  title: string;

  @Field(() => ID)
  @Column('uuid')
  ownerUserId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: User;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column('date', { nullable: true })
  dueOn: string | null;

  @Field(() => ActionItemStatus)
  @Column({
    type: 'enum',
    enum: ActionItemStatus,
    enumName: 'action_item_status',
    default: ActionItemStatus.OPEN,
  })
  status: ActionItemStatus;

  @Column('uuid')
  createdByUserId: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
