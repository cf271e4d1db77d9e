import { EnvError, loadEnv } from './config/env.js'
import { resolveDatabase } from './database/database-url.js'
import { StartupError } from './database/embedded.js'
import { migrateDatabase } from './database/migrate.js'
import { ALL_QUEUES } from './jobs/queues.js'

/**
 * The one-shot migrate command (`node apps/api/dist/migrate-main.js`, `pnpm --filter @servicepack/api
 * migrate`): TypeORM migrations, pg-boss's schema and every queue, under the migration advisory lock
 * (so it may run beside starting instances or another migrate). One line on stdout, exit 0; one
 * line on stderr, exit 1 on failure.
 */
async function main(): Promise<void> {
  const env = loadEnv()
  const db = await resolveDatabase(env)
  try {
    const started = Date.now()
    const { applied } = await migrateDatabase(db.url)
    const what = applied.length === 0 ? 'no pending migrations' : `applied ${applied.length} migration${applied.length === 1 ? '' : 's'} (${applied.join(', ')})`
    console.log(`servicepack-migrate: ${what}; job queues ready (${ALL_QUEUES.map((q) => q.name).join(', ')}) in ${Date.now() - started} ms`)
  } finally {
    await db.embedded?.stop()
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    const message = e instanceof EnvError || e instanceof StartupError ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e)
    console.error(`servicepack-migrate: ${message.replace(/\s*\n\s*/g, ' ')}`)
    process.exit(1)
  },
)
