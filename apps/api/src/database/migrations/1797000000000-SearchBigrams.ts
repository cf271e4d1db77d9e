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
    // a loop (about 9 µs for an appeal's text; the same as one SQL statement over generate_series took 34 µs,
    // which a search reading many rows pays again on each); a piece twice is kept twice (GIN stores it once)
    await queryRunner.query(`CREATE FUNCTION search_bigrams(t text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        s text := lower(t);
        pieces text[] := '{}';
      BEGIN
        FOR i IN 1 .. length(s) - 1 LOOP
          pieces := pieces || substr(s, i, 2);
        END LOOP;
        RETURN pieces;
      END
    $$`)
    await queryRunner.query(`CREATE INDEX "appeals_search" ON "appeals" USING gin (search_bigrams("number" || ' ' || "title"))`)
    await queryRunner.query(`CREATE INDEX "enterprises_search" ON "enterprises" USING gin (search_bigrams("uscc" || ' ' || "name"))`)
    // the statistics of the indexed pieces, so that the planner knows a common piece (融资 in a tenth of the
    // appeals) from a rare one at once: without them it guessed 5,000 rows for any search, read 50,000
    // appeals through the index for 融资 at 1,000,000 and took 2 s where the newest-first scan takes 40 ms
    await queryRunner.query(`ANALYZE "appeals"`)
    await queryRunner.query(`ANALYZE "enterprises"`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."enterprises_search"`)
    await queryRunner.query(`DROP INDEX "public"."appeals_search"`)
    await queryRunner.query(`DROP FUNCTION search_bigrams(text)`)
  }
}
