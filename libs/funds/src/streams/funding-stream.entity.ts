import { MAX_AMOUNT_CENTS } from '@braid/contracts';
import { Collaborative, Organization } from '@braid/collaboratives';
import { bigintTransformer, LocalDateScalar, Money } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** Where a stream's money comes from (issue 4): who the funder is decides the reporting it expects. */
export enum FundingStreamKind {
  HEALTH_PLAN = 'HEALTH_PLAN',
  HOSPITAL_COMMUNITY_BENEFIT = 'HOSPITAL_COMMUNITY_BENEFIT',
  COUNTY = 'COUNTY',
  STATE = 'STATE',
  FEDERAL = 'FEDERAL',
  FOUNDATION = 'FOUNDATION',
  OTHER = 'OTHER',
}
registerEnumType(FundingStreamKind, { name: 'FundingStreamKind' });

/**
 * One funder's award braided into the Wellness Fund, e.g. a three-year $850,000 county grant
 * restricted to trauma-informed care. Its money is tracked in its own ledger accounts (see
 * chart-of-accounts.ts); the restrictions decide which grants may draw on it.
 */
@ObjectType()
@Entity('funding_stream')
@Index('funding_stream_name_unique', ['collaborativeId', 'name'], { unique: true })
@Index(['funderOrganizationId'])
@Check('funding_stream_award_positive', 'award_cents > 0')
@Check('funding_stream_award_at_most_max', `award_cents <= ${MAX_AMOUNT_CENTS}`)
@Check('funding_stream_period_in_order', 'ends_on >= starts_on')
@Check(
  'funding_stream_unrestricted_has_no_restrictions',
  'restricted OR (cardinality(allowed_purposes) = 0 AND cardinality(allowed_workgroup_ids) = 0)',
)
@Check('funding_stream_match_not_negative', 'match_required_cents IS NULL OR match_required_cents >= 0')
@Check(
  'funding_stream_match_at_most_max',
  `match_required_cents IS NULL OR match_required_cents <= ${MAX_AMOUNT_CENTS}`,
)
export class FundingStream {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field(() => ID)
  @Column('uuid')
  funderOrganizationId: string;

  @ManyToOne(() => Organization, { nullable: false })
  @JoinColumn({ name: 'funder_organization_id' })
  funderOrganization?: Organization;

  @Field()
  @Column('text')
  name: string;

  @Field(() => FundingStreamKind)
  @Column({ type: 'enum', enum: FundingStreamKind, enumName: 'funding_stream_kind' })
  kind: FundingStreamKind;

  @Field({
    description: 'Restricted money may only fund the purposes and workgroups listed, within the period.',
  })
  @Column('boolean')
  restricted: boolean;

  @Field(() => [String], {
    description: 'Purposes a grant may have to draw on this stream (compared ignoring case); empty: any.',
  })
  @Column('text', { array: true, default: '{}' })
  allowedPurposes: string[];

  @Field(() => [ID], { description: 'Workgroups whose grants may draw on this stream; empty: any.' })
  @Column('uuid', { array: true, default: '{}' })
  allowedWorkgroupIds: string[];

  @Field(() => LocalDateScalar)
  @Column('date')
  startsOn: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  endsOn: string;

  @Field(() => Money, { description: 'The total the funder awarded; pledged contributions never exceed it.' })
  @Column(() => Money, { prefix: 'award' })
  award: Money;

  /** A match the collaborative must raise alongside this award, if the funder requires one. */
  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  matchRequiredCents: bigint | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  matchDescription: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  get currency(): string {
    return this.award.currency;
  }
}
