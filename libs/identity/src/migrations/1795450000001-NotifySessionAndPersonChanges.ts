import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revoked or shortened session and any change to a person (name, email, language, disabled)
 * reach the cached principals at once (kernel `braid_principal_changed`). A session's sliding
 * expiry moving later is not a change the cache needs to hear.
 */
export class NotifySessionAndPersonChanges1795450000001 implements MigrationInterface {
  name = 'NotifySessionAndPersonChanges1795450000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE FUNCTION user_account_principal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM braid_principal_changed(ARRAY[OLD.id]);
              RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER session_principal_changed AFTER UPDATE ON "session" FOR EACH ROW
            WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR NEW.expires_at < OLD.expires_at
                  OR OLD.user_id <> NEW.user_id OR OLD.token_hash <> NEW.token_hash)
            EXECUTE FUNCTION braid_user_id_changed()
        `);
    await queryRunner.query(`
            CREATE TRIGGER session_principal_removed AFTER DELETE ON "session" FOR EACH ROW
            EXECUTE FUNCTION braid_user_id_changed()
        `);
    await queryRunner.query(`
            CREATE TRIGGER user_account_principal_changed AFTER UPDATE OR DELETE ON "user_account" FOR EACH ROW
            EXECUTE FUNCTION user_account_principal_changed()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER user_account_principal_changed ON "user_account"`);
    await queryRunner.query(`DROP TRIGGER session_principal_removed ON "session"`);
    await queryRunner.query(`DROP TRIGGER session_principal_changed ON "session"`);
    await queryRunner.query(`DROP FUNCTION user_account_principal_changed()`);
  }
}
