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
  DB_MIGRATE_ON_START: bool.default(true),
  SEED_DEMO: bool.default(true),
  CORS_ORIGINS: csvOfOrigins.default(['http://localhost:5173', 'http://localhost:5174']),
  /** Issuer of the realm: the dev SSO by default, a real Keycloak realm in production. */
  OIDC_ISSUER: z.url().default('http://localhost:8180/realms/servicepack'),
  OIDC_AUDIENCE: z.string().min(1).default('servicepack-api'),
  /** JWKS location; defaults to Keycloak's layout under the issuer. */
  OIDC_JWKS_URL: z.url().optional(),
  /** Rate limits (429 RATE_LIMITED with Retry-After); on by default, loopback included. */
  RATE_LIMIT: bool.default(true),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: perMinute.default(120),
  RATE_LIMIT_USER_PER_MINUTE: perMinute.default(600),
  RATE_LIMIT_WRITES_PER_MINUTE: perMinute.default(60),
  /** Appeal deadlines in working days ("1515": accept 1, simple 5, complex 15) and the rating window. */
  APPEAL_ACCEPT_WORKING_DAYS: workingDays.default(1),
  APPEAL_SIMPLE_WORKING_DAYS: workingDays.default(5),
  APPEAL_COMPLEX_WORKING_DAYS: workingDays.default(15),
  APPEAL_RATE_WORKING_DAYS: workingDays.default(5),
  /** How long before a deadline the handler is reminded (催办), in hours. */
  APPEAL_REMINDER_HOURS: z.coerce.number({ error: 'must be a number of hours' }).min(0, { error: 'must be ≥ 0' }).max(240, { error: 'must be ≤ 240' }).default(4),
  /** Where attachments are stored (default <repo>/.data/attachments; never served by any dev server). */
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  /** Mail copies of notifications: an SMTP URL (`pnpm dev` starts maildev on smtp://127.0.0.1:1025). Unset: no mail. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('企业服务包 <noreply@servicepack.example>'),
  /** Where links in mails point (the enterprise portal; the admin app for back-office audiences). */
  WEB_URL: z.url().default('http://localhost:5173'),
  ADMIN_URL: z.url().default('http://localhost:5174'),
  /** Background jobs (deadline reminders, overdue notices, auto-close, mail) through pg-boss. */
  JOBS: bool.default(true),
  /** Behind a reverse proxy: whom to believe about the client's address (X-Forwarded-For) — see trust-proxy.ts. */
  TRUST_PROXY: trustProxy.default(false),
})

export type Env = z.infer<typeof envSchema>

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
  if (result.success) return result.data
  throw new EnvError(
    result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(root)'),
      problem: issue.message,
    })),
  )
}

export function jwksUrl(env: Pick<Env, 'OIDC_ISSUER' | 'OIDC_JWKS_URL'>): string {
  return env.OIDC_JWKS_URL ?? `${env.OIDC_ISSUER.replace(/\/$/, '')}/protocol/openid-connect/certs`
}
