import type { MigrationInterface, QueryRunner } from 'typeorm'

/** The evaluation, kept: enterprise × measure, and the catalogue version last refreshed (issue 23 §2). */
export class MeasureEvaluations1796830000000 implements MigrationInterface {
  name = 'MeasureEvaluations1796830000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "measure_evaluations" ("uscc" character(18) NOT NULL, "measure_id" character varying(60) NOT NULL, "status" character varying(12) NOT NULL, "amount_min" bigint, "amount_max" bigint, "per_person_min" bigint, "per_person_max" bigint, "rule_version" character(16) NOT NULL, "facts_hash" character(16) NOT NULL, "evaluated_on" date NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_87d0da1d51ecd1f9439677b396b" PRIMARY KEY ("uscc", "measure_id"))`)
    await queryRunner.query(`CREATE INDEX "measure_evaluations_by_measure" ON "measure_evaluations"  ("measure_id", "status") `)
    await queryRunner.query(`CREATE TABLE "measure_rule_versions" ("measure_id" character varying(60) NOT NULL, "rule_version" character(16) NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cc24c9e6b144d0e3fd72cce3361" PRIMARY KEY ("measure_id"))`)
    await queryRunner.query(`ALTER TABLE "measure_evaluations" ADD CONSTRAINT "FK_696f0247e98876e00b8b195e93f" FOREIGN KEY ("uscc") REFERENCES "enterprises"("uscc") ON DELETE CASCADE ON UPDATE NO ACTION`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_evaluations" DROP CONSTRAINT "FK_696f0247e98876e00b8b195e93f"`)
    await queryRunner.query(`DROP TABLE "measure_rule_versions"`)
    await queryRunner.query(`DROP INDEX "public"."measure_evaluations_by_measure"`)
    await queryRunner.query(`DROP TABLE "measure_evaluations"`)
  }
}
