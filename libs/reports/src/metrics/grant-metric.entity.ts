import { Metric } from './metric.entity';
import { Grant } from '@braid/funds';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A metric a grant reports against, with its target for the whole grant and, when the target
 * changes over the years (e.g. "50 survivors in year one, 100 in years two and three"), per grant
 * year. The targets per reporting period are derived from these (requirement-targets.ts).
 */
@ObjectType()
@Entity('grant_metric')
@Index('grant_metric_one_per_grant', ['grantId', 'metricId'], { unique: true })
@Index(['metricId'])
// The outcome roll-up reads one collaborative's grant metrics (bench/: a full scan otherwise).
@Index('grant_metric_collaborative', ['collaborativeId'])
@Check('grant_metric_target_not_negative', 'target >= 0')
export class GrantMetric {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @Field(() => ID)
  @Column('uuid')
  grantId: string;

  @ManyToOne(() => Grant, { nullable: false })
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'grant_metric_grant_fk' })
  grant?: Grant;

  @Column('uuid')
  recipientOrganizationId: string;

  @Field(() => ID)
  @Column('uuid')
  metricId: string;

  @ManyToOne(() => Metric, { nullable: false })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'grant_metric_metric_fk' })
  metric?: Metric;

  @Field(() => Int, { description: 'The target for the whole grant.' })
  @Column('int')
  target: number;

  @Field(() => [Int], {
    description: 'Targets per grant year (year one first); empty when the target is spread evenly.',
  })
  @Column('int', { array: true, default: '{}' })
  yearTargets: number[];
}
