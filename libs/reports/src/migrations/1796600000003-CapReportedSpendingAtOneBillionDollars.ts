import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No single amount above $1,000,000,000.00 (100,000,000,000 cents; MAX_AMOUNT_CENTS in
 * @braid/contracts, which the API's Cents input also enforces). Amounts near bigint's maximum used
 * to be accepted, and the first sum over two of them broke every money view (issue 17). With this
 * bound, a balance or total would need tens of millions of amounts to leave bigint's range, and
 * SQL sums (numeric) never overflow at all. Existing rows must already respect it.
 */
export class CapReportedSpendingAtOneBillionDollars1796600000003 implements MigrationInterface {
  name = 'CapReportedSpendingAtOneBillionDollars1796600000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_spending_line" ADD CONSTRAINT "report_spending_line_at_most_max" CHECK (amount_cents <= 100000000000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_spending_line" DROP CONSTRAINT "report_spending_line_at_most_max"`,
    );
  }
}
