import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Steps 3-4 of the acceptance story (docs/DOMAIN-GUIDE.md): workgroups and action items, meetings with attendance and minutes,
 * voting rules, motions, ballots, conflicts and tallies. Beside the generated tables, by hand:
 * the triggers that keep history from being rewritten even by SQL (approved minutes, progress
 * notes, conflicts, tallies) and that accept ballots only while their motion is open.
 */
export class CreateGovernance1795429972050 implements MigrationInterface {
  name = 'CreateGovernance1795429972050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."workgroup_status" AS ENUM('ACTIVE', 'PAUSED', 'CLOSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "workgroup" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "name" text NOT NULL,
                "purpose" text NOT NULL DEFAULT '',
                "status" "public"."workgroup_status" NOT NULL DEFAULT 'ACTIVE',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8960dee564802442137d846a550" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "workgroup_name_unique" ON "workgroup" ("collaborative_id", "name")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."meeting_status" AS ENUM(
                'SCHEDULED',
                'IN_PROGRESS',
                'ADJOURNED',
                'CANCELLED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "meeting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "workgroup_id" uuid,
                "title" text NOT NULL,
                "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "location" text,
                "remote_link" text,
                "status" "public"."meeting_status" NOT NULL DEFAULT 'SCHEDULED',
                "note_taker_user_id" uuid,
                "created_by_user_id" uuid NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d589728fcd1a8eb8fdf9b95d69" ON "meeting" ("collaborative_id", "scheduled_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."motion_kind" AS ENUM('GENERAL', 'FUNDING', 'MINUTES_APPROVAL')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."motion_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED', 'WITHDRAWN')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."motion_outcome" AS ENUM('PASSED', 'FAILED', 'NO_QUORUM')
        `);
    await queryRunner.query(`
            CREATE TABLE "motion" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "meeting_id" uuid NOT NULL,
                "kind" "public"."motion_kind" NOT NULL,
                "title" text NOT NULL,
                "text" text NOT NULL DEFAULT '',
                "secret" boolean NOT NULL DEFAULT false,
                "status" "public"."motion_status" NOT NULL DEFAULT 'DRAFT',
                "outcome" "public"."motion_outcome",
                "moved_by_user_id" uuid NOT NULL,
                "minutes_id" uuid,
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closed_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "motion_minutes_when_approval" CHECK (
                    (kind = 'MINUTES_APPROVAL') = (minutes_id IS NOT NULL)
                ),
                CONSTRAINT "motion_outcome_when_closed" CHECK ((status = 'CLOSED') = (outcome IS NOT NULL)),
                CONSTRAINT "PK_6b577ebda54089e75b75f98058d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f78076d6d2ba608aa6d9737b7d" ON "motion" ("meeting_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0ebac16406a7b3114670a8a944" ON "motion" ("collaborative_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."minutes_status" AS ENUM('DRAFT', 'CIRCULATED', 'APPROVED')
        `);
    await queryRunner.query(`
            CREATE TABLE "minutes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "meeting_id" uuid NOT NULL,
                "workgroup_id" uuid,
                "note_taker_user_id" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "previous_version_id" uuid,
                "status" "public"."minutes_status" NOT NULL DEFAULT 'DRAFT',
                "body" text NOT NULL,
                "drafted_by_user_id" uuid NOT NULL,
                "circulated_at" TIMESTAMP WITH TIME ZONE,
                "approved_at" TIMESTAMP WITH TIME ZONE,
                "approved_by_motion_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "minutes_one_correction" ON "minutes" ("previous_version_id")
            WHERE previous_version_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "minutes_version_unique" ON "minutes" ("meeting_id", "version")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ballot_choice" AS ENUM('YES', 'NO', 'ABSTAIN')
        `);
    await queryRunner.query(`
            CREATE TABLE "ballot" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "motion_id" uuid NOT NULL,
                "seat_id" uuid NOT NULL,
                "secret" boolean NOT NULL,
                "choice" "public"."ballot_choice",
                "cast_by_user_id" uuid NOT NULL,
                "cast_by_alternate" boolean NOT NULL DEFAULT false,
                "version" integer NOT NULL DEFAULT '1',
                "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ballot_secret_has_no_choice" CHECK (
                    (
                        secret
                        AND choice IS NULL
                    )
                    OR (
                        NOT secret
                        AND choice IS NOT NULL
                    )
                ),
                CONSTRAINT "PK_20adac0e902c60e62fcb6f4cf9c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ballot_one_per_seat" ON "ballot" ("motion_id", "seat_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."conflict_source" AS ENUM('RECIPIENT', 'DECLARED')
        `);
    await queryRunner.query(`
            CREATE TABLE "conflict_declaration" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "motion_id" uuid NOT NULL,
                "seat_id" uuid NOT NULL,
                "source" "public"."conflict_source" NOT NULL,
                "reason" text NOT NULL,
                "declared_by_user_id" uuid,
                "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5802a1298ed7a133a21d15de998" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "conflict_one_per_seat" ON "conflict_declaration" ("motion_id", "seat_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."threshold_rule" AS ENUM(
                'SIMPLE_MAJORITY_OF_VOTES_CAST',
                'TWO_THIRDS_OF_VOTES_CAST',
                'MAJORITY_OF_FILLED_SEATS'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "tally" (
                "motion_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "yes" integer NOT NULL,
                "no" integer NOT NULL,
                "abstain" integer NOT NULL,
                "ballots_cast" integer NOT NULL,
                "recused_seat_ids" uuid array NOT NULL,
                "present_seat_ids" uuid array NOT NULL,
                "roster" jsonb NOT NULL,
                "filled_seats" integer NOT NULL,
                "quorum_required" integer NOT NULL,
                "sector_quorum" jsonb NOT NULL,
                "quorum_met" boolean NOT NULL,
                "threshold" "public"."threshold_rule" NOT NULL,
                "threshold_base" integer NOT NULL,
                "yes_required" integer NOT NULL,
                "outcome" "public"."motion_outcome" NOT NULL,
                "rules" jsonb NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_aaea90e36cf4d0734b992d1aed1" PRIMARY KEY ("motion_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."attendance_status" AS ENUM(
                'PRESENT',
                'REMOTE',
                'ABSENT',
                'ALTERNATE_PRESENT'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "attendance" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "seat_id" uuid,
                "user_id" uuid NOT NULL,
                "status" "public"."attendance_status" NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "attendance_one_per_person" ON "attendance" ("meeting_id", "user_id")
            WHERE seat_id IS NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "attendance_one_per_seat" ON "attendance" ("meeting_id", "seat_id")
            WHERE seat_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "secret_ballot_box" (
                "motion_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "yes" integer NOT NULL DEFAULT '0',
                "no" integer NOT NULL DEFAULT '0',
                "abstain" integer NOT NULL DEFAULT '0',
                "receipt_key" bytea,
                CONSTRAINT "PK_8f60f40c2e5894bca5d7d514714" PRIMARY KEY ("motion_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "funding_proposal" (
                "motion_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "recipient_organization_id" uuid NOT NULL,
                "purpose" text NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "allocations" jsonb NOT NULL,
                "tranches" jsonb NOT NULL,
                "amount_cents" bigint NOT NULL,
                "amount_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "funding_proposal_amount_positive" CHECK (amount_cents > 0),
                CONSTRAINT "funding_proposal_period_in_order" CHECK (period_end >= period_start),
                CONSTRAINT "PK_6f155857df75e7031f254c87254" PRIMARY KEY ("motion_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."quorum_rule" AS ENUM(
                'MAJORITY_OF_FILLED_SEATS',
                'TWO_THIRDS_OF_FILLED_SEATS'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "voting_rules" (
                "collaborative_id" uuid NOT NULL,
                "quorum_rule" "public"."quorum_rule" NOT NULL,
                "required_sectors" jsonb NOT NULL,
                "threshold" "public"."threshold_rule" NOT NULL,
                "threshold_above_spending_limit" "public"."threshold_rule" NOT NULL,
                "abstentions_count_toward_base" boolean NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "spending_limit_cents" bigint NOT NULL,
                "spending_limit_currency" character(3) NOT NULL DEFAULT 'USD',
                CONSTRAINT "PK_5a4278495f56a3d38d4eb291ab9" PRIMARY KEY ("collaborative_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "agenda_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" text NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "motion_id" uuid,
                CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "agenda_item_position_unique" ON "agenda_item" ("meeting_id", "position")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."action_item_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'BLOCKED')
        `);
    await queryRunner.query(`
            CREATE TABLE "action_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "workgroup_id" uuid NOT NULL,
                "title" text NOT NULL,
                "owner_user_id" uuid NOT NULL,
                "due_on" date,
                "status" "public"."action_item_status" NOT NULL DEFAULT 'OPEN',
                "created_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f62e7c60168606c68874c1c47d" ON "action_item" ("workgroup_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "action_update" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "workgroup_id" uuid NOT NULL,
                "action_item_id" uuid NOT NULL,
                "author_user_id" uuid NOT NULL,
                "note" text NOT NULL,
                "status_from" "public"."action_item_status",
                "status_to" "public"."action_item_status",
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_40d41e727317ac0cdc2d4e166a7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_81cb05f16556751a7710d4004e" ON "action_update" ("action_item_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "workgroup_member" (
                "workgroup_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "collaborative_id" uuid NOT NULL,
                "lead" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_911294bf6c5e53b4840301306c9" PRIMARY KEY ("workgroup_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_74d3eadfe94496e12c3ed01138" ON "workgroup_member" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "workgroup"
            ADD CONSTRAINT "FK_5989a3f10885554edfb267b2418" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_ed4ae4f4acf395a537a8b61a6d0" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_ae25f29b2b0db076b9cd1336f21" FOREIGN KEY ("workgroup_id") REFERENCES "workgroup"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_d45a6b452c4b03aabab0180d440" FOREIGN KEY ("note_taker_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "motion"
            ADD CONSTRAINT "FK_f78076d6d2ba608aa6d9737b7d9" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "motion"
            ADD CONSTRAINT "FK_71c9d7b633148ec018a1397b695" FOREIGN KEY ("moved_by_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "motion"
            ADD CONSTRAINT "FK_b3481f3f02599a523dbaa5fdee7" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "minutes"
            ADD CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "minutes"
            ADD CONSTRAINT "FK_c3569b73e0845297248eba1a317" FOREIGN KEY ("previous_version_id") REFERENCES "minutes"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "minutes"
            ADD CONSTRAINT "FK_ca6c7f9214574ab50344209531c" FOREIGN KEY ("approved_by_motion_id") REFERENCES "motion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "FK_2bcc57e12c03d29a8449ff5c003" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "FK_4eb614f71bbc5914035e8e09e46" FOREIGN KEY ("seat_id") REFERENCES "seat"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_declaration"
            ADD CONSTRAINT "FK_f779845a5b86502c8cd592b43cf" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_declaration"
            ADD CONSTRAINT "FK_b62e96dff6d6ebf38a31d5c74a4" FOREIGN KEY ("seat_id") REFERENCES "seat"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tally"
            ADD CONSTRAINT "FK_aaea90e36cf4d0734b992d1aed1" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "FK_fedd75244556b90cd6a92b7c149" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "FK_25a3615762be49c774d459f4786" FOREIGN KEY ("seat_id") REFERENCES "seat"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "FK_0bedbcc8d5f9b9ec4979f519597" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "secret_ballot_box"
            ADD CONSTRAINT "FK_8f60f40c2e5894bca5d7d514714" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_proposal"
            ADD CONSTRAINT "FK_6f155857df75e7031f254c87254" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_proposal"
            ADD CONSTRAINT "FK_1cb98f4b77f4a5fbc66519f140e" FOREIGN KEY ("recipient_organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "voting_rules"
            ADD CONSTRAINT "FK_5a4278495f56a3d38d4eb291ab9" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_60bf6e8fb85f940707bbbe607af" FOREIGN KEY ("workgroup_id") REFERENCES "workgroup"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_298fd27e5aa1118d851e4c2427f" FOREIGN KEY ("owner_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_update"
            ADD CONSTRAINT "FK_7c7a9a328c62bfaee8482d4d0d2" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_update"
            ADD CONSTRAINT "FK_0f43a9f88817012a3c4c045315b" FOREIGN KEY ("author_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workgroup_member"
            ADD CONSTRAINT "FK_197f61ab058b5a45b223210b13d" FOREIGN KEY ("workgroup_id") REFERENCES "workgroup"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workgroup_member"
            ADD CONSTRAINT "FK_74d3eadfe94496e12c3ed011386" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE FUNCTION governance_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION '% is a record that is never rewritten: % refused', TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'check_violation';
            END
            $$
        `);
    for (const table of ['action_update', 'conflict_declaration', 'tally']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_never_rewritten BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION governance_refuse_change()`,
      );
    }
    await queryRunner.query(`
            CREATE FUNCTION minutes_refuse_change_once_approved() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF OLD.status = 'APPROVED' THEN
                RAISE EXCEPTION 'minutes % are approved and never change (% refused); correct them with a new version', OLD.id, TG_OP
                  USING ERRCODE = 'check_violation';
              END IF;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              RETURN NEW;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER minutes_approved_never_change BEFORE UPDATE OR DELETE ON "minutes"
            FOR EACH ROW EXECUTE FUNCTION minutes_refuse_change_once_approved()
        `);
    // A ballot (or a secret motion's counts) changes only while its motion is open, and a ballot
    // is secret exactly when its motion is: a named choice can never sit beside a secret motion.
    await queryRunner.query(`
            CREATE FUNCTION ballot_requires_open_motion() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              voted_on record;
            BEGIN
              SELECT status, secret INTO voted_on FROM motion
               WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.motion_id ELSE NEW.motion_id END;
              IF voted_on.status IS DISTINCT FROM 'OPEN' THEN
                RAISE EXCEPTION '% refused: the motion is not open', TG_OP USING ERRCODE = 'check_violation';
              END IF;
              -- Nested: PL/pgSQL would resolve NEW.secret on the ballot box too, which has no such column.
              IF TG_TABLE_NAME = 'ballot' AND TG_OP <> 'DELETE' THEN
                IF NEW.secret IS DISTINCT FROM voted_on.secret THEN
                  RAISE EXCEPTION 'a ballot is secret exactly when its motion is' USING ERRCODE = 'check_violation';
                END IF;
              END IF;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              RETURN NEW;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER ballot_only_while_open BEFORE INSERT OR UPDATE OR DELETE ON "ballot"
            FOR EACH ROW EXECUTE FUNCTION ballot_requires_open_motion()
        `);
    // The box is created when the motion opens (still DRAFT in the row), so only its changes are checked.
    await queryRunner.query(`
            CREATE TRIGGER secret_ballot_box_only_while_open BEFORE UPDATE OR DELETE ON "secret_ballot_box"
            FOR EACH ROW EXECUTE FUNCTION ballot_requires_open_motion()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER secret_ballot_box_only_while_open ON "secret_ballot_box"`);
    await queryRunner.query(`DROP TRIGGER ballot_only_while_open ON "ballot"`);
    await queryRunner.query(`DROP FUNCTION ballot_requires_open_motion()`);
    await queryRunner.query(`DROP TRIGGER minutes_approved_never_change ON "minutes"`);
    await queryRunner.query(`DROP FUNCTION minutes_refuse_change_once_approved()`);
    for (const table of ['action_update', 'conflict_declaration', 'tally']) {
      await queryRunner.query(`DROP TRIGGER ${table}_never_rewritten ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION governance_refuse_change()`);
    await queryRunner.query(`
            ALTER TABLE "workgroup_member" DROP CONSTRAINT "FK_74d3eadfe94496e12c3ed011386"
        `);
    await queryRunner.query(`
            ALTER TABLE "workgroup_member" DROP CONSTRAINT "FK_197f61ab058b5a45b223210b13d"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_update" DROP CONSTRAINT "FK_0f43a9f88817012a3c4c045315b"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_update" DROP CONSTRAINT "FK_7c7a9a328c62bfaee8482d4d0d2"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_298fd27e5aa1118d851e4c2427f"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_60bf6e8fb85f940707bbbe607af"
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b"
        `);
    await queryRunner.query(`
            ALTER TABLE "voting_rules" DROP CONSTRAINT "FK_5a4278495f56a3d38d4eb291ab9"
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_proposal" DROP CONSTRAINT "FK_1cb98f4b77f4a5fbc66519f140e"
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_proposal" DROP CONSTRAINT "FK_6f155857df75e7031f254c87254"
        `);
    await queryRunner.query(`
            ALTER TABLE "secret_ballot_box" DROP CONSTRAINT "FK_8f60f40c2e5894bca5d7d514714"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "FK_0bedbcc8d5f9b9ec4979f519597"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "FK_25a3615762be49c774d459f4786"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "FK_fedd75244556b90cd6a92b7c149"
        `);
    await queryRunner.query(`
            ALTER TABLE "tally" DROP CONSTRAINT "FK_aaea90e36cf4d0734b992d1aed1"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_declaration" DROP CONSTRAINT "FK_b62e96dff6d6ebf38a31d5c74a4"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_declaration" DROP CONSTRAINT "FK_f779845a5b86502c8cd592b43cf"
        `);
    await queryRunner.query(`
            ALTER TABLE "ballot" DROP CONSTRAINT "FK_4eb614f71bbc5914035e8e09e46"
        `);
    await queryRunner.query(`
            ALTER TABLE "ballot" DROP CONSTRAINT "FK_2bcc57e12c03d29a8449ff5c003"
        `);
    await queryRunner.query(`
            ALTER TABLE "minutes" DROP CONSTRAINT "FK_ca6c7f9214574ab50344209531c"
        `);
    await queryRunner.query(`
            ALTER TABLE "minutes" DROP CONSTRAINT "FK_c3569b73e0845297248eba1a317"
        `);
    await queryRunner.query(`
            ALTER TABLE "minutes" DROP CONSTRAINT "FK_b5f85480864d8582430e488a93d"
        `);
    await queryRunner.query(`
            ALTER TABLE "motion" DROP CONSTRAINT "FK_b3481f3f02599a523dbaa5fdee7"
        `);
    await queryRunner.query(`
            ALTER TABLE "motion" DROP CONSTRAINT "FK_71c9d7b633148ec018a1397b695"
        `);
    await queryRunner.query(`
            ALTER TABLE "motion" DROP CONSTRAINT "FK_f78076d6d2ba608aa6d9737b7d9"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_d45a6b452c4b03aabab0180d440"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_ae25f29b2b0db076b9cd1336f21"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_ed4ae4f4acf395a537a8b61a6d0"
        `);
    await queryRunner.query(`
            ALTER TABLE "workgroup" DROP CONSTRAINT "FK_5989a3f10885554edfb267b2418"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_74d3eadfe94496e12c3ed01138"
        `);
    await queryRunner.query(`
            DROP TABLE "workgroup_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_81cb05f16556751a7710d4004e"
        `);
    await queryRunner.query(`
            DROP TABLE "action_update"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f62e7c60168606c68874c1c47d"
        `);
    await queryRunner.query(`
            DROP TABLE "action_item"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."action_item_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."agenda_item_position_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "agenda_item"
        `);
    await queryRunner.query(`
            DROP TABLE "voting_rules"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."quorum_rule"
        `);
    await queryRunner.query(`
            DROP TABLE "funding_proposal"
        `);
    await queryRunner.query(`
            DROP TABLE "secret_ballot_box"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attendance_one_per_seat"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attendance_one_per_person"
        `);
    await queryRunner.query(`
            DROP TABLE "attendance"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."attendance_status"
        `);
    await queryRunner.query(`
            DROP TABLE "tally"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."threshold_rule"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conflict_one_per_seat"
        `);
    await queryRunner.query(`
            DROP TABLE "conflict_declaration"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."conflict_source"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ballot_one_per_seat"
        `);
    await queryRunner.query(`
            DROP TABLE "ballot"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ballot_choice"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."minutes_version_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."minutes_one_correction"
        `);
    await queryRunner.query(`
            DROP TABLE "minutes"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."minutes_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0ebac16406a7b3114670a8a944"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f78076d6d2ba608aa6d9737b7d"
        `);
    await queryRunner.query(`
            DROP TABLE "motion"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."motion_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."motion_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."motion_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d589728fcd1a8eb8fdf9b95d69"
        `);
    await queryRunner.query(`
            DROP TABLE "meeting"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."meeting_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."workgroup_name_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "workgroup"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."workgroup_status"
        `);
  }
}
