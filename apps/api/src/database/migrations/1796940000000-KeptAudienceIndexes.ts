import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * The audience preview of a measure criterion, read from the kept evaluations (issue 22 §3):
 * - its sample (key enterprises first, then by USCC) walks `enterprises_by_key_uscc` and probes each
 *   enterprise's kept row by the primary key, stopping after the sample's ten, instead of joining and
 *   sorting every enterprise the measure concerns;
 * - its breakdown outside the association's industries reads the USCCs of the concerned rows from
 *   `measure_evaluations_by_measure` alone (an index-only scan: the USCC is included) instead of visiting
 *   the table's pages (a bitmap heap scan over one page per enterprise).
 * Declared on the entities with `synchronize: false` (TypeORM cannot describe DESC or INCLUDE).
 */
export class KeptAudienceIndexes1796940000000 implements MigrationInterface {
  name = 'KeptAudienceIndexes1796940000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "enterprises_by_key_uscc" ON "enterprises" ("is_key" DESC, "uscc")`)
    await queryRunner.query(`DROP INDEX "public"."measure_evaluations_by_measure"`)
    await queryRunner.query(`CREATE INDEX "measure_evaluations_by_measure" ON "measure_evaluations" ("measure_id", "status") INCLUDE ("uscc")`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."measure_evaluations_by_measure"`)
    await queryRunner.query(`CREATE INDEX "measure_evaluations_by_measure" ON "measure_evaluations" ("measure_id", "status")`)
    await queryRunner.query(`DROP INDEX "public"."enterprises_by_key_uscc"`)
  }
}
