import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from './user.entity';

/**
 * A password-reset link sent by email. The link carries 32 random bytes; only their SHA-256 is
 * stored, so a copy of the database cannot reset anyone's password. A link works once
 * (`usedAt`), for a short while (`expiresAt`), and only while it is the person's newest one
 * (`supersededAt`): a second request ends the first link.
 */
@Entity('password_reset')
@Index('IDX_password_reset_user', ['userId'])
@Unique('UQ_password_reset_token_hash', ['tokenHash'])
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_password_reset' })
  id: string;

  @Column('uuid')
  userId: string;

  // A person's reset links go with the person.
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_password_reset_user' })
  user?: User;

  @Column('text')
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  supersededAt: Date | null;

  /** Where the request came from, for the person's own records if a reset was not theirs. */
  @Column('text', { nullable: true })
  requestedIp: string | null;
}
