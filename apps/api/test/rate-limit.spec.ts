import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader } from './helpers/tokens.js'

describe('rate limits (tight limits so they can be seen)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3', RATE_LIMIT_USER_PER_MINUTE: '6', RATE_LIMIT_WRITES_PER_MINUTE: '2' })
  })
  afterAll(async () => t?.close())

  const evaluate = (ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/measures/evaluate', remoteAddress: ip, payload: { facts: {} } })

  it('allows an address its anonymous budget, then answers 429 RATE_LIMITED with Retry-After; other addresses are not affected', async () => {
    const codes = []
    for (let i = 0; i < 4; i++) codes.push((await evaluate('10.0.0.1')).statusCode)
    expect(codes).toEqual([200, 200, 200, 429])
    const limited = await evaluate('10.0.0.1')
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect(limited.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', correlationId: expect.any(String) })
    expect((await evaluate('10.0.0.2')).statusCode).toBe(200)
  })

  it('counts loopback like any other address', async () => {
    const codes = []
    for (let i = 0; i < 4; i++) codes.push((await evaluate('127.0.0.1')).statusCode)
    expect(codes.at(-1)).toBe(429)
  })

  it('counts signed-in callers per user, whatever their address, with a tighter budget for writes', async () => {
    const headers = await authHeader('enterprise-b')
    const put = (n: number) => t.app.inject({ method: 'PUT', url: '/api/enterprises/me', remoteAddress: `10.1.0.${n}`, headers, payload: { facts: { revenue: n } } })
    expect([(await put(1)).statusCode, (await put(2)).statusCode, (await put(3)).statusCode]).toEqual([200, 200, 429])
    expect((await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers })).json().facts).toEqual({ revenue: 2 })
    // reads have their own budget (6 a minute here; the 3 writes and 1 read above were counted already)
    const reads = []
    for (let i = 0; i < 4; i++) reads.push((await t.app.inject({ method: 'GET', url: '/api/enterprises/me', remoteAddress: '10.9.9.9', headers })).statusCode)
    expect(reads).toEqual([200, 200, 429, 429])
    // another user is not affected
    expect((await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: await authHeader('enterprise-a') })).statusCode).toBe(200)
  })

  it('never limits the health check', async () => {
    for (let i = 0; i < 10; i++) expect((await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.0.0.1' })).statusCode).toBe(200)
  })

  it('is off when RATE_LIMIT=false', async () => {
    const off = await startTestApp({ RATE_LIMIT: 'false', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1' })
    try {
      for (let i = 0; i < 5; i++) expect((await off.app.inject({ method: 'POST', url: '/api/measures/evaluate', payload: { facts: {} } })).statusCode).toBe(200)
    } finally {
      await off.close()
    }
  })
})
