// The in-process benches' stack (bench:audience, bench:metrics, bench:evaluations): an embedded PostgreSQL
// in a temporary folder (fsync off, removed afterwards), the dev SSO, the migrated schema and the API app
// with production settings (silent, no demo data, no rate limits), plus a connected pg client.
// `run` gets { url, sso, app, client, tmp }; everything stops afterwards, whatever happened, and a failure
// is printed and sets the exit code (a bench fails on an error, never on a time).
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** The p-th percentile of `xs` (nearest rank). */
export const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

export async function withThrowawayApp(name, run) {
  const { startEmbeddedPostgres } = await import('../../dist/database/embedded.js')
  const { migrateDatabase } = await import('../../dist/database/migrate.js')
  const { createApp } = await import('../../dist/bootstrap.js')
  const { loadEnv } = await import('../../dist/config/env.js')
  const { startDevSso } = await import('@servicepack/dev-sso')
  const { default: getPort } = await import('get-port')
  const { default: pg } = await import('pg')

  const tmp = await mkdtemp(path.join(os.tmpdir(), `servicepack-bench-${name}-`))
  await chmod(tmp, 0o711)
  const pgServer = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await getPort(), fsync: false, persistent: false })
  const url = pgServer.url
  const sso = await startDevSso({ port: 0, keyFile: path.join(tmp, 'sso', 'key.json') })
  let app
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined) // the server stops at the end
  try {
    await migrateDatabase(url)
    const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false', RATE_LIMIT: 'false', PROCESS_ROLE: 'api', ALLOW_LOCALHOST: 'true', DATABASE_URL: url, OIDC_ISSUER: sso.issuer, ATTACHMENTS_DIR: path.join(tmp, 'files') })
    ;({ app } = await createApp(env, url))
    await client.connect()
    await run({ url, sso, app, client, tmp })
  } catch (e) {
    console.error(`bench:${name}: ${e.stack ?? e.message}`)
    process.exitCode = 1
  } finally {
    await client.end().catch(() => undefined)
    await app?.close()
    await sso.close()
    await pgServer.stop()
    await rm(tmp, { recursive: true, force: true })
  }
}
