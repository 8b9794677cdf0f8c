import { WorkgroupStatus } from '@braid/contracts';
import { Collaborative } from '@braid/collaboratives';
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

registerEnumType(WorkgroupStatus, { name: 'WorkgroupStatus' });

/** A standing group of the collaborative (e.g. Trauma-Informed Care) with leads, members and action items. */
@ObjectType()
@Entity('workgroup')
@Index('workgroup_name_unique', ['collaborativeId', 'name'], { unique: true })
export class Workgroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('text', { default: '' })
  purpose: string;

  @Field(() => WorkgroupStatus)
  @Column({
    type: 'enum',
    enum: WorkgroupStatus,
    enumName: 'workgroup_status',
    default: WorkgroupStatus.ACTIVE,
  })
  status: WorkgroupStatus;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
