import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Motions get a creation-order number, so the decisions list can page newest first on an exact
 * key. Motions moved before this migration are numbered in the order they were moved.
 */
export class NumberMotionsInTheOrderTheyWereMoved1796000000006 implements MigrationInterface {
  name = 'NumberMotionsInTheOrderTheyWereMoved1796000000006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "motion"
            ADD "seq" BIGSERIAL NOT NULL
        `);
    await queryRunner.query(`
            UPDATE "motion" AS m
            SET "seq" = ordered.n
            FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS n FROM "motion") AS ordered
            WHERE ordered."id" = m."id"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "motion_collaborative_seq" ON "motion" ("collaborative_id", "seq")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."motion_collaborative_seq"
        `);
    await queryRunner.query(`
            ALTER TABLE "motion" DROP COLUMN "seq"
        `);
  }
}
