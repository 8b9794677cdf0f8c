import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every posting moves its accounts' balances (ledger_entry_apply): ledger_account is the most
 * updated table of Braid, a few rows per money movement. On full pages each update wrote its new
 * row version to another page and a new entry in all five of the table's indexes. With a fifth of
 * each page kept free, the new version usually stays on its page as a heap-only tuple, and no
 * index is touched (balance_cents is in none of them).
 *
 * Applies to pages written from now on; `VACUUM FULL ledger_account` rewrites the existing ones.
 */
export class LeaveRoomForBalanceUpdates1795460000000 implements MigrationInterface {
  name = 'LeaveRoomForBalanceUpdates1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ledger_account" SET (fillfactor = 80)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ledger_account" RESET (fillfactor)`);
  }
}
