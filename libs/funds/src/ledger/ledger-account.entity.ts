import { bigintTransformer } from '@braid/kernel';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FundingStream } from '../streams/funding-stream.entity';
import { LedgerAccountKind } from './chart-of-accounts';

registerEnumType(LedgerAccountKind, { name: 'LedgerAccountKind' });

/**
 * One account of the chart (chart-of-accounts.ts). `balanceCents` is maintained by a database
 * trigger on every posting, in the posting's transaction, so the row lock taken on it before a
 * release serialises competing releases; the sign check refuses an overdraft even if code slips.
 */
@ObjectType()
@Entity('ledger_account')
@Index('ledger_account_key_unique', ['collaborativeId', 'key'], { unique: true })
@Index(['fundingStreamId', 'kind'])
@Index(['grantId'])
@Index(['organizationId'])
@Check(
  'ledger_account_normal_side',
  `CASE WHEN kind IN ('STREAM_RECEIVABLE', 'STREAM_CASH', 'ORGANIZATION_RECEIVED') THEN balance_cents >= 0 ELSE balance_cents <= 0 END`,
)
@Check(
  'ledger_account_grant_scope',
  `(grant_id IS NOT NULL) = (kind IN ('GRANT_COMMITTED', 'GRANT_DISBURSED'))`,
)
@Check(
  'ledger_account_organization_scope',
  `(organization_id IS NOT NULL) = (kind = 'ORGANIZATION_RECEIVED')`,
)
export class LedgerAccount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  /** kind/stream/grant/organization: the account's natural key (chart-of-accounts.ts accountKey). */
  @Column('text')
  key: string;

  @Field(() => LedgerAccountKind)
  @Column({ type: 'enum', enum: LedgerAccountKind, enumName: 'ledger_account_kind' })
  kind: LedgerAccountKind;

  @Field(() => ID)
  @Column('uuid')
  fundingStreamId: string;

  @ManyToOne(() => FundingStream, { nullable: false })
  @JoinColumn({ name: 'funding_stream_id' })
  fundingStream?: FundingStream;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  grantId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Field()
  @Column('char', { length: 3 })
  currency: string;

  /** Signed, debit positive; equal to the sum of the account's entries (checked by a test). */
  @Column('bigint', { default: 0, transformer: bigintTransformer })
  balanceCents: bigint;
}
