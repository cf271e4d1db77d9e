import { describe, expect, it } from 'vitest'
import { EnvError, jwksUrl, loadEnv } from './env.js'

describe('loadEnv', () => {
  it('applies defaults to an empty environment', () => {
    const env = loadEnv({})
    expect(env.PORT).toBe(3000)
    expect(env.CORS_ORIGINS).toEqual(['http://localhost:5173', 'http://localhost:5174'])
    expect(env.OIDC_AUDIENCE).toBe('servicepack-api')
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['OIDC_ISSUER', 'not a url'],
    ['CORS_ORIGINS', 'http://ok.example, nope'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'yes'],
    ['RATE_LIMIT_STORE', 'redis'],
    ['DB_POOL_MAX', '0'],
    ['DB_POOL_MAX', '2.5'],
    ['DB_POOL_WAIT_MS', '10'],
    ['DB_POOL_WAIT_MS', 'soon'],
  ])('names %s when it is %j', (variable, value) => {
    try {
      loadEnv({ [variable]: value })
      expect.unreachable('should have thrown')
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError)
      expect((e as EnvError).problems.map((p) => p.variable)).toEqual([variable])
      expect((e as Error).message).toContain(variable)
    }
  })

  it('shares rate limits through PostgreSQL and bounds the pool and its wait by default', () => {
    expect(loadEnv({})).toMatchObject({ RATE_LIMIT_STORE: 'postgres', DB_POOL_MAX: 20, DB_POOL_WAIT_MS: 5000 })
    expect(loadEnv({ RATE_LIMIT_STORE: 'memory', DB_POOL_MAX: '2', DB_POOL_WAIT_MS: '750' })).toMatchObject({ RATE_LIMIT_STORE: 'memory', DB_POOL_MAX: 2, DB_POOL_WAIT_MS: 750 })
    expect(() => loadEnv({ DB_POOL_WAIT_MS: '10' })).toThrow('DB_POOL_WAIT_MS: must be a whole number of milliseconds (100–600000)')
  })

  it('says what a port must be', () => {
    expect(() => loadEnv({ PORT: 'abc' })).toThrow('PORT: must be a port number (1–65535)')
  })

  it('names every bad variable at once', () => {
    expect(() => loadEnv({ PORT: '-1', NODE_ENV: 'staging' })).toThrow(/NODE_ENV.*PORT|PORT.*NODE_ENV/)
  })

  it('treats empty strings as unset', () => {
    expect(loadEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
  })

  it('derives the Keycloak JWKS location from the issuer', () => {
    expect(jwksUrl(loadEnv({ OIDC_ISSUER: 'https://sso.example.gov.cn/realms/servicepack/' }))).toBe(
      'https://sso.example.gov.cn/realms/servicepack/protocol/openid-connect/certs',
    )
  })
})
