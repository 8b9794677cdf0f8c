import { InvitationStatus, Role } from '@braid/contracts';
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
} from 'typeorm';
import { Collaborative } from './collaborative.entity';
import { Organization } from './organization.entity';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/** An administrator's invitation to join; the token is shown once, only its hash is kept. */
@ObjectType()
@Entity('invitation')
@Index(['collaborativeId', 'createdAt'])
export class Invitation {
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
  email: string;

  @Field()
  @Column('text')
  displayName: string;

  @Field(() => [Role])
  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles: Role[];

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column('text', { unique: true })
  tokenHash: string;

  @Field(() => ID)
  @Column('uuid')
  invitedByUserId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: User;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  expiresAt: Date;

  /** PENDING, ACCEPTED or REVOKED as stored; EXPIRED is computed from expiresAt. */
  @Column({
    type: 'enum',
    enum: [InvitationStatus.PENDING, InvitationStatus.ACCEPTED, InvitationStatus.REVOKED],
    enumName: 'invitation_status',
    default: InvitationStatus.PENDING,
  })
  storedStatus: InvitationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  acceptedUserId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'accepted_user_id' })
  acceptedUser?: User;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => InvitationStatus)
  get status(): InvitationStatus {
    if (this.storedStatus === InvitationStatus.PENDING && this.expiresAt.getTime() <= Date.now()) {
      return InvitationStatus.EXPIRED;
    }
    return this.storedStatus;
  }
}
