import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox that carries domain events from one library to another (see DomainEvents). */
export class CreateDomainEventOutbox1795428281014 implements MigrationInterface {
  name = 'CreateDomainEventOutbox1795428281014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "domain_event" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "type" text NOT NULL,
                "collaborative_id" uuid,
                "actor_user_id" uuid,
                "payload" jsonb NOT NULL,
                "processed_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                CONSTRAINT "PK_f901502d0301da69fb8cebbb8f2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "domain_event_pending" ON "domain_event" ("id")
            WHERE processed_at IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."domain_event_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "domain_event"
        `);
  }
}
