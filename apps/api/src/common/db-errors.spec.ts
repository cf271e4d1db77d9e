import { QueryFailedError } from 'typeorm'
import { describe, expect, it } from 'vitest'
import { CONSTRAINT_ANSWERS, dbFailureOf, isRetryableConflict, pgErrorOf, POOL_WAIT_TIMEOUT } from './db-errors.js'
import { ERROR_CODES } from './error-codes.js'
import { toErrorBody } from './error-shape.js'

/** An error as pg raises it (a DatabaseError carries the server's severity, SQLSTATE and constraint). */
const pgError = (code: string, constraint?: string) => Object.assign(new Error(`pg ${code}`), { severity: 'ERROR', code, ...(constraint ? { constraint } : {}) })
/** … and as TypeORM rethrows it. */
const typeormError = (code: string, constraint?: string) => new QueryFailedError('INSERT …', [], pgError(code, constraint))

describe('dbFailureOf', () => {
  it.each([
    ['a unique violation of one registration per enterprise', pgError('23505', 'notice_registrations_one_per_enterprise'), 409, 'ALREADY_REGISTERED'],
    ['the seats CHECK', typeormError('23514', 'notices_seats_within_capacity'), 409, 'CONFLICT'],
    ['a second pending extension', typeormError('23505', 'appeal_extension_one_pending'), 409, 'INVALID_TRANSITION'],
    ['a unique violation of a constraint not in the table', typeormError('23505', 'PK_0123456789abcdef'), 409, 'CONFLICT'],
    ['a CHECK not in the table', pgError('23514', 'added_later'), 409, 'CONFLICT'],
    ['a unique violation that names no constraint', pgError('23505'), 409, 'CONFLICT'],
    ['a foreign key violation', typeormError('23503', 'FK_x'), 409, 'CONFLICT'],
    ['a deadlock that persisted after retries', typeormError('40P01'), 503, 'BUSY'],
    ['a serialization failure that persisted after retries', pgError('40001'), 503, 'BUSY'],
    ['a lock timeout', typeormError('55P03'), 503, 'BUSY'],
    ["the pool's wait running out", new Error(POOL_WAIT_TIMEOUT), 503, 'BUSY'],
  ])('%s → %i %s', (_name, error, status, code) => {
    expect(dbFailureOf(error)).toMatchObject({ status, code, message: expect.any(String) })
  })

  it.each([
    ['a syntax error (a bug)', typeormError('42601')],
    ['an undefined table (a bug)', pgError('42P01')],
    ["Node's own error code that looks like a SQLSTATE", Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })],
    ['a plain error', new Error('boom')],
    ['a thrown string', 'boom'],
    ['nothing', undefined],
  ])('%s → not a database answer (500)', (_name, error) => {
    expect(dbFailureOf(error)).toBeNull()
  })

  it('answers every listed constraint with a 409 code that exists', () => {
    for (const [constraint, answer] of Object.entries(CONSTRAINT_ANSWERS)) {
      expect(ERROR_CODES).toContain(answer.code)
      expect(dbFailureOf(pgError('23505', constraint))).toMatchObject({ status: 409, code: answer.code })
    }
  })

  it('reads the SQLSTATE through TypeORM', () => {
    expect(pgErrorOf(typeormError('23514', 'notices_seats_within_capacity'))).toEqual({ code: '23514', constraint: 'notices_seats_within_capacity' })
  })
})

describe('isRetryableConflict', () => {
  it.each([
    ['40P01', true],
    ['40001', true],
    ['23505', false],
    ['55P03', false],
  ])('%s → %s', (code, retry) => {
    expect(isRetryableConflict(typeormError(code))).toBe(retry)
    expect(isRetryableConflict(pgError(code))).toBe(retry)
  })

  it('never retries what is not a database error', () => {
    expect(isRetryableConflict(new Error(POOL_WAIT_TIMEOUT))).toBe(false)
  })
})

describe('toErrorBody of database failures', () => {
  it('renders them in the error shape instead of a 500', () => {
    expect(toErrorBody(typeormError('23505', 'notice_registrations_one_per_enterprise'), 'r')).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'ALREADY_REGISTERED',
      message: expect.any(String),
      correlationId: 'r',
    })
    expect(toErrorBody(new Error(POOL_WAIT_TIMEOUT), 'r')).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'BUSY' })
  })
})
