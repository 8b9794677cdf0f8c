import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Sign-in attempts, kept to rate-limit password guessing per address and per account. */
@Entity('sign_in_attempt')
@Index(['email', 'attemptedAt'])
@Index(['ip', 'attemptedAt'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  ip: string;

  @Column('boolean')
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt: Date;
}
