import type { MigrationInterface, QueryRunner } from 'typeorm'

/** The deadline policy's 即将超期 window in working days (issue 19: today or the next working day). */
export class DueSoonDays1796600000000 implements MigrationInterface {
  name = 'DueSoonDays1796600000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_policy" ADD "due_soon_days" integer NOT NULL DEFAULT 1`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_policy" DROP COLUMN "due_soon_days"`)
  }
}
