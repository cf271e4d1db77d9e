import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * Text search at city scale (issue 22): the coordinator's appeal search (number, title, enterprise name)
 * and the enterprise list's (name, USCC) were `ILIKE '%…%'` over every row — at 1,000,000 appeals a
 * search took seconds. Chinese searches are mostly two characters (融资, 用工), too short for pg_trgm's
 * trigrams, so the texts are indexed by their two-character pieces (what pg_bigm does, here as a plain
 * SQL function and GIN over text[]): a search for "融资" is the rows whose pieces contain {融资}, each
 * then checked with the same ILIKE as before (common/text-search.ts). The pieces are of the lower-cased
 * text, as ILIKE compares.
 * Declared on the entities with `synchronize: false` (TypeORM cannot describe an expression index).
 */
export class SearchBigrams1797000000000 implements MigrationInterface {
  name = 'SearchBigrams1797000000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION search_bigrams(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT substr(s, i, 2)), '{}') FROM (SELECT lower($1) AS s) t, generate_series(1, length(s) - 1) AS i
    $$`)
    await queryRunner.query(`CREATE INDEX "appeals_search" ON "appeals" USING gin (search_bigrams("number" || ' ' || "title"))`)
    await queryRunner.query(`CREATE INDEX "enterprises_search" ON "enterprises" USING gin (search_bigrams("uscc" || ' ' || "name"))`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."enterprises_search"`)
    await queryRunner.query(`DROP INDEX "public"."appeals_search"`)
    await queryRunner.query(`DROP FUNCTION search_bigrams(text)`)
  }
}
