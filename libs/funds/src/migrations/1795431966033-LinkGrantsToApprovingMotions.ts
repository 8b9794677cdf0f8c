import { MigrationInterface, QueryRunner } from 'typeorm';

/** Governance and funds landed apart; now every grant points at the motion that approved it. */
export class LinkGrantsToApprovingMotions1795431966033 implements MigrationInterface {
  name = 'LinkGrantsToApprovingMotions1795431966033';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "grant_award"
            ADD CONSTRAINT "FK_b474328a7d0476bc169edbb8668" FOREIGN KEY ("approving_motion_id") REFERENCES "motion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "grant_award" DROP CONSTRAINT "FK_b474328a7d0476bc169edbb8668"
        `);
  }
}
