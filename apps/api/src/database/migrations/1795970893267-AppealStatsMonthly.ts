import type { MigrationInterface, QueryRunner } from 'typeorm'

export class AppealStatsMonthly1795970893267 implements MigrationInterface {
  name = 'AppealStatsMonthly1795970893267'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "appeal_stats_monthly" ("month" date NOT NULL, "bureau" character varying(40) NOT NULL, "role" character varying(10) NOT NULL, "category" character varying(40) NOT NULL, "district" character varying(20) NOT NULL, "dispatched" integer NOT NULL DEFAULT '0', "accepted" integer NOT NULL DEFAULT '0', "accepted_on_time" integer NOT NULL DEFAULT '0', "responded" integer NOT NULL DEFAULT '0', "responded_on_time" integer NOT NULL DEFAULT '0', "overdue" integer NOT NULL DEFAULT '0', "returned" integer NOT NULL DEFAULT '0', "rated" integer NOT NULL DEFAULT '0', "resolved" integer NOT NULL DEFAULT '0', "satisfied" integer NOT NULL DEFAULT '0', "basically_satisfied" integer NOT NULL DEFAULT '0', "unsatisfied" integer NOT NULL DEFAULT '0', "opinions" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_a808b46c30b5a9813f9ff67a14e" PRIMARY KEY ("month", "bureau", "role", "category", "district"))`)
    await queryRunner.query(`CREATE TABLE "appeal_answer_days_monthly" ("month" date NOT NULL, "bureau" character varying(40) NOT NULL, "category" character varying(40) NOT NULL, "district" character varying(20) NOT NULL, "days" integer NOT NULL, "answers" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_608b8321ba1d503fb7d1b4e1cd3" PRIMARY KEY ("month", "bureau", "category", "district", "days"))`)
    // Written by hand: fill the months from the days already counted.
    await queryRunner.query(`INSERT INTO "appeal_stats_monthly" SELECT date_trunc('month', day)::date, bureau, role, category, district, sum(dispatched), sum(accepted), sum(accepted_on_time), sum(responded), sum(responded_on_time), sum(overdue), sum(returned), sum(rated), sum(resolved), sum(satisfied), sum(basically_satisfied), sum(unsatisfied), sum(opinions) FROM "appeal_stats" GROUP BY 1, 2, 3, 4, 5`)
    await queryRunner.query(`INSERT INTO "appeal_answer_days_monthly" SELECT date_trunc('month', day)::date, bureau, category, district, days, sum(answers) FROM "appeal_answer_days" GROUP BY 1, 2, 3, 4, 5`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "appeal_answer_days_monthly"`)
    await queryRunner.query(`DROP TABLE "appeal_stats_monthly"`)
  }
}
