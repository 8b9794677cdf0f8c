import { MembershipStatus, Role } from '@braid/contracts';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@braid/identity';
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
import { Collaborative } from './collaborative.entity';
import { Organization } from './organization.entity';

registerEnumType(Role, { name: 'Role', description: "A person's role in one collaborative." });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

/** A person's place in one collaborative: their roles and the organization they speak for. */
@ObjectType()
@Entity('membership')
@Index('membership_one_per_person', ['collaborativeId', 'userId'], { unique: true })
@Index(['userId'])
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => [Role])
  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles: Role[];

  @Field(() => ID, {
    nullable: true,
    description: 'For partner contacts: the funded organization they work for.',
  })
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => MembershipStatus)
  @Column({
    type: 'enum',
    enum: MembershipStatus,
    enumName: 'membership_status',
    default: MembershipStatus.ACTIVE,
  })
  status: MembershipStatus;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
