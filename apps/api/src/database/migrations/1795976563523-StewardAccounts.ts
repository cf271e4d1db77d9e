import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * The 服务管家 becomes a coordinator account (`steward_sub` → users.sub). Today's free-text stewards
 * are linked to the coordinator account whose name — as the SSO's claim has it ("晓东 陈") or as
 * people write it ("陈晓东", the rule of policy-rules' personName) — or username equals the free text
 * exactly (after trimming; only when exactly one coordinator matches). The others are kept as a legacy value
 * (`steward_legacy_name`/`_email`, shown with a prompt to choose an account; counted as 未分配管家).
 * The phone stays: it is the number the enterprise may call. The DDL is the generator's, with the
 * two columns renamed instead of dropped so no steward is lost.
 */
export class StewardAccounts1795976563523 implements MigrationInterface {
  name = 'StewardAccounts1795976563523'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprises" RENAME COLUMN "steward_name" TO "steward_legacy_name"`)
    await queryRunner.query(`ALTER TABLE "enterprises" RENAME COLUMN "steward_email" TO "steward_legacy_email"`)
    await queryRunner.query(`ALTER TABLE "enterprises" ADD "steward_sub" character varying(255)`)
    await queryRunner.query(`CREATE INDEX "enterprises_by_steward" ON "enterprises"  ("steward_sub") `)
    await queryRunner.query(`ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_steward_fk" FOREIGN KEY ("steward_sub") REFERENCES "users"("sub") ON DELETE NO ACTION ON UPDATE NO ACTION`)
    // Link each free-text steward to the one coordinator whose name or username it is.
    await queryRunner.query(`
      UPDATE "enterprises" e SET "steward_sub" = m.sub, "steward_legacy_name" = NULL, "steward_legacy_email" = NULL
      FROM (
        SELECT e2.uscc, min(u.sub) AS sub
        FROM "enterprises" e2 JOIN "users" u ON 'coordinator' = ANY(u.roles)
        CROSS JOIN LATERAL (SELECT regexp_split_to_array(btrim(COALESCE(u.name, '')), '\\s+') AS parts) p
        CROSS JOIN LATERAL (
          SELECT CASE WHEN u.name ~ '[一-鿿]'
                      THEN CASE WHEN array_length(p.parts, 1) = 2 THEN p.parts[2] || p.parts[1] ELSE array_to_string(p.parts, '') END
                      ELSE btrim(u.name) END AS written
        ) w
        WHERE btrim(e2.steward_legacy_name) IN (u.name, u.username, w.written)
          AND e2.steward_legacy_name IS NOT NULL AND btrim(e2.steward_legacy_name) <> ''
        GROUP BY e2.uscc
        HAVING count(DISTINCT u.sub) = 1
      ) m
      WHERE e.uscc = m.uscc`)
    // A blank free text was no steward.
    await queryRunner.query(`UPDATE "enterprises" SET "steward_legacy_name" = NULL WHERE "steward_sub" IS NULL AND btrim("steward_legacy_name") = ''`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to free text: the account's name (or username) and e-mail as the directory last saw them.
    await queryRunner.query(`
      UPDATE "enterprises" e SET "steward_legacy_name" = left(COALESCE(NULLIF(btrim(u.name), ''), u.username), 100), "steward_legacy_email" = u.email
      FROM "users" u WHERE u.sub = e.steward_sub`)
    await queryRunner.query(`ALTER TABLE "enterprises" DROP CONSTRAINT "enterprises_steward_fk"`)
    await queryRunner.query(`DROP INDEX "public"."enterprises_by_steward"`)
    await queryRunner.query(`ALTER TABLE "enterprises" DROP COLUMN "steward_sub"`)
    await queryRunner.query(`ALTER TABLE "enterprises" RENAME COLUMN "steward_legacy_email" TO "steward_email"`)
    await queryRunner.query(`ALTER TABLE "enterprises" RENAME COLUMN "steward_legacy_name" TO "steward_name"`)
  }
}
