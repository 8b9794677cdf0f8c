import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the tables a principal is built from (sessions, people, memberships, seats, workgroups)
 * call when a person's facts change: a NOTIFY on commit for every API process's PrincipalCache,
 * and a NOTICE to the changing connection so that its own transaction forgets the person as soon
 * as it commits. Each domain adds the triggers on its own tables; `braid_user_id_changed()` is
 * the trigger function for a table whose rows belong to one person through a `user_id` column.
 */
export class NotifyPrincipalChanges1795450000000 implements MigrationInterface {
  name = 'NotifyPrincipalChanges1795450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE FUNCTION braid_principal_changed(user_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
              changed uuid;
            BEGIN
              FOR changed IN SELECT DISTINCT u FROM unnest(user_ids) AS u WHERE u IS NOT NULL LOOP
                PERFORM pg_notify('braid_principal', changed::text);
                RAISE NOTICE USING MESSAGE = 'braid_principal_changed ' || changed::text;
              END LOOP;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION braid_user_id_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                PERFORM braid_principal_changed(ARRAY[NEW.user_id]);
              ELSIF TG_OP = 'DELETE' THEN
                PERFORM braid_principal_changed(ARRAY[OLD.user_id]);
              ELSE
                PERFORM braid_principal_changed(ARRAY[OLD.user_id, NEW.user_id]);
              END IF;
              RETURN NULL;
            END
            $$
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION braid_user_id_changed()`);
    await queryRunner.query(`DROP FUNCTION braid_principal_changed(uuid[])`);
  }
}
