import { Collaborative } from '@braid/collaboratives';
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

/**
 * An outcome a collaborative counts, e.g. "non-duplicated clients enrolled" (unit "clients"). A
 * small catalogue per collaborative: grants that report the same metric can be summed.
 */
@ObjectType()
@Entity('report_metric')
@Index('report_metric_name_unique', { synchronize: false })
export class Metric {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id', foreignKeyConstraintName: 'report_metric_collaborative_fk' })
  collaborative?: Collaborative;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'What is counted, e.g. "clients", "people", "survivors".' })
  @Column('text')
  unit: string;

  @Field()
  @Column('text', { default: '' })
  description: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
