import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No single amount above $1,000,000,000.00 (100,000,000,000 cents; MAX_AMOUNT_CENTS in
 * @braid/contracts, which the API's Cents input also enforces). Amounts near bigint's maximum used
 * to be accepted, and the first sum over two of them broke every money view (issue 17). With this
 * bound, a balance or total would need tens of millions of amounts to leave bigint's range, and
 * SQL sums (numeric) never overflow at all. Existing rows must already respect it.
 */
export class CapFundAmountsAtOneBillionDollars1796600000001 implements MigrationInterface {
  name = 'CapFundAmountsAtOneBillionDollars1796600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "funding_stream" ADD CONSTRAINT "funding_stream_award_at_most_max" CHECK (award_cents <= 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_stream" ADD CONSTRAINT "funding_stream_match_at_most_max" CHECK (match_required_cents IS NULL OR match_required_cents <= 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution" ADD CONSTRAINT "contribution_pledge_at_most_max" CHECK (pledged_cents <= 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution_receipt" ADD CONSTRAINT "contribution_receipt_at_most_max" CHECK (amount_cents <= 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_at_most_max" CHECK (amount_cents BETWEEN -100000000000 AND 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_award" ADD CONSTRAINT "grant_award_amount_at_most_max" CHECK (amount_cents <= 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_allocation" ADD CONSTRAINT "grant_allocation_amount_at_most_max" CHECK (amount_cents <= 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_amount_at_most_max" CHECK (amount_cents <= 100000000000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_amount_at_most_max"`);
    await queryRunner.query(
      `ALTER TABLE "grant_allocation" DROP CONSTRAINT "grant_allocation_amount_at_most_max"`,
    );
    await queryRunner.query(`ALTER TABLE "grant_award" DROP CONSTRAINT "grant_award_amount_at_most_max"`);
    await queryRunner.query(`ALTER TABLE "ledger_entry" DROP CONSTRAINT "ledger_entry_at_most_max"`);
    await queryRunner.query(
      `ALTER TABLE "contribution_receipt" DROP CONSTRAINT "contribution_receipt_at_most_max"`,
    );
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "contribution_pledge_at_most_max"`);
    await queryRunner.query(
      `ALTER TABLE "funding_stream" DROP CONSTRAINT "funding_stream_match_at_most_max"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_stream" DROP CONSTRAINT "funding_stream_award_at_most_max"`,
    );
  }
}
