import { Sector } from '@braid/contracts';
import { LocalDateScalar } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { User } from '@braid/identity';
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
import { Collaborative } from './collaborative.entity';
import { Organization } from './organization.entity';

/**
 * A place on the leadership team representing a sector. The holder votes; the alternate votes
 * only when the holder is recorded absent. A person holds at most one voting seat per
 * collaborative, which the partial unique index enforces even under concurrent assignments.
 */
@ObjectType()
@Entity('seat')
@Index('seat_one_voting_seat_per_person', ['collaborativeId', 'holderUserId'], {
  unique: true,
  where: 'voting AND holder_user_id IS NOT NULL',
})
@Index('seat_name_unique', ['collaborativeId', 'name'], { unique: true })
@Check('seat_alternate_is_not_holder', 'alternate_user_id IS NULL OR alternate_user_id <> holder_user_id')
@Check('seat_term_in_order', 'term_end IS NULL OR term_start IS NULL OR term_end >= term_start')
export class Seat {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field({ description: 'e.g. "Resident seat 1", "Health Plan of San Joaquin".' })
  @Column('text')
  name: string;

  @Field(() => Sector)
  @Column({ type: 'enum', enum: Sector, enumName: 'sector' })
  sector: Sector;

  @Field(() => ID, { nullable: true, description: 'The organization this seat represents, if any.' })
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  holderUserId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'holder_user_id' })
  holder?: User;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  alternateUserId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'alternate_user_id' })
  alternate?: User;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column('date', { nullable: true })
  termStart: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column('date', { nullable: true })
  termEnd: string | null;

  @Field({ description: 'Non-voting seats (ex officio, liaison) attend but do not vote.' })
  @Column('boolean', { default: true })
  voting: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
