import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGrantReports1795437491546 implements MigrationInterface {
  name = 'CreateGrantReports1795437491546';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."grant_report_status" AS ENUM(
                'DRAFT',
                'SUBMITTED',
                'RESUBMITTED',
                'CHANGES_REQUESTED',
                'ACCEPTED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "grant_report" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "grant_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "requirement_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "status" "public"."grant_report_status" NOT NULL,
                "narrative" text NOT NULL DEFAULT '',
                "revision" integer NOT NULL DEFAULT '0',
                "created_by_user_id" uuid NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submitted_by_user_id" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "grant_report_version_positive" CHECK (version >= 1),
                CONSTRAINT "PK_c2685620c113825dbcb649cf09c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_11e7529b9c384af486fc03e076" ON "grant_report" ("grant_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4d02ce3cdaa5099831fecdf55d" ON "grant_report" ("recipient_organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_11ec4465797c62607921237d8f" ON "grant_report" ("collaborative_id", "status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "grant_report_version_unique" ON "grant_report" ("requirement_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "report_attachment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "file_name" text NOT NULL,
                "content_type" text NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" text NOT NULL,
                "storage_key" text NOT NULL,
                "uploaded_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "report_attachment_size_positive" CHECK (size_bytes > 0),
                CONSTRAINT "PK_0e5e0eca753a0c7e367a1249dfc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2e7020b832424fe6ee6f3f6c9f" ON "report_attachment" ("report_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_review_decision" AS ENUM('ACCEPTED', 'CHANGES_REQUESTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "report_review" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "decision" "public"."report_review_decision" NOT NULL,
                "comments" jsonb NOT NULL DEFAULT '[]',
                "reviewer_user_id" uuid NOT NULL,
                "reviewer_name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1cb5982098ec9acfcb4572627df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "report_review_one_per_version" ON "report_review" ("report_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "grant_metric" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "grant_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "metric_id" uuid NOT NULL,
                "target" integer NOT NULL,
                "year_targets" integer array NOT NULL DEFAULT '{}',
                CONSTRAINT "grant_metric_target_not_negative" CHECK (target >= 0),
                CONSTRAINT "PK_94f3c1115d92f350ac29e54b810" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_567f6b2237ad83482da5881284" ON "grant_metric" ("metric_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "grant_metric_one_per_grant" ON "grant_metric" ("grant_id", "metric_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_section" AS ENUM(
                'NARRATIVE',
                'SPENDING',
                'METRICS',
                'ATTACHMENTS'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "reporting_requirement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "grant_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "sequence" integer NOT NULL,
                "covers" text NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "due_on" date NOT NULL,
                "required_sections" "public"."report_section" array NOT NULL,
                CONSTRAINT "reporting_requirement_period_in_order" CHECK (period_end >= period_start),
                CONSTRAINT "PK_b12eab19bd494607966e299e6de" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c4a1b7cf1569c33ebb9e848b92" ON "reporting_requirement" ("recipient_organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_19e2a847b60574d49825e808ea" ON "reporting_requirement" ("collaborative_id", "due_on")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "reporting_requirement_sequence_unique" ON "reporting_requirement" ("grant_id", "sequence")
        `);
    await queryRunner.query(`
            CREATE TABLE "report_metric_value" (
                "report_id" uuid NOT NULL,
                "metric_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "value" integer NOT NULL,
                "note" text NOT NULL DEFAULT '',
                CONSTRAINT "report_metric_value_not_negative" CHECK (value >= 0),
                CONSTRAINT "PK_798ded8a278bf352c5d7595e9eb" PRIMARY KEY ("report_id", "metric_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_06c2adfb759408323939efe2a6" ON "report_metric_value" ("metric_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "report_spending_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "budget_line" text NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "amount_cents" bigint NOT NULL,
                "amount_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "report_spending_line_not_negative" CHECK (amount_cents >= 0),
                CONSTRAINT "PK_a70b999bd3fba88703f5c31a530" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "report_spending_line_position_unique" ON "report_spending_line" ("report_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "report_metric" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "name" text NOT NULL,
                "unit" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_541f4802f753c41887f8961b87d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "requirement_metric_target" (
                "requirement_id" uuid NOT NULL,
                "metric_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "grant_id" uuid NOT NULL,
                "target" integer NOT NULL,
                CONSTRAINT "PK_8a98d1e2b9872d75c7149a686b7" PRIMARY KEY ("requirement_id", "metric_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_547b2cc05a02fadaf40bc997f4" ON "requirement_metric_target" ("metric_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "report_settings" (
                "collaborative_id" uuid NOT NULL,
                "hold_disbursements_on_late_reports" boolean NOT NULL DEFAULT true,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_dabe82709ca839bd71952df9c38" PRIMARY KEY ("collaborative_id")
            )
        `);

    // Written by hand: keys to the grants and collaboratives, the catalogue's case-blind names,
    // one accepted version and one open draft per requirement, and immutability of what was
    // submitted (the rule of report-lifecycle.ts, kept by the database as a second line).
    await queryRunner.query(`
            ALTER TABLE "report_metric"
                ADD CONSTRAINT "report_metric_collaborative_fk" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "report_metric_name_unique" ON "report_metric" ("collaborative_id", lower("name"))
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_metric"
                ADD CONSTRAINT "grant_metric_grant_fk" FOREIGN KEY ("grant_id") REFERENCES "grant_award"("id"),
                ADD CONSTRAINT "grant_metric_metric_fk" FOREIGN KEY ("metric_id") REFERENCES "report_metric"("id")
        `);
    await queryRunner.query(`
            ALTER TABLE "reporting_requirement"
                ADD CONSTRAINT "reporting_requirement_grant_fk" FOREIGN KEY ("grant_id") REFERENCES "grant_award"("id")
        `);
    await queryRunner.query(`
            ALTER TABLE "requirement_metric_target"
                ADD CONSTRAINT "requirement_metric_target_requirement_fk" FOREIGN KEY ("requirement_id") REFERENCES "reporting_requirement"("id"),
                ADD CONSTRAINT "requirement_metric_target_metric_fk" FOREIGN KEY ("metric_id") REFERENCES "report_metric"("id")
        `);
    await queryRunner.query(`
            ALTER TABLE "grant_report"
                ADD CONSTRAINT "grant_report_requirement_fk" FOREIGN KEY ("requirement_id") REFERENCES "reporting_requirement"("id"),
                ADD CONSTRAINT "grant_report_grant_fk" FOREIGN KEY ("grant_id") REFERENCES "grant_award"("id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "grant_report_one_accepted" ON "grant_report" ("requirement_id") WHERE status = 'ACCEPTED'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "grant_report_one_draft" ON "grant_report" ("requirement_id") WHERE status = 'DRAFT'
        `);
    for (const table of [
      'report_spending_line',
      'report_metric_value',
      'report_review',
      'report_attachment',
    ]) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_report_fk" FOREIGN KEY ("report_id") REFERENCES "grant_report"("id")`,
      );
    }
    await queryRunner.query(`
            ALTER TABLE "report_metric_value"
                ADD CONSTRAINT "report_metric_value_metric_fk" FOREIGN KEY ("metric_id") REFERENCES "report_metric"("id")
        `);
    await queryRunner.query(`
            ALTER TABLE "report_settings"
                ADD CONSTRAINT "report_settings_collaborative_fk" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id")
        `);
    await queryRunner.query(`
            CREATE FUNCTION grant_report_keep_submitted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'grant reports are never deleted' USING ERRCODE = 'check_violation';
              END IF;
              IF OLD.status = 'DRAFT' THEN RETURN NEW; END IF;
              -- A submitted version changes only by its review: the status and the review time.
              IF OLD.status IN ('SUBMITTED', 'RESUBMITTED') AND NEW.status IN ('ACCEPTED', 'CHANGES_REQUESTED')
                 AND (NEW.narrative, NEW.version, NEW.requirement_id, NEW.submitted_at, NEW.revision)
                     IS NOT DISTINCT FROM (OLD.narrative, OLD.version, OLD.requirement_id, OLD.submitted_at, OLD.revision) THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'grant report % is %: it can no longer change', OLD.id, OLD.status
                USING ERRCODE = 'check_violation';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER grant_report_keep_submitted BEFORE UPDATE OR DELETE ON "grant_report"
                FOR EACH ROW EXECUTE FUNCTION grant_report_keep_submitted()
        `);
    await queryRunner.query(`
            CREATE FUNCTION grant_report_content_in_draft() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              report uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END;
              current_status grant_report_status;
            BEGIN
              SELECT status INTO current_status FROM grant_report WHERE id = report;
              IF current_status IS DISTINCT FROM 'DRAFT' THEN
                RAISE EXCEPTION 'grant report % is %: its content can no longer change', report, current_status
                  USING ERRCODE = 'check_violation';
              END IF;
              RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END $$
        `);
    for (const table of ['report_spending_line', 'report_metric_value', 'report_attachment']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_in_draft BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION grant_report_content_in_draft()`,
      );
    }
    await queryRunner.query(`
            CREATE FUNCTION report_review_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'report reviews are never changed or deleted' USING ERRCODE = 'check_violation';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER report_review_refuse_change BEFORE UPDATE OR DELETE ON "report_review"
                FOR EACH ROW EXECUTE FUNCTION report_review_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER report_review_refuse_change ON "report_review"`);
    await queryRunner.query(`DROP FUNCTION report_review_refuse_change()`);
    for (const table of ['report_spending_line', 'report_metric_value', 'report_attachment']) {
      await queryRunner.query(`DROP TRIGGER ${table}_in_draft ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION grant_report_content_in_draft()`);
    await queryRunner.query(`DROP TRIGGER grant_report_keep_submitted ON "grant_report"`);
    await queryRunner.query(`DROP FUNCTION grant_report_keep_submitted()`);
    await queryRunner.query(`DROP INDEX "public"."grant_report_one_draft"`);
    await queryRunner.query(`DROP INDEX "public"."grant_report_one_accepted"`);
    await queryRunner.query(`DROP INDEX "public"."report_metric_name_unique"`);
    await queryRunner.query(
      `ALTER TABLE "report_settings" DROP CONSTRAINT "report_settings_collaborative_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_metric_value" DROP CONSTRAINT "report_metric_value_metric_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "report_attachment" DROP CONSTRAINT "report_attachment_report_fk"`);
    await queryRunner.query(`ALTER TABLE "report_review" DROP CONSTRAINT "report_review_report_fk"`);
    await queryRunner.query(
      `ALTER TABLE "report_metric_value" DROP CONSTRAINT "report_metric_value_report_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_spending_line" DROP CONSTRAINT "report_spending_line_report_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "grant_report" DROP CONSTRAINT "grant_report_grant_fk"`);
    await queryRunner.query(`ALTER TABLE "grant_report" DROP CONSTRAINT "grant_report_requirement_fk"`);
    await queryRunner.query(
      `ALTER TABLE "requirement_metric_target" DROP CONSTRAINT "requirement_metric_target_metric_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "requirement_metric_target" DROP CONSTRAINT "requirement_metric_target_requirement_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_requirement" DROP CONSTRAINT "reporting_requirement_grant_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "grant_metric" DROP CONSTRAINT "grant_metric_metric_fk"`);
    await queryRunner.query(`ALTER TABLE "grant_metric" DROP CONSTRAINT "grant_metric_grant_fk"`);
    await queryRunner.query(`ALTER TABLE "report_metric" DROP CONSTRAINT "report_metric_collaborative_fk"`);
    await queryRunner.query(`
            DROP TABLE "report_settings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_547b2cc05a02fadaf40bc997f4"
        `);
    await queryRunner.query(`
            DROP TABLE "requirement_metric_target"
        `);
    await queryRunner.query(`
            DROP TABLE "report_metric"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."report_spending_line_position_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "report_spending_line"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_06c2adfb759408323939efe2a6"
        `);
    await queryRunner.query(`
            DROP TABLE "report_metric_value"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."reporting_requirement_sequence_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_19e2a847b60574d49825e808ea"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c4a1b7cf1569c33ebb9e848b92"
        `);
    await queryRunner.query(`
            DROP TABLE "reporting_requirement"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_section"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."grant_metric_one_per_grant"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_567f6b2237ad83482da5881284"
        `);
    await queryRunner.query(`
            DROP TABLE "grant_metric"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."report_review_one_per_version"
        `);
    await queryRunner.query(`
            DROP TABLE "report_review"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_review_decision"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2e7020b832424fe6ee6f3f6c9f"
        `);
    await queryRunner.query(`
            DROP TABLE "report_attachment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."grant_report_version_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_11ec4465797c62607921237d8f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4d02ce3cdaa5099831fecdf55d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_11e7529b9c384af486fc03e076"
        `);
    await queryRunner.query(`
            DROP TABLE "grant_report"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."grant_report_status"
        `);
  }
}
