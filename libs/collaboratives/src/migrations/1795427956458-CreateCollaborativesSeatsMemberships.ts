import { MigrationInterface, QueryRunner } from 'typeorm';

/** Step 1 of the acceptance story (docs/DOMAIN-GUIDE.md): collaboratives, their organizations, seats, members and invitations. */
export class CreateCollaborativesSeatsMemberships1795427956458 implements MigrationInterface {
  name = 'CreateCollaborativesSeatsMemberships1795427956458';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "collaborative" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "slug" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "region" text NOT NULL DEFAULT '',
                "public_transparency" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_77c10da22442471c493a74342eb" UNIQUE ("slug"),
                CONSTRAINT "PK_6e7f146d4affc8bbfedd12e0c87" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."organization_kind" AS ENUM(
                'FUNDER',
                'FUNDED_PARTNER',
                'MEMBER_ORGANIZATION'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."sector" AS ENUM(
                'HEALTH_PLAN',
                'HEALTH_SYSTEM',
                'GOVERNMENT',
                'EDUCATION',
                'COMMUNITY_ORG',
                'RESIDENT'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organization" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "name" text NOT NULL,
                "kinds" "public"."organization_kind" array NOT NULL DEFAULT '{}',
                "sector" "public"."sector",
                "website" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "organization_name_unique" ON "organization" ("collaborative_id", "name")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM(
                'ADMIN',
                'CHAIR',
                'FUND_ADMINISTRATOR',
                'WORKGROUP_LEAD',
                'MEMBER',
                'PARTNER_CONTACT',
                'OBSERVER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."membership_status" AS ENUM('ACTIVE', 'REVOKED')
        `);
    await queryRunner.query(`
            CREATE TABLE "membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "roles" "public"."role" array NOT NULL,
                "organization_id" uuid,
                "status" "public"."membership_status" NOT NULL DEFAULT 'ACTIVE',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e9c72e8d29784031c96f5c6af8" ON "membership" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "membership_one_per_person" ON "membership" ("collaborative_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "seat" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "name" text NOT NULL,
                "sector" "public"."sector" NOT NULL,
                "organization_id" uuid,
                "holder_user_id" uuid,
                "alternate_user_id" uuid,
                "term_start" date,
                "term_end" date,
                "voting" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "seat_term_in_order" CHECK (
                    term_end IS NULL
                    OR term_start IS NULL
                    OR term_end >= term_start
                ),
                CONSTRAINT "seat_alternate_is_not_holder" CHECK (
                    alternate_user_id IS NULL
                    OR alternate_user_id <> holder_user_id
                ),
                CONSTRAINT "PK_4e72ae40c3fbd7711ccb380ac17" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "seat_name_unique" ON "seat" ("collaborative_id", "name")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "seat_one_voting_seat_per_person" ON "seat" ("collaborative_id", "holder_user_id")
            WHERE voting
                AND holder_user_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'REVOKED')
        `);
    await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "collaborative_id" uuid NOT NULL,
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "roles" "public"."role" array NOT NULL,
                "organization_id" uuid,
                "token_hash" text NOT NULL,
                "invited_by_user_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "stored_status" "public"."invitation_status" NOT NULL DEFAULT 'PENDING',
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_b827d3749ffbb3b5ab5099afd64" UNIQUE ("token_hash"),
                CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_aa7aa3c2d8c6881e1cd7826aac" ON "invitation" ("collaborative_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "organization"
            ADD CONSTRAINT "FK_161c26115288bc8ccb47a926262" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "FK_1ef0b92c1ca4a80dae815298653" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "seat"
            ADD CONSTRAINT "FK_6b6bf35d6b77159b029a75f15e0" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "seat"
            ADD CONSTRAINT "FK_f34080616812fb5e252e5930433" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "seat"
            ADD CONSTRAINT "FK_e63fa8eba895c57eeaa6c19909d" FOREIGN KEY ("holder_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "seat"
            ADD CONSTRAINT "FK_dca0855acfcffbceeaeb9bf9533" FOREIGN KEY ("alternate_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_40e37505c2551ff2bb13579fb04" FOREIGN KEY ("collaborative_id") REFERENCES "collaborative"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_4a0924fe6999ac3335f3ba843d5" FOREIGN KEY ("invited_by_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_451d84f9c86bdb76af248b6848a" FOREIGN KEY ("accepted_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_451d84f9c86bdb76af248b6848a"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_4a0924fe6999ac3335f3ba843d5"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_40e37505c2551ff2bb13579fb04"
        `);
    await queryRunner.query(`
            ALTER TABLE "seat" DROP CONSTRAINT "FK_dca0855acfcffbceeaeb9bf9533"
        `);
    await queryRunner.query(`
            ALTER TABLE "seat" DROP CONSTRAINT "FK_e63fa8eba895c57eeaa6c19909d"
        `);
    await queryRunner.query(`
            ALTER TABLE "seat" DROP CONSTRAINT "FK_f34080616812fb5e252e5930433"
        `);
    await queryRunner.query(`
            ALTER TABLE "seat" DROP CONSTRAINT "FK_6b6bf35d6b77159b029a75f15e0"
        `);
    await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"
        `);
    await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"
        `);
    await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "FK_1ef0b92c1ca4a80dae815298653"
        `);
    await queryRunner.query(`
            ALTER TABLE "organization" DROP CONSTRAINT "FK_161c26115288bc8ccb47a926262"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_aa7aa3c2d8c6881e1cd7826aac"
        `);
    await queryRunner.query(`
            DROP TABLE "invitation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."invitation_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."seat_one_voting_seat_per_person"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."seat_name_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "seat"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."membership_one_per_person"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e9c72e8d29784031c96f5c6af8"
        `);
    await queryRunner.query(`
            DROP TABLE "membership"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."membership_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."organization_name_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "organization"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."organization_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."sector"
        `);
    await queryRunner.query(`
            DROP TABLE "collaborative"
        `);
  }
}
