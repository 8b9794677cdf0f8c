import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `grants` pages are keyset-ordered by id within a collaborative (or, for a partner, within its
 * organization): with these indexes a page reads its rows in order and stops, where before it
 * walked the primary key across every tenant's grants (bench/: the grant list at 200 tenants).
 * The recipient index gains `id`, so it still serves the foreign key and the recipient filter.
 */
export class IndexGrantPagesInKeysetOrder1795437640397 implements MigrationInterface {
  name = 'IndexGrantPagesInKeysetOrder1795437640397';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bf10cb773fe3385869ed987caf"
        `);
    await queryRunner.query(`
            CREATE INDEX "grant_award_recipient_page" ON "grant_award" ("recipient_organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "grant_award_page" ON "grant_award" ("collaborative_id", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."grant_award_page"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."grant_award_recipient_page"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bf10cb773fe3385869ed987caf" ON "grant_award" USING btree ("recipient_organization_id")
        `);
  }
}
