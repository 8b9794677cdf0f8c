import { ReportingRequirement } from './reporting-requirement.entity';
import { Metric } from '../metrics/metric.entity';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The target of one metric for one reporting period (derived from the grant metric's targets). */
@ObjectType()
@Entity('requirement_metric_target')
@Index(['metricId'])
// The outcome roll-up reads one collaborative's period targets (bench/: a full scan otherwise).
@Index('requirement_metric_target_collaborative', ['collaborativeId'])
export class RequirementMetricTarget {
  @PrimaryColumn('uuid')
  requirementId: string;

  @ManyToOne(() => ReportingRequirement, { nullable: false })
  @JoinColumn({
    name: 'requirement_id',
    foreignKeyConstraintName: 'requirement_metric_target_requirement_fk',
  })
  requirement?: ReportingRequirement;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  metricId: string;

  @ManyToOne(() => Metric, { nullable: false })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'requirement_metric_target_metric_fk' })
  metric?: Metric;

  @Column('uuid')
  collaborativeId: string;

  @Column('uuid')
  grantId: string;

  @Field(() => Int)
  @Column('int')
  target: number;
}
