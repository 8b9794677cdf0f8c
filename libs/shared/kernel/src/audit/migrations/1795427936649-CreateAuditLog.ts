import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log, append-only: its trigger refuses UPDATE, DELETE and TRUNCATE for every role. */
export class CreateAuditLog1795427936649 implements MigrationInterface {
  name = 'CreateAuditLog1795427936649';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "actor_name" text NOT NULL,
                "collaborative_id" uuid,
                "action" text NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" text,
                "before" jsonb,
                "after" jsonb,
                "request_id" text NOT NULL,
                "ip" text,
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c0ea392536b5c4cba7012b6f7b" ON "audit_event" ("entity_type", "entity_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_be59f985adb9d2700541c8a6af" ON "audit_event" ("collaborative_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE FUNCTION braid_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
            FOR EACH ROW EXECUTE FUNCTION braid_refuse_audit_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION braid_refuse_audit_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION braid_refuse_audit_change()`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_be59f985adb9d2700541c8a6af"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c0ea392536b5c4cba7012b6f7b"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
  }
}
