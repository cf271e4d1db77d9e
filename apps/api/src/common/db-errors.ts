import type { ErrorCode } from './error-codes.js'

/** The SQLSTATEs the API answers itself (PostgreSQL, Appendix A). */
export const SQLSTATE = {
  uniqueViolation: '23505',
  checkViolation: '23514',
  foreignKeyViolation: '23503',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  lockNotAvailable: '55P03',
} as const

/** What pg-pool says when no connection frees up within `connectionTimeoutMillis` (DB_POOL_WAIT_MS). */
export const POOL_WAIT_TIMEOUT = 'timeout exceeded when trying to connect'

/** How a database failure is answered: in the error shape, never as a 500. */
export interface DbFailure {
  status: 409 | 503
  code: ErrorCode
  message: string
}

/**
 * Constraints that back a service's own check, each with the answer it stands for. The services
 * check first, under row locks; these answer the race or the path a check missed. A constraint not
 * listed here is a 409 CONFLICT.
 */
export const CONSTRAINT_ANSWERS: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  notice_registrations_one_per_enterprise: { code: 'ALREADY_REGISTERED', message: 'Your enterprise is already registered (or on the waitlist)' },
  notices_seats_within_capacity: { code: 'CONFLICT', message: "The notice's seats changed meanwhile; nothing was written. Reload and try again." },
  notices_times_in_order: { code: 'CONFLICT', message: "The notice's times are out of order; nothing was written." },
  appeal_extension_one_pending: { code: 'INVALID_TRANSITION', message: 'An extension request is already pending for this appeal' },
  appeals_idempotency: { code: 'CONFLICT', message: 'A concurrent request with the same Idempotency-Key is being processed; retry to get its result' },
}

/** Seconds a client should wait before retrying, by code (sent as Retry-After). */
export const RETRY_AFTER_SECONDS: Partial<Record<ErrorCode, number>> = { BUSY: 2 }

interface PgErrorLike {
  code: string
  constraint?: string
}

/**
 * The PostgreSQL error behind `e`, if any: pg's DatabaseError itself, or TypeORM's QueryFailedError
 * (which keeps it as `driverError`). Recognised by a SQLSTATE together with the server's severity,
 * so Node's own error codes (EPIPE, …) are not mistaken for one.
 */
export function pgErrorOf(e: unknown): PgErrorLike | null {
  for (const candidate of [e, (e as { driverError?: unknown } | null)?.driverError]) {
    if (typeof candidate !== 'object' || candidate === null) continue
    const c = candidate as { code?: unknown; severity?: unknown; constraint?: unknown }
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code) && typeof c.severity === 'string') {
      return { code: c.code, ...(typeof c.constraint === 'string' ? { constraint: c.constraint } : {}) }
    }
  }
  return null
}

/** A deadlock or a serialization failure: the transaction did nothing and may simply run again. */
export function isRetryableConflict(e: unknown): boolean {
  const code = pgErrorOf(e)?.code
  return code === SQLSTATE.deadlockDetected || code === SQLSTATE.serializationFailure
}

/** The answer to a database failure, or null when `e` is no database failure the API answers (a 500 then). */
export function dbFailureOf(e: unknown): DbFailure | null {
  if (e instanceof Error && e.message === POOL_WAIT_TIMEOUT) {
    return { status: 503, code: 'BUSY', message: 'No database connection became free in time; nothing was written. Retry after Retry-After seconds.' }
  }
  const pg = pgErrorOf(e)
  if (!pg) return null
  switch (pg.code) {
    case SQLSTATE.uniqueViolation:
    case SQLSTATE.checkViolation: {
      const known = pg.constraint ? CONSTRAINT_ANSWERS[pg.constraint] : undefined
      return { status: 409, code: known?.code ?? 'CONFLICT', message: known?.message ?? 'The change conflicts with the data as it is now; nothing was written. Reload and try again.' }
    }
    case SQLSTATE.foreignKeyViolation:
      return { status: 409, code: 'CONFLICT', message: 'The change refers to a record that no longer exists (or is still referred to); nothing was written.' }
    case SQLSTATE.deadlockDetected:
    case SQLSTATE.serializationFailure:
    case SQLSTATE.lockNotAvailable:
      return { status: 503, code: 'BUSY', message: 'Concurrent changes kept colliding; nothing was written. Retry after Retry-After seconds.' }
    default:
      return null
  }
}
