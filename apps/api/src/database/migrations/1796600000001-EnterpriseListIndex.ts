import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * The coordinators' enterprise list filters on the industry and district facts (jsonb) — at 100,000
 * enterprises a sequential scan of the table for the page and again for its count. An expression
 * index on both facts turns each into an index scan of the few hundred enterprises of one industry
 * in one district (before/after in README "Performance"). Declared on the entity with
 * `synchronize: false` (TypeORM cannot describe an expression index).
 */
export class EnterpriseListIndex1796600000001 implements MigrationInterface {
  name = 'EnterpriseListIndex1796600000001'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "enterprises_by_industry_district" ON "enterprises" ((facts->>'industry'), (facts->>'district'))`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."enterprises_by_industry_district"`)
  }
}
