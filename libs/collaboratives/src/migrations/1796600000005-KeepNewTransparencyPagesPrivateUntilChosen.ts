import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new collaborative's transparency page used to be public by default: its decisions and fund
 * totals were published before anyone chose to (issue 17). Creating one now asks; the column's
 * default follows. Existing collaboratives keep the setting they have.
 */
export class KeepNewTransparencyPagesPrivateUntilChosen1796600000005 implements MigrationInterface {
  name = 'KeepNewTransparencyPagesPrivateUntilChosen1796600000005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collaborative" ALTER COLUMN "public_transparency" SET DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collaborative" ALTER COLUMN "public_transparency" SET DEFAULT true`,
    );
  }
}
