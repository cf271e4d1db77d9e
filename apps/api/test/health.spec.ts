import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Readiness } from '../src/health/readiness.js'
import { startTestApp, type TestApp } from './helpers/app.js'

/** Liveness and readiness apart: a load balancer drops an instance that drains or lost its database; an orchestrator restarts only a dead one. */
describe('GET /api/health/live and /api/health/ready', () => {
  let t: TestApp
  const database = () => new URL(t.databaseUrl).pathname.slice(1)

  async function onServer(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: inject('pgServerUrl') })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1' })
  })
  afterAll(async () => {
    await onServer(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS true`).catch(() => undefined)
    await t?.close()
  })

  const get = (url: string) => t.app.inject({ method: 'GET', url })

  it('both answer 200 while all is well, and are never rate limited (load balancers poll them)', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await get('/api/health/live')).json()).toEqual({ status: 'ok' })
      expect((await get('/api/health/ready')).statusCode).toBe(200)
    }
  })

  it('ready answers 503 in the error shape while the database is unreachable; live stays 200', async () => {
    await onServer(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS false`)
    await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database()}'`)
    const res = await get('/api/health/ready')
    expect(res.statusCode).toBe(503)
    expect(res.json()).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'The database does not answer' })
    expect((await get('/api/health/live')).statusCode).toBe(200)
    await onServer(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS true`)
    expect((await get('/api/health/ready')).statusCode).toBe(200)
  })

  it('ready answers 503 from the moment the instance drains; live and the rest still answer', async () => {
    t.app.get(Readiness).startDraining()
    const res = await get('/api/health/ready')
    expect(res.statusCode).toBe(503)
    expect(res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: 'Shutting down: this instance takes no new requests' })
    expect(res.headers.connection).toBe('close')
    expect((await get('/api/health/live')).statusCode).toBe(200)
    expect((await get('/api/health')).statusCode).toBe(200)
  })
})
