import { describe, expect, it } from 'vitest'
import { queueErrorLog } from './queue-errors.js'

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code })

describe('queueErrorLog', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection because of crash of another server process'],
    ['57P03', 'the database system is shutting down'],
  ])('a connection the server ended while stopping (%s) is one warning without a stack', (code, message) => {
    expect(queueErrorLog(pgError(code, message))).toEqual({ level: 'warn', message: 'the database server ended a job queue connection (stopping or restarting)', fields: { code, reason: message } })
  })

  it.each([
    ['another SQLSTATE', pgError('42P01', 'relation "pgboss.job" does not exist')],
    ['an error without a code', new Error('Connection terminated unexpectedly')],
    ['a non-error', 'boom'],
    ['nothing', undefined],
  ])('%s is an error with the whole error', (_, error) => {
    expect(queueErrorLog(error)).toEqual({ level: 'error', message: 'job queue error', fields: { err: error } })
  })
})
