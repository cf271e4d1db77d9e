import { getStorageToken } from '@nestjs/throttler'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PostgresThrottlerStorage } from '../src/rate-limit/postgres-throttler-storage.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader } from './helpers/tokens.js'

const LIMITS = { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '4', RATE_LIMIT_USER_PER_MINUTE: '100', RATE_LIMIT_WRITES_PER_MINUTE: '3' }
const evaluate = (t: TestApp, ip: string) => t.app.inject({ method: 'POST', url: '/api/measures/evaluate', remoteAddress: ip, payload: { facts: {} } })

describe('rate limits shared by two API instances on one database (RATE_LIMIT_STORE=postgres, the default)', () => {
  let a: TestApp
  let b: TestApp
  beforeAll(async () => {
    a = await startTestApp(LIMITS)
    b = await startTestApp(LIMITS, { databaseUrl: a.databaseUrl })
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  it('counts requests alternating between the instances as one budget: 429 RATE_LIMITED with Retry-After exactly at the limit', async () => {
    const answers = []
    for (let i = 0; i < 6; i++) answers.push(await evaluate(i % 2 === 0 ? a : b, '10.7.0.1'))
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 429, 429])
    for (const limited of answers.slice(4)) {
      expect(limited.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', correlationId: expect.any(String) })
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1)
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60)
    }
    // another address has its own budget, on either instance
    expect((await evaluate(b, '10.7.0.2')).statusCode).toBe(200)
  })

  it("counts a signed-in user's writes across the instances", async () => {
    const headers = await authHeader('enterprise-b')
    const put = (t: TestApp, n: number) => t.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers, payload: { facts: { revenue: n } } })
    expect([(await put(a, 1)).statusCode, (await put(b, 2)).statusCode, (await put(a, 3)).statusCode, (await put(b, 4)).statusCode]).toEqual([200, 200, 200, 429])
    expect((await b.app.inject({ method: 'GET', url: '/api/enterprises/me', headers })).json().facts).toEqual({ revenue: 3 })
  })

  it('sweeps counters whose window ended, and keeps live ones', async () => {
    const client = new pg.Client({ connectionString: a.databaseUrl })
    await client.connect()
    try {
      const now = Date.now()
      await client.query(`INSERT INTO rate_limits (key, points, expire) VALUES ('rl:test:old', 3, $1), ('rl:test:live', 3, $2)`, [now - 5 * 60_000, now + 30_000])
      const storage = a.app.get<PostgresThrottlerStorage>(getStorageToken())
      expect(storage).toBeInstanceOf(PostgresThrottlerStorage)
      expect(await storage.sweep(now)).toBeGreaterThanOrEqual(1)
      const { rows } = await client.query(`SELECT key FROM rate_limits WHERE key LIKE 'rl:test:%'`)
      expect(rows.map((r) => r.key)).toEqual(['rl:test:live'])
    } finally {
      await client.end()
    }
  })
})

describe('RATE_LIMIT_STORE=memory (what the shared store replaces)', () => {
  let a: TestApp
  let b: TestApp
  beforeAll(async () => {
    a = await startTestApp({ ...LIMITS, RATE_LIMIT_STORE: 'memory' })
    b = await startTestApp({ ...LIMITS, RATE_LIMIT_STORE: 'memory' }, { databaseUrl: a.databaseUrl })
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  it('counts per process: alternating between two instances allows twice the limit', async () => {
    const codes = []
    for (let i = 0; i < 8; i++) codes.push((await evaluate(i % 2 === 0 ? a : b, '10.8.0.1')).statusCode)
    expect(codes).toEqual(Array(8).fill(200))
    expect((await evaluate(a, '10.8.0.1')).statusCode).toBe(429)
  })
})
