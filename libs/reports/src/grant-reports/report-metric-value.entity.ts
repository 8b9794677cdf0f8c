import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The partner's count of one metric for the report's period. */
@ObjectType()
@Entity('report_metric_value')
@Index(['metricId'])
@Check('report_metric_value_not_negative', 'value >= 0')
export class ReportMetricValue {
  @PrimaryColumn('uuid')
  reportId: string;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  metricId: string;

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
