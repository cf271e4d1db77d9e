import pg from 'pg'
import PgBoss from 'pg-boss'
import { DataSource, MigrationExecutor } from 'typeorm'
import { ALL_QUEUES, JOBS_SCHEMA, queueOptions } from '../jobs/queues.js'
import { dataSourceOptions } from './data-source.js'

/**
 * The key of the session-level advisory lock every migration run holds: TypeORM has no lock of its
 * own, so two instances (or two migrate commands) started at once would both apply the same migration.
 */
export const MIGRATION_LOCK_KEY = 7_301_202_617

/** Applies pending TypeORM migrations (no lock: use migrateDatabase); returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url))
  await ds.initialize()
  try {
    const applied = await ds.runMigrations({ transaction: 'each' })
    return applied.map((m) => m.name)
  } finally {
    await ds.destroy()
  }
}

/** Installs (or upgrades) pg-boss's schema and creates every queue of QUEUES (idempotent). */
export async function installJobQueues(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: JOBS_SCHEMA, application_name: 'servicepack-migrate', max: 1, migrate: true, supervise: false, schedule: false })
  boss.on('error', () => undefined) // start() rejects with the same error
  await boss.start()
  try {
    for (const queue of ALL_QUEUES) await boss.createQueue(queue.name, queueOptions(queue))
  } finally {
    await boss.stop({ graceful: false })
  }
}

/**
 * Everything a database needs before an instance serves it: the TypeORM migrations, pg-boss's schema
 * and every queue, under one PostgreSQL advisory lock, so N instances and migrate commands started
 * together apply each migration exactly once (the others wait, then find nothing to do).
 * Used by the migrate command and, with DB_MIGRATE_ON_START, before the app module initialises.
 */
export async function migrateDatabase(url: string): Promise<{ applied: string[] }> {
  const lock = new pg.Client({ connectionString: url, application_name: 'servicepack-migrate-lock' })
  await lock.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    const applied = await runMigrations(url)
    await installJobQueues(url)
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
    return { applied }
  } finally {
    await lock.end() // ending the session releases the lock in any case
  }
}

/** The TypeORM migrations not yet applied to a database (for an instance that must not migrate itself). */
export async function pendingMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }))
  await ds.initialize()
  try {
    const pending = await new MigrationExecutor(ds).getPendingMigrations()
    return pending.map((m) => m.name)
  } finally {
    await ds.destroy()
  }
}

/** SQL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const ds = new DataSource(dataSourceOptions(url))
  await ds.initialize()
  try {
    const log = await ds.driver.createSchemaBuilder().log()
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) }
  } finally {
    await ds.destroy()
  }
}
