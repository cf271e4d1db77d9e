import { describe, expect, it } from 'vitest'
import { loadEnv } from './env.js'
import { fastifyTrustProxy, parseTrustProxy } from './trust-proxy.js'

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['0', false],
    ['1', 1],
    [' 2 ', 2],
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1, 10.0.0.0/8', '127.0.0.1,10.0.0.0/8'],
    ['::1', '::1'],
    ['loopback', 'loopback'],
    ['true', undefined],
    ['yes', undefined],
    ['11', undefined],
    ['127.0.0.1,', undefined],
    ['proxy.example', undefined],
    ['300.1.1.1', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(parseTrustProxy(raw)).toBe(expected)
  })
})

describe('TRUST_PROXY in the environment', () => {
  it('trusts no one by default', () => {
    expect(loadEnv({}).TRUST_PROXY).toBe(false)
  })

  it('takes one hop behind nginx', () => {
    expect(loadEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1)
  })

  it('refuses to trust every hop, in one line naming the variable', () => {
    expect(() => loadEnv({ TRUST_PROXY: 'true' })).toThrow(/^Invalid environment: TRUST_PROXY: must be false, a number of proxy hops/)
  })
})

describe('fastifyTrustProxy', () => {
  it('passes false and addresses through', () => {
    expect(fastifyTrustProxy(false)).toBe(false)
    expect(fastifyTrustProxy('127.0.0.1')).toBe('127.0.0.1')
  })

  it('trusts exactly the n nearest hops', () => {
    const trust = fastifyTrustProxy(1) as (address: string, hop: number) => boolean
    expect([0, 1, 2].map((hop) => trust('127.0.0.1', hop))).toEqual([true, false, false])
  })
})
