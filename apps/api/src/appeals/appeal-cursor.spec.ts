import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './appeal-cursor.js'

describe('appeal cursors', () => {
  const key = { at: '2026-11-29T02:00:00.000Z', id: '3f2b8c1e-0000-4000-8000-000000000001' }
  it('round-trip', () => {
    expect(decodeCursor(encodeCursor(key))).toEqual(key)
    expect(decodeCursor(encodeCursor({ at: null, id: key.id }))).toEqual({ at: null, id: key.id })
  })
  it('round-trip with the leading part of a coordinator’s list (their own enterprises first)', () => {
    expect(decodeCursor(encodeCursor({ ...key, mine: true }))).toEqual({ ...key, mine: true })
    expect(decodeCursor(encodeCursor({ ...key, mine: false }))).toEqual({ ...key, mine: false })
  })
  it.each([
    ['not base64 JSON', 'abc'],
    ['a wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify(['yesterday', key.id])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify([key.at, "1' OR 1=1"])).toString('base64url')],
    ['a part that is not a boolean', Buffer.from(JSON.stringify([key.at, key.id, 'yes'])).toString('base64url')],
    ['too many keys', Buffer.from(JSON.stringify([key.at, key.id, true, 1])).toString('base64url')],
  ])('refuse %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull()
  })
})
