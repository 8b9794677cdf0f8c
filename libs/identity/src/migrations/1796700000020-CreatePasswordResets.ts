import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password-reset links sent by email: only each token's SHA-256 is stored; a link is used once,
 * expires, and is superseded by the person's next request. Deleting an account deletes its links.
 */
export class CreatePasswordResets1796700000020 implements MigrationInterface {
  name = 'CreatePasswordResets1796700000020';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "password_reset" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                "requested_ip" text,
                CONSTRAINT "UQ_password_reset_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "PK_password_reset" PRIMARY KEY ("id"),
                CONSTRAINT "FK_password_reset_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_password_reset_user" ON "password_reset" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
