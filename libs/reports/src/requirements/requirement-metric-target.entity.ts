import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The target of one metric for one reporting period (derived from the grant metric's targets). */
@ObjectType()
@Entity('requirement_metric_target')
@Index(['metricId'])
export class RequirementMetricTarget {
  @PrimaryColumn('uuid')
  requirementId: string;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  metricId: string;

  @Column('uuid')
  collaborativeId: string;

  @Column('uuid')
  grantId: string;

  @Field(() => Int)
  @Column('int')
  target: number;
}
