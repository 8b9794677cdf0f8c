import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The key of the unsubscribe links' HMAC, made by the migration (from gen_random_uuid, which reads
 * PostgreSQL's strong random source) and kept in the database, so every API process signs and
 * checks links with the same key without one more setting to configure.
 */
@Entity('mail_secret')
export class MailSecret {
  @PrimaryColumn('smallint')
  id: number;

  @Column('text')
  secret: string;
}
