import { AttendanceStatus } from '@braid/contracts';
import { Seat } from '@braid/collaboratives';
import { User } from '@braid/identity';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Meeting } from './meeting.entity';

registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });

/**
 * Who attended. At a leadership team meeting attendance is per seat (the holder, or the alternate
 * when ALTERNATE_PRESENT); at a workgroup meeting per person (seatId null).
 */
@ObjectType()
@Entity('attendance')
@Index('attendance_one_per_seat', ['meetingId', 'seatId'], { unique: true, where: 'seat_id IS NOT NULL' })
@Index('attendance_one_per_person', ['meetingId', 'userId'], { unique: true, where: 'seat_id IS NULL' })
export class Attendance {
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

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  seatId: string | null;

  @ManyToOne(() => Seat, { nullable: true })
  @JoinColumn({ name: 'seat_id' })
  seat?: Seat;

  @Field(() => ID, {
    description: 'The person who sat (the alternate, when ALTERNATE_PRESENT) or was expected.',
  })
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => AttendanceStatus)
  @Column({ type: 'enum', enum: AttendanceStatus, enumName: 'attendance_status' })
  status: AttendanceStatus;

  @Column('uuid')
  recordedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
