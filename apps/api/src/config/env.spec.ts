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
    ['ATTACHMENTS_STORE', 'disk'],
    ['S3_ENDPOINT', 'minio:9000'],
    ['S3_BUCKET', 'Attachments_2026'],
    ['S3_FORCE_PATH_STYLE', 'maybe'],
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
  describe('attachments in S3', () => {
    const s3 = { ATTACHMENTS_STORE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'servicepack-attachments', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }

    it('defaults to the folder store, and S3 to us-east-1 with path-style addressing', () => {
      expect(loadEnv({})).toMatchObject({ ATTACHMENTS_STORE: 'fs', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true })
      expect(loadEnv(s3)).toMatchObject({ ATTACHMENTS_STORE: 's3', S3_BUCKET: 'servicepack-attachments', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true })
      expect(loadEnv({ ...s3, S3_FORCE_PATH_STYLE: 'false', S3_REGION: 'oss-cn-shanghai' })).toMatchObject({ S3_FORCE_PATH_STYLE: false, S3_REGION: 'oss-cn-shanghai' })
    })

    it('needs no S3 variable with the folder store', () => {
      expect(() => loadEnv({ ATTACHMENTS_STORE: 'fs' })).not.toThrow()
    })

    it.each(['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)('s3 without %s names it, in one line', (variable) => {
      const { [variable]: _, ...rest } = s3
      try {
        loadEnv(rest)
        expect.unreachable('should have thrown')
      } catch (e) {
        expect((e as EnvError).problems).toEqual([{ variable, problem: 'required when ATTACHMENTS_STORE=s3' }])
      }
    })

    it('names every missing S3 variable at once', () => {
      expect(() => loadEnv({ ATTACHMENTS_STORE: 's3' })).toThrow(
        'Invalid environment: S3_ENDPOINT: required when ATTACHMENTS_STORE=s3; S3_BUCKET: required when ATTACHMENTS_STORE=s3; S3_ACCESS_KEY_ID: required when ATTACHMENTS_STORE=s3; S3_SECRET_ACCESS_KEY: required when ATTACHMENTS_STORE=s3',
      )
    })
  })
})
