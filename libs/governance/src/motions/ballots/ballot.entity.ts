import { BallotChoice } from '@braid/contracts';
import { Seat } from '@braid/collaboratives';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Motion } from '../motion.entity';

registerEnumType(BallotChoice, { name: 'BallotChoice' });

/**
 * One seat's ballot on one motion; the unique index makes a second concurrent cast impossible.
 * For a secret motion this row only says that the seat has voted: its choice is NULL (a check
 * constraint holds it so) and the choice lives in the motion's SecretBallotBox, unlinked.
 */
@ObjectType()
@Entity('ballot')
@Index('ballot_one_per_seat', ['motionId', 'seatId'], { unique: true })
@Check('ballot_secret_has_no_choice', '(secret AND choice IS NULL) OR (NOT secret AND choice IS NOT NULL)')
export class Ballot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  motionId: string;

  @ManyToOne(() => Motion, { nullable: false })
  @JoinColumn({ name: 'motion_id' })
  motion?: Motion;

  @Field(() => ID)
  @Column('uuid')
  seatId: string;

  @ManyToOne(() => Seat, { nullable: false })
  @JoinColumn({ name: 'seat_id' })
  seat?: Seat;

  @Field()
  @Column('boolean')
  secret: boolean;

  @Field(() => BallotChoice, { nullable: true, description: 'Null on secret motions, always.' })
  @Column({ type: 'enum', enum: BallotChoice, enumName: 'ballot_choice', nullable: true })
  choice: BallotChoice | null;

  @Field(() => ID)
  @Column('uuid')
  castByUserId: string;

  @Field({ description: "Cast by the seat's alternate, the holder being absent." })
  @Column('boolean', { default: false })
  castByAlternate: boolean;

  /** Bumped on every change; a secret ballot's receipt names the version it belongs to. */
  @Column('int', { default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  castAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
