import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each person's notifications (told at most once per dedupe key), their preferences per category,
 * and the key that signs one-click unsubscribe links, made here from PostgreSQL's strong random
 * source (gen_random_uuid) so no setting has to carry it.
 */
export class CreateNotifications1796700000002 implements MigrationInterface {
  name = 'CreateNotifications1796700000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_category" AS ENUM('VOTES', 'ACTION_ITEMS', 'MEETINGS', 'MINUTES', 'GRANTS', 'REPORTS', 'FUNDS')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_email_state" AS ENUM('QUEUED', 'DIGEST', 'SENT', 'SKIPPED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "collaborative_id" uuid NOT NULL, "kind" text NOT NULL, "category" "public"."notification_category" NOT NULL, "about_type" text NOT NULL, "about_id" text NOT NULL, "link" text NOT NULL, "figures" jsonb NOT NULL, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "email_state" "public"."notification_email_state" NOT NULL, "emailed_at" TIMESTAMP WITH TIME ZONE, "digested_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_awaiting_digest" ON "notification" ("collaborative_id", "user_id") WHERE email_state = 'DIGEST'`,
    );
    await queryRunner.query(`CREATE INDEX "notification_inbox" ON "notification" ("user_id", "seq")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_once_per_key" ON "notification" ("user_id", "dedupe_key")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."email_delivery" AS ENUM('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "category" "public"."notification_category" NOT NULL, "email" "public"."email_delivery" NOT NULL, "in_app" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0eaf0cc3621cba401ec57d1df7" PRIMARY KEY ("user_id", "category"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_secret" ("id" smallint NOT NULL, "secret" text NOT NULL, CONSTRAINT "PK_75dd3633f8b5e269a72a0cf072c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "mail_secret" ("id", "secret") VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_f4627da7c37308656a0e8a5319e" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_secret"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TYPE "public"."email_delivery"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_email_state"`);
    await queryRunner.query(`DROP TYPE "public"."notification_category"`);
  }
}
