import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a collaborative meets: deadlines, meeting times in email and the 7:00 daily digest are
 * local to it. Existing collaboratives start in Stockton's zone, the one Braid was built for.
 */
export class AddCollaborativeTimeZone1796700000001 implements MigrationInterface {
  name = 'AddCollaborativeTimeZone1796700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collaborative" ADD "time_zone" text NOT NULL DEFAULT 'America/Los_Angeles'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collaborative" DROP COLUMN "time_zone"`);
  }
}
