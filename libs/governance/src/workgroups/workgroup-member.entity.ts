import { User } from '@braid/identity';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Workgroup } from './workgroup.entity';

/** A person's place in a workgroup; leads are members too. The enricher reads this table. */
@ObjectType()
@Entity('workgroup_member')
@Index(['userId'])
export class WorkgroupMember {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  workgroupId: string;

  @ManyToOne(() => Workgroup, { nullable: false })
  @JoinColumn({ name: 'workgroup_id' })
  workgroup?: Workgroup;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('uuid')
  collaborativeId: string;

  @Field({ description: 'Leads post and manage the action items and meetings of the workgroup.' })
  @Column('boolean', { default: false })
  lead: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
