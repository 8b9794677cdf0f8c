import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: an event is written in the same transaction as the change that caused it, so it
 * exists exactly when the change does; handlers run after commit, each in a transaction that also
 * marks the event processed, so their effect happens once.
 */
@Entity('domain_event')
@Index('domain_event_pending', ['id'], { where: 'processed_at IS NULL' })
export class DomainEventRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column('text')
  type: string;

  @Column('uuid', { nullable: true })
  collaborativeId: string | null;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('jsonb')
  payload: object;

  @Column('timestamptz', { nullable: true })
  processedAt: Date | null;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;
}
