import { MigrationInterface, QueryRunner } from 'typeorm';

/** A funding proposal may name the workgroup it serves, so workgroup-restricted streams can fund it. */
export class NameTheWorkgroupAFundingProposalServes1795432615349 implements MigrationInterface {
  name = 'NameTheWorkgroupAFundingProposalServes1795432615349';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "funding_proposal"
            ADD "workgroup_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_proposal"
            ADD CONSTRAINT "FK_73b0f66d5696caef39abd5b949d" FOREIGN KEY ("workgroup_id") REFERENCES "workgroup"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "funding_proposal" DROP CONSTRAINT "FK_73b0f66d5696caef39abd5b949d"
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_proposal" DROP COLUMN "workgroup_id"
        `);
  }
}
