import { generateKeyPair, SignJWT, type JWTPayload } from 'jose'
import { describe, expect, it } from 'vitest'
import type { Env } from '../config/env.js'
import type { Principal } from './principal.js'
import { TokenVerifier } from './token-verifier.js'
import { VerifiedTokenCache } from './verified-token-cache.js'

const p = (sub: string): Principal => ({ sub, username: sub, name: null, email: null, roles: [], enterpriseUscc: null, bureau: null, association: null })
const T0 = 1_800_000_000_000
const { publicKey, privateKey } = await generateKeyPair('RS256')

describe('VerifiedTokenCache', () => {
  // [what, exp, end of the allowed age, ms later, still known]
  const cases: [string, number | null, number | null, number, boolean][] = [
    ['right after', T0 + 300_000, T0 + 3_600_000, 1, true],
    ['within the minute', T0 + 300_000, null, 59_999, true],
    ['after the minute, token still valid', T0 + 300_000, null, 60_000, false],
    ['at its exp', T0 + 30_000, null, 30_000, false],
    ['just before its exp', T0 + 30_000, null, 29_999, true],
    ['at the end of its allowed age', T0 + 300_000, T0 + 10_000, 10_000, false],
    ['no exp, no age: the minute bounds it', null, null, 60_000, false],
  ]
  it.each(cases)('%s → known: %s', (_, exp, ageEnd, later, known) => {
    const cache = new VerifiedTokenCache()
    cache.set('t', p('u1'), T0, exp, ageEnd)
    expect(cache.get('t', T0 + later)?.sub).toBe(known ? 'u1' : undefined)
  })

  it('keeps nothing already expired, and forgets an expired entry when read', () => {
    const cache = new VerifiedTokenCache()
    cache.set('old', p('u1'), T0, T0, null)
    expect(cache.size).toBe(0)
    cache.set('t', p('u1'), T0, T0 + 1000, null)
    expect(cache.get('t', T0 + 1000)).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('drops the least recently used beyond its size', () => {
    const cache = new VerifiedTokenCache(2)
    cache.set('a', p('a'), T0, null, null)
    cache.set('b', p('b'), T0, null, null)
    cache.get('a', T0) // a is now the most recent
    cache.set('c', p('c'), T0, null, null)
    expect([cache.get('a', T0)?.sub, cache.get('b', T0)?.sub, cache.get('c', T0)?.sub]).toEqual(['a', undefined, 'c'])
  })

  it.each<[string, string | null, boolean, boolean]>([
    ['its key still published: trusted', 'k1', true, true],
    ['its key withdrawn from the JWKS: verified again', 'k1', false, false],
    ['no kid recorded: the key set is not asked', null, false, true],
  ])('a token signed by a key — %s', (_, kid, published, trusted) => {
    const cache = new VerifiedTokenCache()
    cache.set('t', p('u1'), T0, null, null, kid)
    expect(cache.get('t', T0, (k) => (k === 'k1' ? published : true))?.sub).toBe(trusted ? 'u1' : undefined)
    // a withdrawn key's entry is gone, even if the key came back
    expect(cache.get('t', T0)?.sub).toBe(trusted ? 'u1' : undefined)
  })

  it('hands out a frozen principal (shared by the requests of one token)', () => {
    const cache = new VerifiedTokenCache()
    cache.set('t', p('u1'), T0, null, null)
    expect(Object.isFrozen(cache.get('t', T0))).toBe(true)
  })
})

describe('TokenVerifier with its cache', () => {
  const env = { OIDC_ISSUER: 'https://sso.example/realms/servicepack', OIDC_AUDIENCE: 'servicepack-api', OIDC_CLIENTS: ['servicepack-web'], OIDC_TOKEN_MAX_AGE: 3600, OIDC_JWKS_URL: 'http://127.0.0.1:9/certs' } as unknown as Env
  const now = Math.floor(T0 / 1000)
  const claims: JWTPayload = { iss: env.OIDC_ISSUER, aud: env.OIDC_AUDIENCE, sub: 'u1', typ: 'Bearer', azp: 'servicepack-web', iat: now, exp: now + 300 }

  async function setup() {
    const verifier = new TokenVerifier(env)
    let lookups = 0
    // the realm's keys, counted (a verification looks the key up; a cached token does not)
    ;(verifier as unknown as { keys: () => Promise<typeof publicKey> }).keys = async () => {
      lookups++
      return publicKey
    }
    let clock = T0
    verifier.now = () => clock
    const sign = (c: JWTPayload) => new SignJWT(c).setProtectedHeader({ alg: 'RS256' }).sign(privateKey)
    return { verifier, sign, lookups: () => lookups, move: (ms: number) => (clock += ms) }
  }

  it('verifies a token once, then answers from the cache until the minute is over', async () => {
    const { verifier, sign, lookups, move } = await setup()
    const token = await sign(claims)
    expect((await verifier.verify(token)).sub).toBe('u1')
    expect((await verifier.verify(token)).sub).toBe('u1')
    expect(lookups()).toBe(1)
    move(60_000)
    await verifier.verify(token)
    expect(lookups()).toBe(2)
  })

  it('refuses an expired token even when it was verified before', async () => {
    const { verifier, sign, move } = await setup()
    const token = await sign({ ...claims, exp: now + 30 })
    await verifier.verify(token)
    move(40_000) // past exp and its 5 s leeway
    await expect(verifier.verify(token)).rejects.toThrow()
  })

  it('never caches a refused token', async () => {
    const { verifier, sign, lookups } = await setup()
    const token = await sign({ ...claims, azp: 'other-app' })
    await expect(verifier.verify(token)).rejects.toThrow()
    await expect(verifier.verify(token)).rejects.toThrow()
    expect(lookups()).toBe(2)
  })
})
