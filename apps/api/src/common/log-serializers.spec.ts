import { Writable } from 'node:stream'
import { pinoHttp } from 'pino-http'
import { describe, expect, it } from 'vitest'
import { errSerializer } from './log-serializers.js'

class DatabaseError extends Error {
  code = '57P01'
  severity = 'FATAL'
  client = { connectionParameters: { user: 'postgres' }, _types: { builtins: { BOOL: 16 } } }
}

/** The line a logger built as app.module.ts builds it (pino-http with this serializer) writes for `{ err }`. */
function loggedLine(err: unknown): Record<string, unknown> {
  const lines: string[] = []
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) })
  pinoHttp({ serializers: { err: errSerializer } }, sink).logger.error({ err }, 'job queue error')
  return JSON.parse(lines[0]!) as Record<string, unknown>
}

describe('errSerializer', () => {
  it('keeps what says what went wrong and drops the pg client an idle-connection error carries', () => {
    const line = loggedLine(new DatabaseError('terminating connection due to administrator command'))
    expect(line.err).toMatchObject({ type: 'DatabaseError', message: 'terminating connection due to administrator command', code: '57P01', severity: 'FATAL' })
    expect((line.err as { stack: string }).stack).toContain('terminating connection')
    expect(line.err).not.toHaveProperty('client')
    expect(JSON.stringify(line)).not.toContain('connectionParameters')
  })

  it('serialises an Error handed to it directly the same way', () => {
    const out = errSerializer(new DatabaseError('gone')) as Record<string, unknown>
    expect(out).toMatchObject({ type: 'DatabaseError', message: 'gone', code: '57P01' })
    expect(out).not.toHaveProperty('client')
  })

  it('keeps a cause', () => {
    expect(JSON.stringify(loggedLine(new Error('outer', { cause: new Error('inner') })))).toContain('inner')
  })

  it.each([['a string', 'boom'], ['a number', 42], ['nothing', undefined]])('passes %s through as it is', (_, value) => {
    expect(errSerializer(value)).toBe(value)
  })
})
