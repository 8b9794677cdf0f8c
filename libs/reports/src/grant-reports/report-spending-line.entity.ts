import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { GrantReport } from './grant-report.entity';
import { Money } from '@braid/kernel';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** What the partner spent on one budget line in the report's period. */
@ObjectType()
@Entity('report_spending_line')
@Index('report_spending_line_position_unique', ['reportId', 'position'], { unique: true })
@Check('report_spending_line_not_negative', 'amount_cents >= 0')
@Check('report_spending_line_at_most_max', `amount_cents <= ${MAX_AMOUNT_CENTS}`)
export class ReportSpendingLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  collaborativeId: string;

  @Column('uuid')
  recipientOrganizationId: string;

  @Column('uuid')
  reportId: string;

  @ManyToOne(() => GrantReport, { nullable: false })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_spending_line_report_fk' })
  report?: GrantReport;

  @Field(() => Int)
  @Column('int')
  position: number;

  @Field({ description: 'The budget line, e.g. "Case managers (2 FTE)".' })
  @Column('text')
  budgetLine: string;

  @Field(() => Money)
  @Column(() => Money, { prefix: 'amount' })
  amount: Money;

  @Field()
  @Column('text', { default: '' })
  note: string;
}
