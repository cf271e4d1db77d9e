import type { MigrationInterface, QueryRunner } from 'typeorm'

/** The push (issue 23 §3): once per enterprise × measure × rule version; channel settings; applications among appeals. */
export class MeasurePushes1796830000001 implements MigrationInterface {
  name = 'MeasurePushes1796830000001'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "measure_pushes" ("uscc" character(18) NOT NULL, "measure_id" character varying(60) NOT NULL, "rule_version" character(16) NOT NULL, "channels" character varying(10) array NOT NULL DEFAULT '{}', "pushed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "appeal_id" uuid, CONSTRAINT "PK_455ae2b52f24d0438ff681d91ad" PRIMARY KEY ("uscc", "measure_id", "rule_version"))`)
    await queryRunner.query(`CREATE INDEX "measure_pushes_by_measure" ON "measure_pushes"  ("measure_id", "pushed_at") `)
    await queryRunner.query(`CREATE TABLE "measure_push_settings" ("uscc" character(18) NOT NULL, "in_app" boolean NOT NULL DEFAULT true, "email" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_93232442d602100b6514d2e4d33" PRIMARY KEY ("uscc"))`)
    await queryRunner.query(`ALTER TABLE "appeals" ADD "kind" character varying(20) NOT NULL DEFAULT 'appeal'`)
    await queryRunner.query(`ALTER TABLE "appeals" ADD "outcome" character varying(20)`)
    await queryRunner.query(`ALTER TABLE "measure_pushes" ADD CONSTRAINT "FK_ba93e94438a5cb9bfc8cfaef688" FOREIGN KEY ("uscc") REFERENCES "enterprises"("uscc") ON DELETE CASCADE ON UPDATE NO ACTION`)
    await queryRunner.query(`ALTER TABLE "measure_push_settings" ADD CONSTRAINT "FK_93232442d602100b6514d2e4d33" FOREIGN KEY ("uscc") REFERENCES "enterprises"("uscc") ON DELETE CASCADE ON UPDATE NO ACTION`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_push_settings" DROP CONSTRAINT "FK_93232442d602100b6514d2e4d33"`)
    await queryRunner.query(`ALTER TABLE "measure_pushes" DROP CONSTRAINT "FK_ba93e94438a5cb9bfc8cfaef688"`)
    await queryRunner.query(`ALTER TABLE "appeals" DROP COLUMN "outcome"`)
    await queryRunner.query(`ALTER TABLE "appeals" DROP COLUMN "kind"`)
    await queryRunner.query(`DROP TABLE "measure_push_settings"`)
    await queryRunner.query(`DROP INDEX "public"."measure_pushes_by_measure"`)
    await queryRunner.query(`DROP TABLE "measure_pushes"`)
  }
}
