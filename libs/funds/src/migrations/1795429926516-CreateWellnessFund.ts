import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 4, the Wellness Fund: funding streams, contributions and receipts, the double-entry ledger,
 * grants with their allocations and tranches. Besides the tables, the ledger's rules are enforced
 * by the database itself, so no code path (or hand-run SQL) can break them:
 *  - each posting moves its account's maintained balance, in the same transaction, and must be in
 *    the account's currency (ledger_entry_apply);
 *  - every transaction balances per currency and has at least two postings, checked at commit by
 *    deferred constraint triggers (ledger_transaction_balanced, ledger_transaction_has_entries);
 *  - postings and transactions are never updated, deleted or truncated (ledger_refuse_change);
 *  - account balances stay on their normal side (the ledger_account_normal_side check), so a
 *    stream's cash can never go negative.
 * grant_award.approving_motion_id has no foreign key yet: motions belong to governance, which lands
 * separately; the lead adds the key when both are merged.
 */
export class CreateWellnessFund1795429926516 implements MigrationInterface {
  name = 'CreateWellnessFund1795429926516';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."grant_origin" AS ENUM('FUNDING_MOTION', 'FUND_ADMINISTRATOR')
        `);
    await queryRunner.query(`
            CREATE TABLE "grant_award" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "approving_motion_id" uuid NOT NULL,
                "origin" "public"."grant_origin" NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "title" text NOT NULL,
                "purpose" text NOT NULL,
                "workgroup_id" uuid,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "reporting_schedule" jsonb NOT NULL DEFAULT '[]',
                "metric_targets" jsonb NOT NULL DEFAULT '[]',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "amount_cents" bigint NOT NULL,
                "amount_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "grant_award_period_in_order" CHECK (period_end >= period_start),
                CONSTRAINT "grant_award_amount_positive" CHECK (amount_cents > 0),
                CONSTRAINT "PK_97b8d859b1f3ea21c84835286ef" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "grant_award_one_per_motion" ON "grant_award" ("approving_motion_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bf10cb773fe3385869ed987caf" ON "grant_award" ("recipient_organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c419d9f2b0cb32294343fbf0df" ON "grant_award" ("collaborative_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."disbursement_status" AS ENUM('SCHEDULED', 'RELEASED', 'PAID', 'CANCELLED')
        `);
    await queryRunner.query(`
            CREATE TABLE "disbursement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "grant_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "sequence" integer NOT NULL,
                "planned_on" date NOT NULL,
                "status" "public"."disbursement_status" NOT NULL,
                "released_at" TIMESTAMP WITH TIME ZONE,
                "release_transaction_id" uuid,
                "paid_at" TIMESTAMP WITH TIME ZONE,
                "payment_reference" text,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "amount_cents" bigint NOT NULL,
                "amount_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "disbursement_amount_positive" CHECK (amount_cents > 0),
                CONSTRAINT "PK_463ed35f32b733386261ab7d7fa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6fe2f45d433b6d6621b9603117" ON "disbursement" ("recipient_organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_dc4725ff463f302692dfceff80" ON "disbursement" ("collaborative_id", "status", "planned_on")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "disbursement_tranche_unique" ON "disbursement" ("grant_id", "sequence")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."funding_stream_kind" AS ENUM(
                'HEALTH_PLAN',
                'HOSPITAL_COMMUNITY_BENEFIT',
                'COUNTY',
                'STATE',
                'FEDERAL',
                'FOUNDATION',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "funding_stream" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "funder_organization_id" uuid NOT NULL,
                "name" text NOT NULL,
                "kind" "public"."funding_stream_kind" NOT NULL,
                "restricted" boolean NOT NULL,
                "allowed_purposes" text array NOT NULL DEFAULT '{}',
                "allowed_workgroup_ids" uuid array NOT NULL DEFAULT '{}',
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "match_required_cents" bigint,
                "match_description" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "award_cents" bigint NOT NULL,
                "award_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "funding_stream_match_not_negative" CHECK (
                    match_required_cents IS NULL
                    OR match_required_cents >= 0
                ),
                CONSTRAINT "funding_stream_unrestricted_has_no_restrictions" CHECK (
                    restricted
                    OR (
                        cardinality(allowed_purposes) = 0
                        AND cardinality(allowed_workgroup_ids) = 0
                    )
                ),
                CONSTRAINT "funding_stream_period_in_order" CHECK (ends_on >= starts_on),
                CONSTRAINT "funding_stream_award_positive" CHECK (award_cents > 0),
                CONSTRAINT "PK_99c9579650da5ba59d65f548737" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e273a631ea97fb8f8f5458db73" ON "funding_stream" ("funder_organization_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "funding_stream_name_unique" ON "funding_stream" ("collaborative_id", "name")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ledger_account_kind" AS ENUM(
                'STREAM_RECEIVABLE',
                'STREAM_CASH',
                'STREAM_UNCOMMITTED',
                'GRANT_COMMITTED',
                'GRANT_DISBURSED',
                'ORGANIZATION_RECEIVED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "ledger_account" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "key" text NOT NULL,
                "kind" "public"."ledger_account_kind" NOT NULL,
                "funding_stream_id" uuid NOT NULL,
                "grant_id" uuid,
                "organization_id" uuid,
                "currency" character(3) NOT NULL,
                "balance_cents" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "ledger_account_organization_scope" CHECK (
                    (organization_id IS NOT NULL) = (kind = 'ORGANIZATION_RECEIVED')
                ),
                CONSTRAINT "ledger_account_grant_scope" CHECK (
                    (grant_id IS NOT NULL) = (kind IN ('GRANT_COMMITTED', 'GRANT_DISBURSED'))
                ),
                CONSTRAINT "ledger_account_normal_side" CHECK (
                    CASE
                        WHEN kind IN (
                            'STREAM_RECEIVABLE',
                            'STREAM_CASH',
                            'ORGANIZATION_RECEIVED'
                        ) THEN balance_cents >= 0
                        ELSE balance_cents <= 0
                    END
                ),
                CONSTRAINT "PK_34640393ff83dad2b4627d7ae5f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a58d445ed8fe303d2b4d68d81a" ON "ledger_account" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_504a03d0c68156dd85f25ece74" ON "ledger_account" ("grant_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_35a2d517d3fe28be5a9dfdcbd1" ON "ledger_account" ("funding_stream_id", "kind")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ledger_account_key_unique" ON "ledger_account" ("collaborative_id", "key")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contribution_status" AS ENUM(
                'PLEDGED',
                'PARTIALLY_RECEIVED',
                'RECEIVED',
                'WRITTEN_OFF'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "contribution" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "funding_stream_id" uuid NOT NULL,
                "pledged_on" date NOT NULL,
                "received_cents" bigint NOT NULL DEFAULT '0',
                "written_off_cents" bigint NOT NULL DEFAULT '0',
                "status" "public"."contribution_status" NOT NULL,
                "memo" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "pledged_cents" bigint NOT NULL,
                "pledged_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "contribution_amounts_within_pledge" CHECK (
                    received_cents >= 0
                    AND written_off_cents >= 0
                    AND received_cents + written_off_cents <= pledged_cents
                ),
                CONSTRAINT "contribution_pledge_positive" CHECK (pledged_cents > 0),
                CONSTRAINT "PK_878330fa5bb34475732a5883d58" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_820f144c9123d244c7d73afe55" ON "contribution" ("collaborative_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_071ceb950b7c2d2e06dc67a0e0" ON "contribution" ("funding_stream_id", "pledged_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "contribution_receipt" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "contribution_id" uuid NOT NULL,
                "funding_stream_id" uuid NOT NULL,
                "received_on" date NOT NULL,
                "memo" text NOT NULL DEFAULT '',
                "reversed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "amount_cents" bigint NOT NULL,
                "amount_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "contribution_receipt_positive" CHECK (amount_cents > 0),
                CONSTRAINT "PK_27d683f211e7ebe86cf2d9bedd1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_256596e807776525b96e728bff" ON "contribution_receipt" ("contribution_id", "received_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ledger_source" AS ENUM(
                'CONTRIBUTION_PLEDGE',
                'CONTRIBUTION_RECEIPT',
                'CONTRIBUTION_WRITE_OFF',
                'GRANT_COMMITMENT',
                'DISBURSEMENT_RELEASE',
                'DISBURSEMENT_CANCELLATION',
                'REVERSAL'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "ledger_transaction" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "sequence" BIGSERIAL NOT NULL,
                "source" "public"."ledger_source" NOT NULL,
                "memo" text NOT NULL,
                "contribution_id" uuid,
                "contribution_receipt_id" uuid,
                "grant_id" uuid,
                "disbursement_id" uuid,
                "reverses_transaction_id" uuid,
                "idempotency_key" text,
                "posted_by_user_id" uuid,
                "posted_by_name" text NOT NULL,
                "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_15a05e50406238046ca9617f7eb" UNIQUE ("reverses_transaction_id"),
                CONSTRAINT "REL_15a05e50406238046ca9617f7e" UNIQUE ("reverses_transaction_id"),
                CONSTRAINT "PK_9d8a5faa905eacebcbfdad574f2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ledger_transaction_idempotency_key" ON "ledger_transaction" ("collaborative_id", "idempotency_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4a3a1d7225659082883e4a109c" ON "ledger_transaction" ("disbursement_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f6d2c4f839d62125f3d76ba886" ON "ledger_transaction" ("grant_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_40dc61a062449fe839ed55b712" ON "ledger_transaction" ("contribution_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_92099cdcd7b8d83c35a421d1d0" ON "ledger_transaction" ("collaborative_id", "sequence")
        `);
    await queryRunner.query(`
            CREATE TABLE "ledger_entry" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "transaction_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "account_id" uuid NOT NULL,
                "funding_stream_id" uuid NOT NULL,
                "grant_id" uuid,
                "currency" character(3) NOT NULL,
                "amount_cents" bigint NOT NULL,
                CONSTRAINT "ledger_entry_not_zero" CHECK (amount_cents <> 0),
                CONSTRAINT "PK_04e9d274911f909a5848a15cd74" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a5d9837e81ae572801b4e694f1" ON "ledger_entry" ("collaborative_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_90d14f7ff40d56bfa68b7b84f2" ON "ledger_entry" ("grant_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4c6563b318c4ce214bfe8238e1" ON "ledger_entry" ("funding_stream_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f51c20726076921b4697f67a8c" ON "ledger_entry" ("account_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9ae0dc38388b85b744ec8b2876" ON "ledger_entry" ("transaction_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "grant_allocation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "grant_id" uuid NOT NULL,
                "funding_stream_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "amount_cents" bigint NOT NULL,
                "amount_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "grant_allocation_amount_positive" CHECK (amount_cents > 0),
                CONSTRAINT "PK_3c980b18a38357e272ac78a4c84" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b540b810a747cd804b3d27cb8c" ON "grant_allocation" ("funding_stream_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "grant_allocation_one_per_stream" ON "grant_allocation" ("grant_id", "funding_stream_id")
        `);
    // disbursement_transition reuses the disbursement_status type created above.
    await queryRunner.query(`
            CREATE TABLE "disbursement_transition" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "disbursement_id" uuid NOT NULL,
                "from_status" "public"."disbursement_status",
                "to_status" "public"."disbursement_status" NOT NULL,
                "reason" text,
                "ledger_transaction_id" uuid,
                "by_user_id" uuid,
                "by_name" text NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9deb63a767f1dd0a5d43b686e37" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f8cdf010260579642bd70ffc3e" ON "disbursement_transition" ("disbursement_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_award"
            ADD CONSTRAINT "FK_e608b1bdd5b0513b2cab2939026" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_award"
            ADD CONSTRAINT "FK_bf10cb773fe3385869ed987caf9" FOREIGN KEY ("recipient_organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disbursement"
            ADD CONSTRAINT "FK_386e5505b27dfaf26e720028d0e" FOREIGN KEY ("grant_id") REFERENCES "grant_award"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_stream"
            ADD CONSTRAINT "FK_9090c799ee8d2c997f341917839" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_stream"
            ADD CONSTRAINT "FK_e273a631ea97fb8f8f5458db732" FOREIGN KEY ("funder_organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_account"
            ADD CONSTRAINT "FK_e8baaafabfb9ee2b9ea6125eac6" FOREIGN KEY ("funding_stream_id") REFERENCES "funding_stream"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution"
            ADD CONSTRAINT "FK_ca0f12c02a898d007ffd9030b3b" FOREIGN KEY ("funding_stream_id") REFERENCES "funding_stream"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_receipt"
            ADD CONSTRAINT "FK_f7e12f2401885ef9d893ff1d27d" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction"
            ADD CONSTRAINT "FK_40dc61a062449fe839ed55b7129" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction"
            ADD CONSTRAINT "FK_625796131feff864d6e747bc94a" FOREIGN KEY ("contribution_receipt_id") REFERENCES "contribution_receipt"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction"
            ADD CONSTRAINT "FK_f6d2c4f839d62125f3d76ba8868" FOREIGN KEY ("grant_id") REFERENCES "grant_award"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction"
            ADD CONSTRAINT "FK_4a3a1d7225659082883e4a109cc" FOREIGN KEY ("disbursement_id") REFERENCES "disbursement"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction"
            ADD CONSTRAINT "FK_15a05e50406238046ca9617f7eb" FOREIGN KEY ("reverses_transaction_id") REFERENCES "ledger_transaction"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_entry"
            ADD CONSTRAINT "FK_9ae0dc38388b85b744ec8b28763" FOREIGN KEY ("transaction_id") REFERENCES "ledger_transaction"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_entry"
            ADD CONSTRAINT "FK_f51c20726076921b4697f67a8c1" FOREIGN KEY ("account_id") REFERENCES "ledger_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_allocation"
            ADD CONSTRAINT "FK_fa94c38f45875e45c761036bfa6" FOREIGN KEY ("grant_id") REFERENCES "grant_award"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_allocation"
            ADD CONSTRAINT "FK_b540b810a747cd804b3d27cb8cf" FOREIGN KEY ("funding_stream_id") REFERENCES "funding_stream"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disbursement_transition"
            ADD CONSTRAINT "FK_077689c49e5519d00521cdb6559" FOREIGN KEY ("disbursement_id") REFERENCES "disbursement"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE FUNCTION ledger_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE ledger_account SET balance_cents = balance_cents + NEW.amount_cents
               WHERE id = NEW.account_id AND currency = NEW.currency AND collaborative_id = NEW.collaborative_id;
              IF NOT FOUND THEN
                RAISE EXCEPTION 'ledger entry % is not in the currency or collaborative of account %', NEW.id, NEW.account_id
                  USING ERRCODE = 'check_violation';
              END IF;
              RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER ledger_entry_apply AFTER INSERT ON "ledger_entry"
            FOR EACH ROW EXECUTE FUNCTION ledger_entry_apply()
        `);
    await queryRunner.query(`
            CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              unbalanced record;
            BEGIN
              SELECT currency, sum(amount_cents) AS total INTO unbalanced
                FROM ledger_entry WHERE transaction_id = NEW.transaction_id
               GROUP BY currency HAVING sum(amount_cents) <> 0 LIMIT 1;
              IF FOUND THEN
                RAISE EXCEPTION 'ledger transaction % does not balance: % % left over', NEW.transaction_id, unbalanced.total, unbalanced.currency
                  USING ERRCODE = 'check_violation';
              END IF;
              RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER ledger_transaction_balanced AFTER INSERT ON "ledger_entry"
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced()
        `);
    await queryRunner.query(`
            CREATE FUNCTION ledger_transaction_has_entries() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF (SELECT count(*) FROM ledger_entry WHERE transaction_id = NEW.id) < 2 THEN
                RAISE EXCEPTION 'ledger transaction % needs at least two postings', NEW.id USING ERRCODE = 'check_violation';
              END IF;
              RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER ledger_transaction_has_entries AFTER INSERT ON "ledger_transaction"
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION ledger_transaction_has_entries()
        `);
    await queryRunner.query(`
            CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION '% is append-only: % refused; post a reversing transaction instead', TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    for (const table of ['ledger_entry', 'ledger_transaction']) {
      await queryRunner.query(`
            CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}"
            FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()
        `);
      await queryRunner.query(`
            CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}"
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()
        `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['ledger_transaction', 'ledger_entry']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`DROP TRIGGER ledger_transaction_has_entries ON "ledger_transaction"`);
    await queryRunner.query(`DROP FUNCTION ledger_transaction_has_entries()`);
    await queryRunner.query(`DROP TRIGGER ledger_transaction_balanced ON "ledger_entry"`);
    await queryRunner.query(`DROP FUNCTION ledger_transaction_balanced()`);
    await queryRunner.query(`DROP TRIGGER ledger_entry_apply ON "ledger_entry"`);
    await queryRunner.query(`DROP FUNCTION ledger_entry_apply()`);
    await queryRunner.query(`
            ALTER TABLE "disbursement_transition" DROP CONSTRAINT "FK_077689c49e5519d00521cdb6559"
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_allocation" DROP CONSTRAINT "FK_b540b810a747cd804b3d27cb8cf"
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_allocation" DROP CONSTRAINT "FK_fa94c38f45875e45c761036bfa6"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_entry" DROP CONSTRAINT "FK_f51c20726076921b4697f67a8c1"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_entry" DROP CONSTRAINT "FK_9ae0dc38388b85b744ec8b28763"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction" DROP CONSTRAINT "FK_15a05e50406238046ca9617f7eb"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction" DROP CONSTRAINT "FK_4a3a1d7225659082883e4a109cc"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction" DROP CONSTRAINT "FK_f6d2c4f839d62125f3d76ba8868"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction" DROP CONSTRAINT "FK_625796131feff864d6e747bc94a"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_transaction" DROP CONSTRAINT "FK_40dc61a062449fe839ed55b7129"
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_receipt" DROP CONSTRAINT "FK_f7e12f2401885ef9d893ff1d27d"
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution" DROP CONSTRAINT "FK_ca0f12c02a898d007ffd9030b3b"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_account" DROP CONSTRAINT "FK_e8baaafabfb9ee2b9ea6125eac6"
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_stream" DROP CONSTRAINT "FK_e273a631ea97fb8f8f5458db732"
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_stream" DROP CONSTRAINT "FK_9090c799ee8d2c997f341917839"
        `);
    await queryRunner.query(`
            ALTER TABLE "disbursement" DROP CONSTRAINT "FK_386e5505b27dfaf26e720028d0e"
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_award" DROP CONSTRAINT "FK_bf10cb773fe3385869ed987caf9"
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_award" DROP CONSTRAINT "FK_e608b1bdd5b0513b2cab2939026"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f8cdf010260579642bd70ffc3e"
        `);
    await queryRunner.query(`
            DROP TABLE "disbursement_transition"
        `);
    // disbursement_status is still used by disbursement; it is dropped with that table below.
    await queryRunner.query(`
            DROP INDEX "public"."grant_allocation_one_per_stream"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b540b810a747cd804b3d27cb8c"
        `);
    await queryRunner.query(`
            DROP TABLE "grant_allocation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9ae0dc38388b85b744ec8b2876"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f51c20726076921b4697f67a8c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4c6563b318c4ce214bfe8238e1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_90d14f7ff40d56bfa68b7b84f2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a5d9837e81ae572801b4e694f1"
        `);
    await queryRunner.query(`
            DROP TABLE "ledger_entry"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_92099cdcd7b8d83c35a421d1d0"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_40dc61a062449fe839ed55b712"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f6d2c4f839d62125f3d76ba886"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4a3a1d7225659082883e4a109c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ledger_transaction_idempotency_key"
        `);
    await queryRunner.query(`
            DROP TABLE "ledger_transaction"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ledger_source"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_256596e807776525b96e728bff"
        `);
    await queryRunner.query(`
            DROP TABLE "contribution_receipt"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_071ceb950b7c2d2e06dc67a0e0"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_820f144c9123d244c7d73afe55"
        `);
    await queryRunner.query(`
            DROP TABLE "contribution"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contribution_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ledger_account_key_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_35a2d517d3fe28be5a9dfdcbd1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_504a03d0c68156dd85f25ece74"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a58d445ed8fe303d2b4d68d81a"
        `);
    await queryRunner.query(`
            DROP TABLE "ledger_account"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ledger_account_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."funding_stream_name_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e273a631ea97fb8f8f5458db73"
        `);
    await queryRunner.query(`
            DROP TABLE "funding_stream"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."funding_stream_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."disbursement_tranche_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_dc4725ff463f302692dfceff80"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6fe2f45d433b6d6621b9603117"
        `);
    await queryRunner.query(`
            DROP TABLE "disbursement"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."disbursement_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c419d9f2b0cb32294343fbf0df"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bf10cb773fe3385869ed987caf"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."grant_award_one_per_motion"
        `);
    await queryRunner.query(`
            DROP TABLE "grant_award"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."grant_origin"
        `);
  }
}
