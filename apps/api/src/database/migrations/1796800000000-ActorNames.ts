import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * Issue 19 §4, people by name: every place that records who acted keeps the person's display name
 * (the token's `name` claim, family name first for a Chinese name) beside the login, written at the
 * time of the act. Existing rows are backfilled from the directory of signed-in users (`users`, by
 * sub where the row has one, else by username); rows of people never seen stay null and the apps
 * name them by their part (协调员, the bureau) — never by the login.
 */
const NAME = (alias: string): string => {
  const parts = `regexp_split_to_array(btrim(COALESCE(${alias}.name, '')), '\\s+')`
  return `NULLIF(CASE WHEN ${alias}.name ~ '[一-鿿]' THEN CASE WHEN array_length(${parts}, 1) = 2 THEN (${parts})[2] || (${parts})[1] ELSE array_to_string(${parts}, '') END ELSE btrim(${alias}.name) END, '')`
}

/** The latest-seen user with that username (usernames are unique in a realm; the directory keeps history). */
const BY_USERNAME = (column: string): string =>
  `(SELECT ${NAME('u')} FROM users u WHERE u.username = ${column} ORDER BY u.last_seen_at DESC LIMIT 1)`

export class ActorNames1796800000000 implements MigrationInterface {
  name = 'ActorNames1796800000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "appeal_events" ADD "actor_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "catalogue_changes" ADD "actor_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "appeal_attachments" ADD "uploaded_by_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "routing_entries" ADD "updated_by_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "deadline_policy" ADD "updated_by_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "response_templates" ADD "updated_by_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "appeal_extension_requests" ADD "requested_by_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "enterprises" ADD "steward_assigned_by_name" character varying(200)`)
    await queryRunner.query(`ALTER TABLE "appeal_extension_requests" ADD "decided_by_name" character varying(200)`)

    // The append-only logs refuse UPDATE; the backfill is the one sanctioned rewrite.
    await queryRunner.query(`ALTER TABLE "appeal_events" DISABLE TRIGGER "appeal_events_append_only"`)
    await queryRunner.query(`UPDATE "appeal_events" e SET "actor_name" = ${NAME('u')} FROM "users" u WHERE u.sub = e.actor_sub`)
    await queryRunner.query(`ALTER TABLE "appeal_events" ENABLE TRIGGER "appeal_events_append_only"`)
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DISABLE TRIGGER "catalogue_changes_append_only"`)
    await queryRunner.query(`UPDATE "catalogue_changes" c SET "actor_name" = ${NAME('u')} FROM "users" u WHERE u.sub = c.actor_sub`)
    await queryRunner.query(`ALTER TABLE "catalogue_changes" ENABLE TRIGGER "catalogue_changes_append_only"`)
    await queryRunner.query(`UPDATE "appeal_attachments" SET "uploaded_by_name" = ${BY_USERNAME('"appeal_attachments".uploaded_by')}`)
    await queryRunner.query(`UPDATE "routing_entries" SET "updated_by_name" = ${BY_USERNAME('"routing_entries".updated_by')}`)
    await queryRunner.query(`UPDATE "deadline_policy" SET "updated_by_name" = ${BY_USERNAME('"deadline_policy".updated_by')}`)
    await queryRunner.query(`UPDATE "response_templates" SET "updated_by_name" = ${BY_USERNAME('"response_templates".updated_by')}`)
    await queryRunner.query(`UPDATE "enterprises" SET "steward_assigned_by_name" = ${BY_USERNAME('"enterprises".steward_assigned_by')} WHERE "steward_assigned_by" IS NOT NULL`)
    await queryRunner.query(`UPDATE "appeal_extension_requests" SET "requested_by_name" = ${BY_USERNAME('"appeal_extension_requests".requested_by')}, "decided_by_name" = ${BY_USERNAME('"appeal_extension_requests".decided_by')}`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprises" DROP COLUMN "steward_assigned_by_name"`)
    await queryRunner.query(`ALTER TABLE "appeal_extension_requests" DROP COLUMN "decided_by_name"`)
    await queryRunner.query(`ALTER TABLE "appeal_extension_requests" DROP COLUMN "requested_by_name"`)
    await queryRunner.query(`ALTER TABLE "response_templates" DROP COLUMN "updated_by_name"`)
    await queryRunner.query(`ALTER TABLE "deadline_policy" DROP COLUMN "updated_by_name"`)
    await queryRunner.query(`ALTER TABLE "routing_entries" DROP COLUMN "updated_by_name"`)
    await queryRunner.query(`ALTER TABLE "appeal_attachments" DROP COLUMN "uploaded_by_name"`)
    await queryRunner.query(`ALTER TABLE "catalogue_changes" DROP COLUMN "actor_name"`)
    await queryRunner.query(`ALTER TABLE "appeal_events" DROP COLUMN "actor_name"`)
  }
}
