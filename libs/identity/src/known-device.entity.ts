import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A browser that signed in to an account before: it carries a random token in a long-lived cookie
 * (`braid_device`), and only the token's SHA-256 is stored. Sign-in limits that anyone could set
 * off for an account (guesses from many addresses) never stop its owner on such a device.
 */
@Entity('known_device')
@Index('IDX_known_device_user', ['userId'])
export class KnownDevice {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_known_device' })
  tokenHash: string;

  @Column('uuid')
  userId: string;

  // A person's devices go with the person.
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_known_device_user' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSignInAt: Date;
}
