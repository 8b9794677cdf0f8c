import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Meeting } from './meeting.entity';

/** One item of a meeting's ordered agenda; it may bring a motion to the table. */
@ObjectType()
@Entity('agenda_item')
@Index('agenda_item_position_unique', ['meetingId', 'position'], { unique: true })
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => Meeting, { nullable: false })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column('uuid')
  collaborativeId: string;

  @Field(() => Int, { description: 'Order on the agenda, from 1.' })
  @Column('int')
  position: number;

  @Field()
  @Column('text')
  title: string;

  @Field()
  @Column('text', { default: '' })
  notes: string;

  /** A plain id: the motion (of the same meeting) is checked when the agenda is set. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  motionId: string | null;
}
