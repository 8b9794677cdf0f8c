import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder sweeps ask whether a dedupe key was already recorded, whoever it went to (the unique
 * index leads with the person, so it cannot answer that without a scan).
 */
export class IndexNotificationsByKey1796700000030 implements MigrationInterface {
  name = 'IndexNotificationsByKey1796700000030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "notification_by_key" ON "notification" ("dedupe_key") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_by_key"`);
  }
}
