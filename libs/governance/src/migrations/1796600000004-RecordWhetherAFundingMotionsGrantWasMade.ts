import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A passed FUNDING motion whose grant the fund refused used to look decided and done: the refusal
 * was only the last error of a domain event, retried ten times (issue 17). The motion now records
 * whether its grant was made, or why not. Motions whose grant exists are marked MADE.
 */
export class RecordWhetherAFundingMotionsGrantWasMade1796600000004 implements MigrationInterface {
  name = 'RecordWhetherAFundingMotionsGrantWasMade1796600000004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."funding_grant_status" AS ENUM('PENDING', 'MADE', 'NOT_MADE')`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_proposal" ADD "grant_status" "public"."funding_grant_status" NOT NULL DEFAULT 'PENDING'`,
    );
    await queryRunner.query(`ALTER TABLE "funding_proposal" ADD "grant_problem_reason" text`);
    await queryRunner.query(`ALTER TABLE "funding_proposal" ADD "grant_problem" text`);
    await queryRunner.query(`ALTER TABLE "funding_proposal" ADD "grant_refused_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "funding_proposal" SET "grant_status" = 'MADE'
        WHERE EXISTS (SELECT 1 FROM "grant_award" WHERE "grant_award"."approving_motion_id" = "funding_proposal"."motion_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "funding_proposal" DROP COLUMN "grant_refused_at"`);
    await queryRunner.query(`ALTER TABLE "funding_proposal" DROP COLUMN "grant_problem"`);
    await queryRunner.query(`ALTER TABLE "funding_proposal" DROP COLUMN "grant_problem_reason"`);
    await queryRunner.query(`ALTER TABLE "funding_proposal" DROP COLUMN "grant_status"`);
    await queryRunner.query(`DROP TYPE "public"."funding_grant_status"`);
  }
}
