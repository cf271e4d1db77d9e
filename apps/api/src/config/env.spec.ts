import { describe, expect, it } from 'vitest'
import { EnvError, jwksUrl, loadEnv } from './env.js'

describe('loadEnv', () => {
  it('applies defaults to an empty environment', () => {
    const env = loadEnv({})
    expect(env.PORT).toBe(3000)
    expect(env.CORS_ORIGINS).toEqual(['http://localhost:5173', 'http://localhost:5174'])
    expect(env.OIDC_AUDIENCE).toBe('servicepack-api')
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.OIDC_CLIENTS).toEqual(['servicepack-web', 'servicepack-admin', 'servicepack-cli'])
    expect(env.OIDC_TOKEN_MAX_AGE).toBe(3600)
  })

  it('reads the clients whose tokens are taken as a comma-separated list', () => {
    expect(loadEnv({ OIDC_CLIENTS: ' servicepack-web , servicepack-admin ' }).OIDC_CLIENTS).toEqual(['servicepack-web', 'servicepack-admin'])
  })

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['OIDC_ISSUER', 'not a url'],
    ['CORS_ORIGINS', 'http://ok.example, nope'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'yes'],
    ['OIDC_CLIENTS', ','],
    ['OIDC_CLIENTS', 'web app'],
    ['OIDC_TOKEN_MAX_AGE', '10'],
    ['OIDC_TOKEN_MAX_AGE', 'an hour'],
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
