import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './appeal-cursor.js'

describe('appeal cursors', () => {
  const key = { at: '2026-11-29T02:00:00.000Z', id: '3f2b8c1e-0000-4000-8000-000000000001' }
  it('round-trip', () => {
    expect(decodeCursor(encodeCursor(key))).toEqual(key)
    expect(decodeCursor(encodeCursor({ at: null, id: key.id }))).toEqual({ at: null, id: key.id })
  })
  it.each([
    ['not base64 JSON', 'abc'],
    ['a wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify(['yesterday', key.id])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify([key.at, "1' OR 1=1"])).toString('base64url')],
  ])('refuse %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull()
  })
})
