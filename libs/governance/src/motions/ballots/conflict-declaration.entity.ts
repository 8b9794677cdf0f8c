import { ConflictSource } from '@braid/contracts';
import { Seat } from '@braid/collaboratives';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Motion } from '../motion.entity';

registerEnumType(ConflictSource, { name: 'ConflictSource' });

/**
 * A seat's conflict of interest on a motion: recorded automatically for the recipient's seats
 * when a FUNDING motion opens, or declared by the member with a reason. The seat recuses: it
 * cannot vote and counts neither toward quorum nor the threshold base. Never edited nor deleted.
 */
@ObjectType()
@Entity('conflict_declaration')
@Index('conflict_one_per_seat', ['motionId', 'seatId'], { unique: true })
export class ConflictDeclaration {
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

  @Field(() => ConflictSource)
  @Column({ type: 'enum', enum: ConflictSource, enumName: 'conflict_source' })
  source: ConflictSource;

  @Field()
  @Column('text')
  reason: string;

  @Field(() => ID, { nullable: true, description: 'Null when recorded automatically.' })
  @Column('uuid', { nullable: true })
  declaredByUserId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  declaredAt: Date;
}
