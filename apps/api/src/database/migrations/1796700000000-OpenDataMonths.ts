import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Published months of the 三率 (open data), frozen: a trigger refuses UPDATE and DELETE (a correction is a new version); the deadline policy's publication delay. */
export class OpenDataMonths1796700000000 implements MigrationInterface {
  name = 'OpenDataMonths1796700000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "open_data_months" ("month" character varying(7) NOT NULL, "version" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "method_version" character varying(20) NOT NULL, "note" text, "figures" jsonb NOT NULL, CONSTRAINT "PK_0aa57e5494bee42d5086d551812" PRIMARY KEY ("month", "version"))`)
    await queryRunner.query(`CREATE FUNCTION "open_data_months_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'open_data_months is frozen: publish a new version'; END $$`)
    await queryRunner.query(`CREATE TRIGGER "open_data_months_frozen" BEFORE UPDATE OR DELETE ON "open_data_months" FOR EACH ROW EXECUTE FUNCTION "open_data_months_frozen"()`)
    // the deadline policy's publication delay (null: the environment's default, OPEN_DATA_PUBLISH_WORKING_DAYS)
    await queryRunner.query(`ALTER TABLE "deadline_policy" ADD "open_data_days" integer`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_policy" DROP COLUMN "open_data_days"`)
    await queryRunner.query(`DROP TRIGGER "open_data_months_frozen" ON "open_data_months"`)
    await queryRunner.query(`DROP FUNCTION "open_data_months_frozen"()`)
    await queryRunner.query(`DROP TABLE "open_data_months"`)
  }
}
