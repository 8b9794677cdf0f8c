import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Memberships (roles, organization, status) and seats (holder, alternate) are principal facts:
 * whoever gains or loses one is named to the cached principals at once (kernel
 * `braid_principal_changed`).
 */
export class NotifyMembershipAndSeatChanges1795450000002 implements MigrationInterface {
  name = 'NotifyMembershipAndSeatChanges1795450000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TRIGGER membership_principal_changed AFTER INSERT OR UPDATE OR DELETE ON "membership"
            FOR EACH ROW EXECUTE FUNCTION braid_user_id_changed()
        `);
    await queryRunner.query(`
            CREATE FUNCTION seat_principal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                PERFORM braid_principal_changed(ARRAY[NEW.holder_user_id, NEW.alternate_user_id]);
              ELSIF TG_OP = 'DELETE' THEN
                PERFORM braid_principal_changed(ARRAY[OLD.holder_user_id, OLD.alternate_user_id]);
              ELSE
                PERFORM braid_principal_changed(
                  ARRAY[OLD.holder_user_id, OLD.alternate_user_id, NEW.holder_user_id, NEW.alternate_user_id]);
              END IF;
              RETURN NULL;
            END
            $$
        `);
    // Renaming a seat or changing its term does not change who may do what.
    await queryRunner.query(`
            CREATE TRIGGER seat_principal_changed AFTER UPDATE ON "seat" FOR EACH ROW
            WHEN (OLD.holder_user_id IS DISTINCT FROM NEW.holder_user_id
                  OR OLD.alternate_user_id IS DISTINCT FROM NEW.alternate_user_id
                  OR OLD.collaborative_id <> NEW.collaborative_id)
            EXECUTE FUNCTION seat_principal_changed()
        `);
    await queryRunner.query(`
            CREATE TRIGGER seat_principal_added_or_removed AFTER INSERT OR DELETE ON "seat"
            FOR EACH ROW EXECUTE FUNCTION seat_principal_changed()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER seat_principal_added_or_removed ON "seat"`);
    await queryRunner.query(`DROP TRIGGER seat_principal_changed ON "seat"`);
    await queryRunner.query(`DROP FUNCTION seat_principal_changed()`);
    await queryRunner.query(`DROP TRIGGER membership_principal_changed ON "membership"`);
  }
}
