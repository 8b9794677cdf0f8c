import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSON } from '../graphql/json.scalar';

/**
 * One change, as it happened: who, what, when, before and after. Append-only: a trigger refuses
 * UPDATE, DELETE and TRUNCATE, so not even the application's own role can rewrite history.
 */
@ObjectType({ description: 'An append-only record of one change.' })
@Entity('audit_event')
@Index(['collaborativeId', 'occurredAt'])
@Index(['entityType', 'entityId'])
export class AuditEvent {
  /** An identity column: its order is the order of commits' inserts, which keyset pages follow. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Null for changes made by the system itself.' })
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Field({ description: "The actor's name when the change was made." })
  @Column('text')
  actorName: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  collaborativeId: string | null;

  @Field({ description: 'What happened, e.g. "seat.assigned".' })
  @Column('text')
  action: string;

  @Field()
  @Column('text')
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column('text', { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('jsonb', { nullable: true })
  before: object | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('jsonb', { nullable: true })
  after: object | null;

  @Column('text')
  requestId: string;

  @Column('text', { nullable: true })
  ip: string | null;
}
