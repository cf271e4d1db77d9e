import { z } from 'zod'
import { trustProxy } from './trust-proxy.js'

const bool = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1')

const portMessage = 'must be a port number (1–65535)'
const port = z.coerce
  .number({ error: portMessage })
  .int({ error: portMessage })
  .min(1, { error: portMessage })
  .max(65535, { error: portMessage })

const perMinute = z.coerce
  .number({ error: 'must be a whole number of requests a minute (≥ 1)' })
  .int({ error: 'must be a whole number of requests a minute (≥ 1)' })
  .min(1, { error: 'must be a whole number of requests a minute (≥ 1)' })

const workingDays = z.coerce
  .number({ error: 'must be a whole number of working days (1–60)' })
  .int({ error: 'must be a whole number of working days (1–60)' })
  .min(1, { error: 'must be a whole number of working days (1–60)' })
  .max(60, { error: 'must be a whole number of working days (1–60)' })

const wholeNumber = (min: number, max: number, unit: string) => {
  const message = `must be a whole number of ${unit} (${min}–${max})`
  return z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message })
}

const csvOfOrigins = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.url()))

/** Every variable the API reads, with its default. One source of truth for configuration. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** When set, the API uses this server; when absent it starts an embedded PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Folder of the embedded PostgreSQL's data (only without DATABASE_URL). */
  PGDATA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  /** Production only: an embedded PostgreSQL is refused there unless this is said out loud. */
  EMBEDDED_PG: bool.default(false),
  /** Default true in development and test, false in production (the one-shot `migrate` command runs them). */
  DB_MIGRATE_ON_START: bool.optional(),
  /** Default true in development and test, false in production (where true is refused). */
  SEED_DEMO: bool.optional(),
  /** Production only: permits OIDC_ISSUER, CORS_ORIGINS, WEB_URL and ADMIN_URL on localhost (one-machine rehearsal). */
  ALLOW_LOCALHOST: bool.default(false),
  CORS_ORIGINS: csvOfOrigins.default(['http://localhost:5173', 'http://localhost:5174']),
  /** Issuer of the realm: the dev SSO by default, a real Keycloak realm in production. */
  OIDC_ISSUER: z.url().default('http://localhost:8180/realms/servicepack'),
  OIDC_AUDIENCE: z.string().min(1).default('servicepack-api'),
  /** JWKS location; defaults to Keycloak's layout under the issuer. */
  OIDC_JWKS_URL: z.url().optional(),
  /** The realm's clients whose access tokens the API takes (the token's `azp`); drop servicepack-cli in production. */
  OIDC_CLIENTS: z
    .string()
    .transform((v) => v.split(',').map((c) => c.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[\w.:-]+$/, { error: 'must be a comma-separated list of client ids' })).min(1, { error: 'must name at least one client id' }))
    .default(['servicepack-web', 'servicepack-admin', 'servicepack-cli']),
  /** The oldest access token taken, in seconds since its `iat` (the realm issues 300 s tokens). */
  OIDC_TOKEN_MAX_AGE: z.coerce
    .number({ error: 'must be a whole number of seconds (60–86400)' })
    .int({ error: 'must be a whole number of seconds (60–86400)' })
    .min(60, { error: 'must be a whole number of seconds (60–86400)' })
    .max(86400, { error: 'must be a whole number of seconds (60–86400)' })
    .default(3600),
  /** Rate limits (429 RATE_LIMITED with Retry-After); on by default, loopback included. */
  RATE_LIMIT: bool.default(true),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: perMinute.default(120),
  RATE_LIMIT_USER_PER_MINUTE: perMinute.default(600),
  RATE_LIMIT_WRITES_PER_MINUTE: perMinute.default(60),
  /** Where the limits count: `postgres` (shared by every API instance on the database) or `memory` (per process). */
  RATE_LIMIT_STORE: z.enum(['postgres', 'memory'], { error: 'must be postgres or memory' }).default('postgres'),
  /** Connections each process's pool may open to PostgreSQL. */
  DB_POOL_MAX: wholeNumber(1, 1000, 'connections').default(20),
  /** How long a request waits for a pooled connection before answering 503 BUSY (with Retry-After). */
  DB_POOL_WAIT_MS: wholeNumber(100, 600_000, 'milliseconds').default(5000),
  /** Appeal deadlines in working days ("1515": accept 1, simple 5, complex 15) and the rating window. */
  APPEAL_ACCEPT_WORKING_DAYS: workingDays.default(1),
  APPEAL_SIMPLE_WORKING_DAYS: workingDays.default(5),
  APPEAL_COMPLEX_WORKING_DAYS: workingDays.default(15),
  APPEAL_RATE_WORKING_DAYS: workingDays.default(5),
  /** How long before a deadline the handler is reminded (催办), in hours. */
  APPEAL_REMINDER_HOURS: z.coerce.number({ error: 'must be a number of hours' }).min(0, { error: 'must be ≥ 0' }).max(240, { error: 'must be ≤ 240' }).default(4),
  /** Working days after a month ends before its 三率 are published as open data. */
  OPEN_DATA_PUBLISH_WORKING_DAYS: workingDays.default(3),
  /** Where attachments are stored (default <repo>/.data/attachments; never served by any dev server). */
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  /** Where attachment bytes live: `fs` (ATTACHMENTS_DIR, the dev default) or `s3` (a bucket, shared by every API instance). */
  ATTACHMENTS_STORE: z.enum(['fs', 's3'], { error: 'must be fs or s3' }).default('fs'),
  /** The S3-compatible service (MinIO, AWS, Aliyun OSS, Tencent COS, Huawei OBS); required with ATTACHMENTS_STORE=s3. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:9000' }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 of a-z, 0-9, dot, hyphen)').optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.default(true),
  /** `pnpm db:backup`'s folder (default `<repo>/.data/backups/<timestamp>`); also the folder `pnpm db:restore` reads when given none. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Mail copies of notifications: an SMTP URL (`pnpm dev` starts maildev on smtp://127.0.0.1:1025). Unset: no mail. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('企业服务包 <noreply@servicepack.example>'),
  /** Where links in mails point (the enterprise portal; the admin app for back-office audiences). */
  WEB_URL: z.url().default('http://localhost:5173'),
  ADMIN_URL: z.url().default('http://localhost:5174'),
  /**
   * What this process does: `api` serves HTTP and enqueues jobs; `worker` runs the jobs (deadline
   * sweep, notice reminders, mail) and their schedules, and serves only /api/health*; `all` both.
   */
  PROCESS_ROLE: z.enum(['all', 'api', 'worker'], { error: 'must be all, api or worker' }).default('all'),
  /** After SIGTERM/SIGINT: how long in-flight requests and running jobs may take before the process exits anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int({ error: 'must be a whole number of milliseconds' }).min(0, { error: 'must be ≥ 0' }).default(10_000),
  /** Behind a reverse proxy: whom to believe about the client's address (X-Forwarded-For) — see trust-proxy.ts. */
  TRUST_PROXY: trustProxy.default(false),
})

type Parsed = z.infer<typeof envSchema>
/** The validated environment; the defaults that depend on NODE_ENV are filled in. */
export type Env = Omit<Parsed, 'SEED_DEMO' | 'DB_MIGRATE_ON_START'> & { SEED_DEMO: boolean; DB_MIGRATE_ON_START: boolean }

type Problem = { variable: string; problem: string }

const LOCAL_HOSTS = new Set(['localhost', '[::1]', '::1', '0.0.0.0'])
/** Whether a URL points at this machine (localhost, *.localhost, 127.0.0.0/8, ::1). */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase()
  return LOCAL_HOSTS.has(host) || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/**
 * What a production process refuses (one problem per variable): everything only a demo may do.
 * Pure; `loadEnv` adds these to the schema's own problems.
 */
export function productionProblems(env: Env): Problem[] {
  const problems: Problem[] = []
  if (env.DATABASE_URL && env.EMBEDDED_PG) problems.push({ variable: 'EMBEDDED_PG', problem: 'is true while DATABASE_URL is set; choose one' })
  if (env.NODE_ENV !== 'production') return problems
  if (!env.DATABASE_URL && !env.EMBEDDED_PG) problems.push({ variable: 'DATABASE_URL', problem: 'is required in production (an embedded PostgreSQL only with EMBEDDED_PG=true)' })
  if (env.SEED_DEMO) problems.push({ variable: 'SEED_DEMO', problem: 'must not be true in production (demo data)' })
  if (!env.ALLOW_LOCALHOST) {
    const local = (variable: string, urls: string[]) => {
      const found = urls.find(isLocalUrl)
      if (found) problems.push({ variable, problem: `is on localhost (${found}) in production; set the real address, or ALLOW_LOCALHOST=true for a one-machine rehearsal` })
    }
    local('OIDC_ISSUER', [env.OIDC_ISSUER])
    local('CORS_ORIGINS', env.CORS_ORIGINS)
    local('WEB_URL', [env.WEB_URL])
    local('ADMIN_URL', [env.ADMIN_URL])
  }
  return problems
}

/** ATTACHMENTS_STORE=s3 needs its bucket, endpoint and keys: one problem per missing variable. */
export function s3Problems(env: { ATTACHMENTS_STORE: 'fs' | 's3' } & Partial<Record<'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY', string>>): { variable: string; problem: string }[] {
  if (env.ATTACHMENTS_STORE !== 's3') return []
  return (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
    .filter((variable) => !env[variable])
    .map((variable) => ({ variable, problem: 'required when ATTACHMENTS_STORE=s3' }))
}

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(
      'Invalid environment: ' + problems.map((p) => `${p.variable}: ${p.problem}`).join('; '),
    )
    this.name = 'EnvError'
  }
}

/** Validates the environment; throws an EnvError that names every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as "not set", as shells and .env files tend to produce them.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  )
  const result = envSchema.safeParse(cleaned)
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(root)'),
        problem: issue.message,
      })),
    )
  }
  const demoDefault = result.data.NODE_ENV !== 'production'
  const env: Env = { ...result.data, SEED_DEMO: result.data.SEED_DEMO ?? demoDefault, DB_MIGRATE_ON_START: result.data.DB_MIGRATE_ON_START ?? demoDefault }
  const problems = [...productionProblems(env), ...s3Problems(env)]
  if (problems.length > 0) throw new EnvError(problems)
  return env
}

export function jwksUrl(env: Pick<Env, 'OIDC_ISSUER' | 'OIDC_JWKS_URL'>): string {
  return env.OIDC_JWKS_URL ?? `${env.OIDC_ISSUER.replace(/\/$/, '')}/protocol/openid-connect/certs`
}
