import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndSessions1795427953623 implements MigrationInterface {
  name = 'CreateUsersAndSessions1795427953623';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."language" AS ENUM('en', 'es')
        `);
    await queryRunner.query(`
            CREATE TABLE "user_account" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "preferred_language" "public"."language" NOT NULL DEFAULT 'en',
                "password_hash" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_56a0e4bcec2b5411beafa47ffa5" UNIQUE ("email"),
                CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "ip" text,
                "user_agent" text,
                CONSTRAINT "UQ_a83507eb0338ac037780e02f2b9" UNIQUE ("token_hash"),
                CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "sign_in_attempt" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "email" text NOT NULL,
                "ip" text NOT NULL,
                "succeeded" boolean NOT NULL,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2a6788584a1176567b0edce3ea" ON "sign_in_attempt" ("ip", "attempted_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_78a1705f14caaa4ff7ef222263" ON "sign_in_attempt" ("email", "attempted_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "session"
            ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_78a1705f14caaa4ff7ef222263"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2a6788584a1176567b0edce3ea"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_attempt"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"
        `);
    await queryRunner.query(`
            DROP TABLE "session"
        `);
    await queryRunner.query(`
            DROP TABLE "user_account"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."language"
        `);
  }
}
