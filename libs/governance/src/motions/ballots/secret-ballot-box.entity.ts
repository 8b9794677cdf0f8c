import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Motion } from '../motion.entity';

/**
 * The choices of a secret motion, as counts only: no row per voter exists, so no seat id, time,
 * order or transaction id can tie a choice to a seat. Never exposed through GraphQL. The receipt
 * key seals the receipts voters hold to change their ballot; closing the motion erases it.
 */
@Entity('secret_ballot_box')
export class SecretBallotBox {
  @PrimaryColumn('uuid')
  motionId: string;

  @OneToOne(() => Motion, { nullable: false })
  @JoinColumn({ name: 'motion_id' })
  motion?: Motion;

  @Column('uuid')
  collaborativeId: string;

  @Column('int', { default: 0 })
  yes: number;

  @Column('int', { default: 0 })
  no: number;

  @Column('int', { default: 0 })
  abstain: number;

  @Column('bytea', { nullable: true })
  receiptKey: Buffer | null;
}
