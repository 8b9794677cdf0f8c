import { Collaborative } from '@braid/collaboratives';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A collaborative's reporting policy. No row means the defaults (hold on); the first change
 * writes the row. Kept by reports rather than on the collaborative, so collaboratives need not
 * know about reports.
 */
@ObjectType()
@Entity('report_settings')
export class ReportSettings {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id', foreignKeyConstraintName: 'report_settings_collaborative_fk' })
  collaborative?: Collaborative;

  @Field({
    description: "A late or changes-requested report holds the release of the grant's tranches.",
  })
  @Column('boolean', { default: true })
  holdDisbursementsOnLateReports: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date | null;
}
