import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No single amount above $1,000,000,000.00 (100,000,000,000 cents; MAX_AMOUNT_CENTS in
 * @braid/contracts, which the API's Cents input also enforces). Amounts near bigint's maximum used
 * to be accepted, and the first sum over two of them broke every money view (issue 17). With this
 * bound, a balance or total would need tens of millions of amounts to leave bigint's range, and
 * SQL sums (numeric) never overflow at all. Existing rows must already respect it.
 */
export class CapProposedAmountsAtOneBillionDollars1796600000002 implements MigrationInterface {
  name = 'CapProposedAmountsAtOneBillionDollars1796600000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "funding_proposal" ADD CONSTRAINT "funding_proposal_amount_at_most_max" CHECK (amount_cents <= 100000000000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "voting_rules" ADD CONSTRAINT "voting_rules_spending_limit_at_most_max" CHECK (spending_limit_cents <= 100000000000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "voting_rules" DROP CONSTRAINT "voting_rules_spending_limit_at_most_max"`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_proposal" DROP CONSTRAINT "funding_proposal_amount_at_most_max"`,
    );
  }
}
