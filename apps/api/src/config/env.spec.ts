import { describe, expect, it } from 'vitest'
import { EnvError, isLocalUrl, jwksUrl, loadEnv } from './env.js'

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
    ['ATTACHMENTS_STORE', 'disk'],
    ['S3_ENDPOINT', 'minio:9000'],
    ['S3_BUCKET', 'Attachments_2026'],
    ['S3_FORCE_PATH_STYLE', 'maybe'],
    ['RATE_LIMIT_STORE', 'redis'],
    ['DB_POOL_MAX', '0'],
    ['DB_POOL_MAX', '2.5'],
    ['DB_POOL_WAIT_MS', '10'],
    ['DB_POOL_WAIT_MS', 'soon'],
    ['PROCESS_ROLE', 'both'],
    ['SHUTDOWN_GRACE_MS', '-1'],
    ['SHUTDOWN_GRACE_MS', 'soon'],
    ['EMBEDDED_PG', 'maybe'],
    ['ALLOW_LOCALHOST', 'yes'],
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

/** A production environment that passes: every address real, a database named. */
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://app@db.internal:5432/servicepack',
  OIDC_ISSUER: 'https://sso.example.gov.cn/realms/servicepack',
  CORS_ORIGINS: 'https://qyfw.example.gov.cn,https://admin.qyfw.example.gov.cn',
  WEB_URL: 'https://qyfw.example.gov.cn',
  ADMIN_URL: 'https://admin.qyfw.example.gov.cn',
}

function problemsOf(source: Record<string, string>): string[] {
  try {
    loadEnv(source)
    return []
  } catch (e) {
    if (!(e instanceof EnvError)) throw e
    return e.problems.map((p) => p.variable)
  }
}

describe('defaults that depend on NODE_ENV', () => {
  it.each([
    [undefined, true, 'all'],
    ['development', true, 'all'],
    ['test', true, 'all'],
    ['production', false, 'all'],
  ] as const)('NODE_ENV=%s: SEED_DEMO and DB_MIGRATE_ON_START %s, PROCESS_ROLE %s', (nodeEnv, demo, role) => {
    const env = loadEnv(nodeEnv === 'production' ? production : nodeEnv ? { NODE_ENV: nodeEnv } : {})
    expect(env.SEED_DEMO).toBe(demo)
    expect(env.DB_MIGRATE_ON_START).toBe(demo)
    expect(env.PROCESS_ROLE).toBe(role)
    expect(env.SHUTDOWN_GRACE_MS).toBe(10_000)
  })

  it('lets production migrate on start when asked', () => {
    expect(loadEnv({ ...production, DB_MIGRATE_ON_START: 'true' }).DB_MIGRATE_ON_START).toBe(true)
  })
})

describe('production refuses to be a demo', () => {
  it.each<[string, Record<string, string | undefined>, string[]]>([
    ['a complete production environment', {}, []],
    ['no DATABASE_URL', { DATABASE_URL: undefined }, ['DATABASE_URL']],
    ['no DATABASE_URL but EMBEDDED_PG=true', { DATABASE_URL: undefined, EMBEDDED_PG: 'true' }, []],
    ['SEED_DEMO=true', { SEED_DEMO: 'true' }, ['SEED_DEMO']],
    ['SEED_DEMO=false', { SEED_DEMO: 'false' }, []],
    ['the issuer on localhost', { OIDC_ISSUER: 'http://localhost:8180/realms/servicepack' }, ['OIDC_ISSUER']],
    ['the issuer on 127.0.0.1', { OIDC_ISSUER: 'http://127.0.0.1:8180/realms/servicepack' }, ['OIDC_ISSUER']],
    ['the issuer on [::1]', { OIDC_ISSUER: 'http://[::1]:8180/realms/servicepack' }, ['OIDC_ISSUER']],
    ['the issuer on localhost, allowed', { OIDC_ISSUER: 'http://localhost:8180/realms/servicepack', ALLOW_LOCALHOST: 'true' }, []],
    ['one CORS origin on localhost', { CORS_ORIGINS: 'https://qyfw.example.gov.cn,http://localhost:5174' }, ['CORS_ORIGINS']],
    ['WEB_URL on localhost', { WEB_URL: 'http://localhost:8080' }, ['WEB_URL']],
    ['ADMIN_URL on 127.0.0.1', { ADMIN_URL: 'http://127.0.0.1:8081' }, ['ADMIN_URL']],
    ['every address left at its localhost default', { OIDC_ISSUER: undefined, CORS_ORIGINS: undefined, WEB_URL: undefined, ADMIN_URL: undefined }, ['OIDC_ISSUER', 'CORS_ORIGINS', 'WEB_URL', 'ADMIN_URL']],
    ['every address on localhost, allowed (the one-machine rehearsal)', { OIDC_ISSUER: undefined, CORS_ORIGINS: undefined, WEB_URL: undefined, ADMIN_URL: undefined, ALLOW_LOCALHOST: 'true' }, []],
    ['nothing set but NODE_ENV', { DATABASE_URL: undefined, OIDC_ISSUER: undefined, CORS_ORIGINS: undefined, WEB_URL: undefined, ADMIN_URL: undefined }, ['DATABASE_URL', 'OIDC_ISSUER', 'CORS_ORIGINS', 'WEB_URL', 'ADMIN_URL']],
    ['EMBEDDED_PG=true beside DATABASE_URL', { EMBEDDED_PG: 'true' }, ['EMBEDDED_PG']],
  ])('%s', (_, change, refused) => {
    const source = Object.fromEntries(Object.entries({ ...production, ...change }).filter((e): e is [string, string] => e[1] !== undefined))
    expect(problemsOf(source)).toEqual(refused)
  })

  it.each([
    ['development', { SEED_DEMO: 'true' }],
    ['test', { SEED_DEMO: 'true' }],
    ['development', {}],
  ])('NODE_ENV=%s allows the demo (%j, localhost, embedded)', (nodeEnv, change) => {
    expect(problemsOf({ NODE_ENV: nodeEnv, ...change })).toEqual([])
  })

  it('says each refusal in one line, all in one message', () => {
    try {
      loadEnv({ NODE_ENV: 'production', SEED_DEMO: 'true' })
      expect.unreachable('should have thrown')
    } catch (e) {
      const message = (e as Error).message
      expect(message.split('\n')).toHaveLength(1)
      for (const v of ['DATABASE_URL', 'SEED_DEMO', 'OIDC_ISSUER', 'CORS_ORIGINS', 'WEB_URL', 'ADMIN_URL']) expect(message).toContain(`${v}: `)
      expect(message).toContain('EMBEDDED_PG=true')
      expect(message).toContain('ALLOW_LOCALHOST=true')
    }
  })
})

describe('isLocalUrl', () => {
  it.each([
    ['http://localhost:8180/realms/x', true],
    ['http://LOCALHOST', true],
    ['http://app.localhost:5173', true],
    ['http://127.0.0.1:3000', true],
    ['http://127.1.2.3', true],
    ['http://[::1]:3000', true],
    ['http://0.0.0.0:3000', true],
    ['https://sso.example.gov.cn/realms/x', false],
    ['https://localhost.example.gov.cn', false],
    ['http://10.0.0.5:8080', false],
    ['https://127.0.0.1.nip.io', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalUrl(url)).toBe(local)
  })
})
