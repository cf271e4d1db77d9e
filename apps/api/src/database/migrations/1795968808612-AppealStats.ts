import type { MigrationInterface, QueryRunner } from 'typeorm'

export class AppealStats1795968808612 implements MigrationInterface {
  name = 'AppealStats1795968808612'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "appeal_stats" ("day" date NOT NULL, "bureau" character varying(40) NOT NULL, "role" character varying(10) NOT NULL, "category" character varying(40) NOT NULL, "district" character varying(20) NOT NULL, "dispatched" integer NOT NULL DEFAULT '0', "accepted" integer NOT NULL DEFAULT '0', "accepted_on_time" integer NOT NULL DEFAULT '0', "responded" integer NOT NULL DEFAULT '0', "responded_on_time" integer NOT NULL DEFAULT '0', "overdue" integer NOT NULL DEFAULT '0', "returned" integer NOT NULL DEFAULT '0', "rated" integer NOT NULL DEFAULT '0', "resolved" integer NOT NULL DEFAULT '0', "satisfied" integer NOT NULL DEFAULT '0', "basically_satisfied" integer NOT NULL DEFAULT '0', "unsatisfied" integer NOT NULL DEFAULT '0', "opinions" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_f000504395cb79acac33ef91104" PRIMARY KEY ("day", "bureau", "role", "category", "district"))`)
    await queryRunner.query(`CREATE INDEX "appeal_stats_by_day" ON "appeal_stats"  ("day") `)
    await queryRunner.query(`CREATE TABLE "appeal_answer_days" ("day" date NOT NULL, "bureau" character varying(40) NOT NULL, "category" character varying(40) NOT NULL, "district" character varying(20) NOT NULL, "days" integer NOT NULL, "answers" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_10d8cbc779fc4319e9422d90520" PRIMARY KEY ("day", "bureau", "category", "district", "days"))`)
    await queryRunner.query(`ALTER TABLE "appeals" ADD "district" character varying(20) NOT NULL DEFAULT ''`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "appeals" DROP COLUMN "district"`)
    await queryRunner.query(`DROP TABLE "appeal_answer_days"`)
    await queryRunner.query(`DROP INDEX "public"."appeal_stats_by_day"`)
    await queryRunner.query(`DROP TABLE "appeal_stats"`)
  }
}
