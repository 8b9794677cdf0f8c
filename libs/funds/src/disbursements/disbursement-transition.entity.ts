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
import { DisbursementStatus } from './disbursement-status';
import { Disbursement } from './disbursement.entity';

/** The history of a tranche: every move of its lifecycle, who made it and why. */
@ObjectType()
@Entity('disbursement_transition')
@Index(['disbursementId', 'id'])
export class DisbursementTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  disbursementId: string;

  @ManyToOne(() => Disbursement, { nullable: false })
  @JoinColumn({ name: 'disbursement_id' })
  disbursement?: Disbursement;

  @Field(() => DisbursementStatus, { nullable: true, description: 'Null when the tranche was scheduled.' })
  @Column({ type: 'enum', enum: DisbursementStatus, enumName: 'disbursement_status', nullable: true })
  fromStatus: DisbursementStatus | null;

  @Field(() => DisbursementStatus)
  @Column({ type: 'enum', enum: DisbursementStatus, enumName: 'disbursement_status' })
  toStatus: DisbursementStatus;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  ledgerTransactionId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  byUserId: string | null;

  @Field()
  @Column('text')
  byName: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
