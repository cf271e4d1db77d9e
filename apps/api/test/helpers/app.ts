import type { NestFastifyApplication } from '@nestjs/platform-fastify'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import { createApp } from '../../src/bootstrap.js'
import type { Clock } from '../../src/common/clock.js'
import { loadEnv, type Env } from '../../src/config/env.js'

/** Creates an empty database on the run's test cluster and returns its URL. */
export async function createTestDatabase(): Promise<string> {
  return createDatabase('')
}

/**
 * Creates a database already migrated (a copy of the run's template, see setup/global-setup.ts: the
 * migrations, pg-boss's schema and queues) and returns its URL. What startTestApp uses by default.
 */
export async function createMigratedDatabase(): Promise<string> {
  return createDatabase(` TEMPLATE ${inject('pgTemplate')}`)
}

async function createDatabase(template: string): Promise<string> {
  const server = inject('pgServerUrl')
  const name = `test_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}${template}`)
  } finally {
    await client.end()
  }
  return server.replace(/\/postgres$/, `/${name}`)
}

export interface TestApp {
  app: NestFastifyApplication
  databaseUrl: string
  env: Env
  close(): Promise<void>
}

/** Boots the real application against a fresh database (a copy of the migrated template unless one is given). */
export async function startTestApp(overrides: Record<string, string> = {}, options: { clock?: Clock; databaseUrl?: string } = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createMigratedDatabase())
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    ATTACHMENTS_DIR: path.join(os.tmpdir(), `servicepack-attachments-${randomBytes(6).toString('hex')}`),
    PROCESS_ROLE: 'api', // jobs are enqueued, never run (the jobs test starts a worker); the work itself is called directly elsewhere
    DATABASE_URL: databaseUrl,
    OIDC_ISSUER: inject('ssoIssuer'),
    ...overrides,
  })
  const { app } = await createApp(env, databaseUrl, options.clock ? { clock: options.clock } : {})
  return { app, databaseUrl, env, close: () => app.close() }
}
