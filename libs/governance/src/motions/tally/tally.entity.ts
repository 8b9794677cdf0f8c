import { MotionOutcome, Sector, ThresholdRule } from '@braid/contracts';
import { GraphQLJSON } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Motion } from '../motion.entity';

@ObjectType({ description: "A sector's part of quorum: how many of its seats had to be, and were, present." })
export class SectorQuorum {
  @Field(() => Sector)
  sector: Sector;

  @Field(() => Int)
  minimumPresent: number;

  @Field(() => Int)
  present: number;

  @Field()
  met: boolean;
}

/** A seat as it stood when the motion closed: who could count toward quorum and the base. */
export interface RosterEntry {
  seatId: string;
  sector: Sector;
}

/**
 * The result of a vote, computed by the system when the motion closes, in the closing
 * transaction, and never typed in. It keeps what could change afterwards (the roster, who was
 * present, the rules), so that `recomputeTally` can count the ballots again and compare. A
 * trigger refuses UPDATE and DELETE.
 */
@ObjectType()
@Entity('tally')
export class Tally {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  motionId: string;

  @OneToOne(() => Motion, { nullable: false })
  @JoinColumn({ name: 'motion_id' })
  motion?: Motion;

  @Column('uuid')
  collaborativeId: string;

  @Field(() => Int)
  @Column('int')
  yes: number;

  @Field(() => Int)
  @Column('int')
  no: number;

  @Field(() => Int)
  @Column('int')
  abstain: number;

  @Field(() => Int, { description: 'Ballots of seats that could vote (recused seats have none).' })
  @Column('int')
  ballotsCast: number;

  @Field(() => [ID], {
    description: 'Conflicted seats: they did not vote and count toward neither quorum nor base.',
  })
  @Column('uuid', { array: true })
  recusedSeatIds: string[];

  @Field(() => [ID], { description: 'Seats present (holder or alternate) that were not recused.' })
  @Column('uuid', { array: true })
  presentSeatIds: string[];

  @Column('jsonb')
  roster: RosterEntry[];

  @Field(() => Int, { description: 'Filled voting seats, less recused ones: the base of quorum.' })
  @Column('int')
  filledSeats: number;

  @Field(() => Int)
  @Column('int')
  quorumRequired: number;

  @Field(() => [SectorQuorum])
  @Column('jsonb')
  sectorQuorum: SectorQuorum[];

  @Field()
  @Column('boolean')
  quorumMet: boolean;

  @Field(() => ThresholdRule, {
    description: 'The threshold that applied (the stricter one above the spending limit).',
  })
  @Column({ type: 'enum', enum: ThresholdRule, enumName: 'threshold_rule' })
  threshold: ThresholdRule;

  @Field(() => Int, { description: 'What the threshold is taken of: votes cast, or filled seats.' })
  @Column('int')
  thresholdBase: number;

  @Field(() => Int)
  @Column('int')
  yesRequired: number;

  @Field(() => MotionOutcome)
  @Column({ type: 'enum', enum: MotionOutcome, enumName: 'motion_outcome' })
  outcome: MotionOutcome;

  @Field(() => GraphQLJSON, { description: 'The voting rules as they were when the motion closed.' })
  @Column('jsonb')
  rules: object;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz', { default: () => 'now()' })
  computedAt: Date;
}
