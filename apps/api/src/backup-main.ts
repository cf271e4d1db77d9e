/**
 * `pnpm db:backup [--logical]` and `pnpm db:restore <folder> [--force]` (root scripts; see README, Backups).
 * The database is DATABASE_URL's, or the embedded cluster under PGDATA_DIR: the running one (`pnpm dev`)
 * when its port answers, else started for the command and stopped after. The attachments are
 * ATTACHMENTS_STORE's (the folder or the bucket).
 */
import path from 'node:path'
import pg from 'pg'
import { fileURLToPath } from 'node:url'
import { attachmentStoreFor } from './attachments/attachments.module.js'
import { backup, restore } from './backup/backup.js'
import { defaultBackupFolderName } from './backup/backup-plan.js'
import { EnvError, loadEnv, type Env } from './config/env.js'
import { APP_DATABASE, resolveDatabase } from './database/database-url.js'
import { embeddedUrl, StartupError } from './database/embedded.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const cwd = process.env.INIT_CWD ?? process.cwd()
const log = (line: string) => console.log(line)

/** DATABASE_URL, or the embedded cluster: the running one, else started now (and stopped by `done`). */
async function database(env: Env): Promise<{ url: string; done: () => Promise<void> }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, done: async () => {} }
  const url = embeddedUrl(env.EMBEDDED_PG_PORT, APP_DATABASE)
  const probe = new pg.Client({ connectionString: url })
  const running = await probe.connect().then(() => true, () => false)
  await probe.end().catch(() => undefined)
  if (running) {
    log(`database: the running embedded PostgreSQL on port ${env.EMBEDDED_PG_PORT}`)
    return { url, done: async () => {} }
  }
  log(`database: starting the embedded PostgreSQL (${env.PGDATA_DIR ?? '.data/postgres'}) for this command`)
  const started = await resolveDatabase(env)
  return { url: started.url, done: async () => started.embedded?.stop() }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  const flags = new Set(rest.filter((a) => a.startsWith('--')))
  const [folder] = rest.filter((a) => !a.startsWith('--'))
  const unknown = [...flags].filter((f) => !(command === 'backup' ? ['--logical'] : ['--force']).includes(f))
  if (!['backup', 'restore'].includes(command ?? '') || unknown.length > 0) {
    throw new StartupError('usage: db:backup [--logical] | db:restore <backup folder> [--force]')
  }
  const env = loadEnv(process.env)
  const store = attachmentStoreFor(env)
  const db = await database(env)
  try {
    if (command === 'backup') {
      const now = new Date()
      const dir = path.resolve(cwd, folder ?? env.BACKUP_DIR ?? path.join(repoRoot, '.data', 'backups', defaultBackupFolderName(now)))
      await backup({ databaseUrl: db.url, store, storeKind: env.ATTACHMENTS_STORE, dir, now, method: flags.has('--logical') ? 'logical' : 'auto', log })
    } else {
      const from = folder ?? env.BACKUP_DIR
      if (!from) throw new StartupError('name the backup folder: pnpm db:restore .data/backups/<timestamp> [--force]')
      await restore({ databaseUrl: db.url, store, dir: path.resolve(cwd, from), force: flags.has('--force'), log })
    }
  } finally {
    await db.done()
    ;(store as { onApplicationShutdown?: () => void }).onApplicationShutdown?.()
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof EnvError || e instanceof StartupError ? e.message : `${process.argv[2] ?? 'backup'} failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  },
)
