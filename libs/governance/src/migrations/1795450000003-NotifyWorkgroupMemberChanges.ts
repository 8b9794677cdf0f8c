import { MigrationInterface, QueryRunner } from 'typeorm';

/** Joining, leaving or leading a workgroup changes a person's permissions: tell the cached principals. */
export class NotifyWorkgroupMemberChanges1795450000003 implements MigrationInterface {
  name = 'NotifyWorkgroupMemberChanges1795450000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TRIGGER workgroup_member_principal_changed AFTER INSERT OR UPDATE OR DELETE ON "workgroup_member"
            FOR EACH ROW EXECUTE FUNCTION braid_user_id_changed()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER workgroup_member_principal_changed ON "workgroup_member"`);
  }
}
