import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome roll-up selects one collaborative's grant metrics and period targets: without these
 * its plans read both tables whole, whatever the number of tenants (bench/, plan check).
 */
export class IndexOutcomeRollupByCollaborative1795442071880 implements MigrationInterface {
  name = 'IndexOutcomeRollupByCollaborative1795442071880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "grant_metric_collaborative" ON "grant_metric" ("collaborative_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "requirement_metric_target_collaborative" ON "requirement_metric_target" ("collaborative_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."requirement_metric_target_collaborative"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."grant_metric_collaborative"
        `);
  }
}
