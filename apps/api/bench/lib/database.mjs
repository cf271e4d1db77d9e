// The bench's database: DATABASE_URL when set, else an embedded PostgreSQL kept in .data/bench-postgres
// at the repository root (like `pnpm dev`'s, but its own folder, and on a free port each time: never the
// dev port). `fresh` empties the embedded folder first (bench:seed); DATABASE_URL is never emptied here.
import { chmod, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const repoRoot = path.resolve(apiRoot, '../..')
export const benchDataDir = process.env.BENCH_PGDATA_DIR ?? path.join(repoRoot, '.data', 'bench-postgres')

export async function openBenchDatabase({ fresh = false } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined }
  const { startEmbeddedPostgres } = await import('../../dist/database/embedded.js')
  const { default: getPort } = await import('get-port')
  if (fresh) await rm(benchDataDir, { recursive: true, force: true })
  await mkdir(path.dirname(benchDataDir), { recursive: true })
  await chmod(path.dirname(benchDataDir), 0o711).catch(() => undefined)
  // fsync off: bench data can be seeded again in minutes
  const pg = await startEmbeddedPostgres({ dataDir: benchDataDir, port: await getPort(), fsync: false, persistent: true })
  return { url: pg.url, embedded: true, stop: () => pg.stop() }
}
