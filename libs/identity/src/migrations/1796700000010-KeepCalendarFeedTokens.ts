import { MigrationInterface, QueryRunner } from 'typeorm';

/** One calendar feed per person: the SHA-256 of its secret token, and when it was issued. */
export class KeepCalendarFeedTokens1796700000010 implements MigrationInterface {
  name = 'KeepCalendarFeedTokens1796700000010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_feed" (
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "UQ_calendar_feed_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "REL_calendar_feed_user" UNIQUE ("user_id"),
                CONSTRAINT "PK_calendar_feed" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feed"
            ADD CONSTRAINT "calendar_feed_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "calendar_feed_user_fk"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
