import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Env } from '../config/env.js'
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from './embedded.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
export const defaultDataDir = path.join(repoRoot, '.data', 'postgres')
export const APP_DATABASE = 'servicepack'

/**
 * The database to use: DATABASE_URL when set, otherwise an embedded PostgreSQL with its data
 * under PGDATA_DIR (default `<repo>/.data/postgres`), kept across restarts, fsync on.
 */
export async function resolveDatabase(env: Env, onLog?: (line: string) => void): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.PGDATA_DIR ?? defaultDataDir,
    port: env.EMBEDDED_PG_PORT,
    fsync: true,
    ...(onLog ? { onLog } : {}),
  })
  await ensureDatabase(embedded.url, APP_DATABASE)
  return { url: embedded.urlFor(APP_DATABASE), embedded }
}
