import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `reportingRequirements` pages are keyset-ordered by (due date, sequence, id) within a
 * collaborative: with the index in that order a page reads its rows in order and stops, where the
 * (collaborative, due date) index left every requirement due on a page's dates to be read and
 * sorted (a quarterly schedule gives all of a collaborative's grants the same due dates). The old
 * index is its prefix, so whatever it served, the new one serves.
 */
export class IndexRequirementPagesInKeysetOrder1796565793446 implements MigrationInterface {
  name = 'IndexRequirementPagesInKeysetOrder1796565793446';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_19e2a847b60574d49825e808ea"
        `);
    await queryRunner.query(`
            CREATE INDEX "reporting_requirement_page" ON "reporting_requirement" ("collaborative_id", "due_on", "sequence", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."reporting_requirement_page"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_19e2a847b60574d49825e808ea" ON "reporting_requirement" USING btree ("collaborative_id", "due_on")
        `);
  }
}
