import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'

/**
 * TRUST_PROXY exactly: behind one nginx (TRUST_PROXY=1, the socket's peer is the proxy) the per-IP
 * limits count the address nginx appended to X-Forwarded-For, never one the client wrote before it;
 * without TRUST_PROXY the header is ignored.
 */
const evaluate = (t: TestApp, forwardedFor: string, from = '127.0.0.1') =>
  t.app
    .inject({ method: 'POST', url: '/api/measures/evaluate', remoteAddress: from, headers: { 'x-forwarded-for': forwardedFor }, payload: { facts: {} } })
    .then((r) => r.statusCode)

describe('TRUST_PROXY=1 (one nginx in front)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2', TRUST_PROXY: '1' })
  })
  afterAll(async () => t?.close())

  it('counts the client nginx saw, each apart', async () => {
    expect([await evaluate(t, '203.0.113.1'), await evaluate(t, '203.0.113.1'), await evaluate(t, '203.0.113.1')]).toEqual([200, 200, 429])
    expect(await evaluate(t, '203.0.113.2')).toBe(200)
  })

  it('does not believe an address the client wrote in front of the one nginx appended', async () => {
    expect(await evaluate(t, '198.51.100.50, 203.0.113.1')).toBe(429)
  })
})

describe('TRUST_PROXY unset', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2' })
  })
  afterAll(async () => t?.close())

  it('ignores X-Forwarded-For: the socket peer is the client', async () => {
    expect([await evaluate(t, '203.0.113.1', '10.0.0.7'), await evaluate(t, '203.0.113.2', '10.0.0.7'), await evaluate(t, '203.0.113.3', '10.0.0.7')]).toEqual([200, 200, 429])
  })
})
