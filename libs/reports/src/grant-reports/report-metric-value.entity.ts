import { Metric } from '../metrics/metric.entity';
import { GrantReport } from './grant-report.entity';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The partner's count of one metric for the report's period. */
@ObjectType()
@Entity('report_metric_value')
@Index(['metricId'])
@Check('report_metric_value_not_negative', 'value >= 0')
export class ReportMetricValue {
  @PrimaryColumn('uuid')
  reportId: string;

  @ManyToOne(() => GrantReport, { nullable: false })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_metric_value_report_fk' })
  report?: GrantReport;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  metricId: string;

  @ManyToOne(() => Metric, { nullable: false })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'report_metric_value_metric_fk' })
  metric?: Metric;

  @Column('uuid')
  collaborativeId: string;

  @Column('uuid')
  recipientOrganizationId: string;

  @Field(() => Int)
  @Column('int')
  value: number;

  @Field()
  @Column('text', { default: '' })
  note: string;
}
