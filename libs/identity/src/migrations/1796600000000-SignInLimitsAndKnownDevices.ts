import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in limits move to rate-limiter-flexible: its counters live in `sign_in_limit` (the table
 * layout its PostgreSQL store expects; `expire` is epoch milliseconds), and the per-attempt rows of
 * `sign_in_attempt` go. Devices that signed in before are remembered in `known_device`.
 */
export class SignInLimitsAndKnownDevices1796600000000 implements MigrationInterface {
  name = 'SignInLimitsAndKnownDevices1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(`
            CREATE TABLE "sign_in_limit" (
                "key" varchar(255) NOT NULL,
                "points" integer NOT NULL DEFAULT 0,
                "expire" bigint,
                CONSTRAINT "PK_sign_in_limit" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_limit_expire" ON "sign_in_limit" ("expire")`);
    await queryRunner.query(`
            CREATE TABLE "known_device" (
                "token_hash" text NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_sign_in_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_known_device" PRIMARY KEY ("token_hash"),
                CONSTRAINT "FK_known_device_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_known_device_user" ON "known_device" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "known_device"`);
    await queryRunner.query(`DROP TABLE "sign_in_limit"`);
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
    await queryRunner.query(
      `CREATE INDEX "IDX_2a6788584a1176567b0edce3ea" ON "sign_in_attempt" ("ip", "attempted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_78a1705f14caaa4ff7ef222263" ON "sign_in_attempt" ("email", "attempted_at")`,
    );
  }
}
