import type { MigrationInterface, QueryRunner } from 'typeorm'

export class Notices1795975568383 implements MigrationInterface {
  name = 'Notices1795975568383'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "association" character varying(60) NOT NULL, "created_by_sub" character varying(255) NOT NULL, "created_by_username" character varying(100) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "kind" character varying(30) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue" character varying(200), "online_url" character varying(500), "capacity" integer NOT NULL, "attendee_limit" integer NOT NULL DEFAULT '5', "registration_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "measure_ids" character varying(60) array NOT NULL DEFAULT '{}', "audience" jsonb NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "targeted_count" integer NOT NULL DEFAULT '0', "published_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(1000), "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "notices_times_in_order" CHECK ("starts_at" < "ends_at" AND "registration_deadline" <= "ends_at"), CONSTRAINT "notices_seats_within_capacity" CHECK ("seats_taken" >= 0 AND "seats_taken" <= "capacity"), CONSTRAINT "PK_3eb18c29da25d6935fcbe584237" PRIMARY KEY ("id"))`)
    await queryRunner.query(`CREATE INDEX "notices_by_status" ON "notices"  ("status", "starts_at") `)
    await queryRunner.query(`CREATE INDEX "notices_by_association" ON "notices"  ("association", "starts_at") `)
    await queryRunner.query(`CREATE TABLE "notice_audience" ("notice_id" uuid NOT NULL, "enterprise_uscc" character(18) NOT NULL, "reached_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d091f14862484b812cd32fb0ddc" PRIMARY KEY ("notice_id", "enterprise_uscc"))`)
    await queryRunner.query(`CREATE INDEX "notice_audience_by_enterprise" ON "notice_audience"  ("enterprise_uscc") `)
    await queryRunner.query(`CREATE TABLE "notice_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notice_id" uuid NOT NULL, "enterprise_uscc" character(18) NOT NULL, "created_by_sub" character varying(255) NOT NULL, "contact_name" character varying(100) NOT NULL, "contact_phone" character varying(40) NOT NULL, "attendees" integer NOT NULL, "status" character varying(20) NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "promoted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "attended" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notice_registrations_attendees_positive" CHECK ("attendees" >= 1), CONSTRAINT "PK_e45641ce5ef1a3d47d210c25638" PRIMARY KEY ("id"))`)
    await queryRunner.query(`CREATE INDEX "notice_registrations_by_enterprise" ON "notice_registrations"  ("enterprise_uscc") `)
    await queryRunner.query(`CREATE INDEX "notice_registrations_queue" ON "notice_registrations"  ("notice_id", "status", "queued_at", "id") `)
    await queryRunner.query(`CREATE UNIQUE INDEX "notice_registrations_one_per_enterprise" ON "notice_registrations"  ("notice_id", "enterprise_uscc") `)
    await queryRunner.query(`ALTER TABLE "notice_audience" ADD CONSTRAINT "FK_8ace1692f8ab8ac3c4bd1736146" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`)
    await queryRunner.query(`ALTER TABLE "notice_audience" ADD CONSTRAINT "FK_4360baa9d1013c561b1d1dc7bcb" FOREIGN KEY ("enterprise_uscc") REFERENCES "enterprises"("uscc") ON DELETE CASCADE ON UPDATE NO ACTION`)
    await queryRunner.query(`ALTER TABLE "notice_registrations" ADD CONSTRAINT "FK_d6a199347c0ba934283eb927326" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`)
    await queryRunner.query(`ALTER TABLE "notice_registrations" ADD CONSTRAINT "FK_057666febc3ff72158d4fd49ddd" FOREIGN KEY ("enterprise_uscc") REFERENCES "enterprises"("uscc") ON DELETE RESTRICT ON UPDATE NO ACTION`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice_registrations" DROP CONSTRAINT "FK_057666febc3ff72158d4fd49ddd"`)
    await queryRunner.query(`ALTER TABLE "notice_registrations" DROP CONSTRAINT "FK_d6a199347c0ba934283eb927326"`)
    await queryRunner.query(`ALTER TABLE "notice_audience" DROP CONSTRAINT "FK_4360baa9d1013c561b1d1dc7bcb"`)
    await queryRunner.query(`ALTER TABLE "notice_audience" DROP CONSTRAINT "FK_8ace1692f8ab8ac3c4bd1736146"`)
    await queryRunner.query(`DROP INDEX "public"."notice_registrations_one_per_enterprise"`)
    await queryRunner.query(`DROP INDEX "public"."notice_registrations_queue"`)
    await queryRunner.query(`DROP INDEX "public"."notice_registrations_by_enterprise"`)
    await queryRunner.query(`DROP TABLE "notice_registrations"`)
    await queryRunner.query(`DROP INDEX "public"."notice_audience_by_enterprise"`)
    await queryRunner.query(`DROP TABLE "notice_audience"`)
    await queryRunner.query(`DROP INDEX "public"."notices_by_association"`)
    await queryRunner.query(`DROP INDEX "public"."notices_by_status"`)
    await queryRunner.query(`DROP TABLE "notices"`)
  }
}
