import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A browser that signed in to an account before: it carries a random token in a long-lived cookie
 * (`braid_device`), and only the token's SHA-256 is stored. Sign-in limits that anyone could set
 * off for an account (guesses from many addresses) never stop its owner on such a device.
 */
@Entity('known_device')
@Index(['userId'])
export class KnownDevice {
  @PrimaryColumn('text')
  tokenHash: string;

  @Column('uuid')
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSignInAt: Date;
}
