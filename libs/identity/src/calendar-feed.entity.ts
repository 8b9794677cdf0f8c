import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A person's calendar feed: a secret address (`/api/calendar/<token>.ics`) a calendar app
 * subscribes to without a session. One per person; like a session, only the SHA-256 of its token
 * is kept, so the address is shown once, when it is made, and a copy of the database does not
 * reveal anyone's calendar. Revoking deletes the row; regenerating replaces the hash.
 */
@ObjectType({ description: "The signed-in person's calendar feed; its address is shown only when made." })
@Entity('calendar_feed')
export class CalendarFeed {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_feed_user_fk' })
  user?: User;

  @Column('text', { unique: true })
  tokenHash: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When the current address was made (created or regenerated).',
  })
  @Column('timestamptz')
  issuedAt: Date;
}
