import { startDevSso } from '@servicepack/dev-sso'
import getPort from 'get-port'
import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../src/database/embedded.js'
import { migrateDatabase } from '../../src/database/migrate.js'

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string
    pgTemplate: string
    ssoIssuer: string
    ssoKeyFile: string
  }
}

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

async function newestSource(dir: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(file))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, (await stat(file)).mtimeMs)
  }
  return newest
}

/**
 * Some tests start the built API as production does (`node dist/main.js`, `dist/migrate-main.js`):
 * build it once for the run when dist/ is missing or older than a source file.
 */
async function ensureBuilt(): Promise<void> {
  const built = await stat(path.join(apiRoot, 'dist', 'main.js')).then((s) => s.mtimeMs, () => 0)
  if (built >= (await newestSource(path.join(apiRoot, 'src')))) return
  execFileSync(path.join(apiRoot, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: apiRoot, stdio: 'inherit' })
}

/** The database every test app starts from: migrated once per run (migrations, pg-boss's schema and queues). */
const TEMPLATE = 'servicepack_migrated'

/**
 * Migrates the template database once, then closes it to connections: `CREATE DATABASE … TEMPLATE`
 * copies it for each test app (helpers/app.ts) instead of running every migration again per file.
 */
async function createMigratedTemplate(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE}`)
    await migrateDatabase(serverUrl.replace(/\/postgres$/, `/${TEMPLATE}`))
    // No session may stay in it (a copy needs the template to itself), and none may start later.
    await admin.query(`ALTER DATABASE ${TEMPLATE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`)
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [TEMPLATE])
  } finally {
    await admin.end()
  }
}

/**
 * Real services for the run, never the developer's: one throwaway PostgreSQL cluster in a temp
 * folder on a free port (each test file makes its own database in it, a copy of the migrated
 * template or an empty one), and the dev SSO serving the
 * realm file on a free port with a temp signing key.
 */
export default async function setup(project: TestProject) {
  await ensureBuilt()
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-test-'))
  await chmod(tmp, 0o711) // PostgreSQL runs as user postgres when the tests run as root
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await getPort(), fsync: false, persistent: false })
  await createMigratedTemplate(pg.url)
  const ssoKeyFile = path.join(tmp, 'sso', 'signing-key.json')
  const sso = await startDevSso({ port: 0, keyFile: ssoKeyFile })
  project.provide('pgServerUrl', pg.url)
  project.provide('pgTemplate', TEMPLATE)
  project.provide('ssoIssuer', sso.issuer)
  project.provide('ssoKeyFile', ssoKeyFile)
  return async () => {
    await sso.close()
    await pg.stop()
    await rm(tmp, { recursive: true, force: true })
  }
}
