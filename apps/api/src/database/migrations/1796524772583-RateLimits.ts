import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * Rate-limit counters shared by the API instances (rate-limit/postgres-throttler-storage.ts). The
 * generator's DDL, made UNLOGGED (no WAL for a counter; a crash empties the table, which only resets
 * the windows) with room on each page (fillfactor 70) so a hit's UPDATE stays a HOT update. No index
 * on `expire`: the sweep of expired rows is a short sequential scan every few minutes.
 */
export class RateLimits1796524772583 implements MigrationInterface {
  name = 'RateLimits1796524772583'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNLOGGED TABLE "rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_8cb6aa4831e3e775ccf370521db" PRIMARY KEY ("key")) WITH (fillfactor = 70)`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`)
  }
}
