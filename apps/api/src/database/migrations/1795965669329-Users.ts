import type { MigrationInterface, QueryRunner } from 'typeorm'

export class Users1795965669329 implements MigrationInterface {
  name = 'Users1795965669329'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "users" ("sub" character varying(255) NOT NULL, "username" character varying(100) NOT NULL, "name" character varying(200), "email" character varying(200), "roles" character varying(30) array NOT NULL DEFAULT '{}', "bureau" character varying(40), "association" character varying(60), "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2ca016813ffcce3392b3eb8ed0c" PRIMARY KEY ("sub"))`)
    await queryRunner.query(`CREATE INDEX "users_by_bureau" ON "users"  ("bureau") `)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."users_by_bureau"`)
    await queryRunner.query(`DROP TABLE "users"`)
  }
}
