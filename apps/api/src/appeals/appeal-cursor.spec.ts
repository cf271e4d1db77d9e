import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './appeal-cursor.js'

describe('appeal cursors', () => {
  const key = { at: '2026-11-29T02:00:00.123456Z', id: '3f2b8c1e-0000-4000-8000-000000000001' }
  const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  it('round-trip', () => {
    expect(decodeCursor(encodeCursor(key))).toEqual(key)
    expect(decodeCursor(encodeCursor({ at: null, id: key.id }))).toEqual({ at: null, id: key.id })
  })
  it('round-trip with the leading part of a coordinator’s list (their own enterprises first)', () => {
    expect(decodeCursor(encodeCursor({ ...key, mine: true }))).toEqual({ ...key, mine: true })
    expect(decodeCursor(encodeCursor({ ...key, mine: false }))).toEqual({ ...key, mine: false })
  })
  it.each([
    ['the last instant of a leap day', '2028-02-29T23:59:59.999999Z'],
    ['the first instant of year 1', '0001-01-01T00:00:00.000000Z'],
  ])('accept %s', (_, at) => {
    expect(decodeCursor(raw([at, key.id]))).toEqual({ at, id: key.id })
  })
  it.each([
    ['not base64 JSON', 'abc'],
    ['a wrong shape', raw({ a: 1 })],
    ['an object with the keys', raw({ at: key.at, id: key.id })],
    ['one item', raw([key.at])],
    ['a bad date', raw(['yesterday', key.id])],
    ['a bare year', raw(['2026', key.id])],
    ['"0"', raw(['0', key.id])],
    ['a number for the instant', raw([0, key.id])],
    ['a six-digit year', raw(['+275760-09-13T00:00:00.000000Z', key.id])],
    ['year 0000', raw(['0000-01-01T00:00:00.000000Z', key.id])],
    ['30 February', raw(['2026-02-30T00:00:00.000000Z', key.id])],
    ['month 13', raw(['2026-13-01T00:00:00.000000Z', key.id])],
    ['hour 24', raw(['2026-11-29T24:00:00.000000Z', key.id])],
    ['minute 60', raw(['2026-11-29T02:60:00.000000Z', key.id])],
    ['second 60', raw(['2026-11-29T02:00:60.000000Z', key.id])],
    ['milliseconds only (a JS ISO string)', raw(['2026-11-29T02:00:00.000Z', key.id])],
    ['no fraction', raw(['2026-11-29T02:00:00Z', key.id])],
    ['an offset instead of Z', raw(['2026-11-29T10:00:00.000000+08:00', key.id])],
    ['a space instead of T', raw(['2026-11-29 02:00:00.000000Z', key.id])],
    ['a date only', raw(['2026-11-29', key.id])],
    ['a trailing line break', raw([key.at + '\n', key.id])],
    ['full-width digits', raw(['２０２６-11-29T02:00:00.000000Z', key.id])],
    ['a bad id', raw([key.at, "1' OR 1=1"])],
    ['an id of 36 dashes', raw([key.at, '-'.repeat(36)])],
    ['an id of 36 zeros', raw([key.at, '0'.repeat(36)])],
    ['an id with the dashes misplaced', raw([key.at, 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaa-aa'])],
    ['an upper-case id', raw([key.at, key.id.toUpperCase()])],
    ['an id in braces', raw([key.at, `{${key.id.slice(2)}}`])],
    ['an id with a non-hex letter', raw([key.at, key.id.replace('3f', 'g3')])],
    ['a number for the id', raw([key.at, 1])],
    ['a part that is not a boolean', raw([key.at, key.id, 'yes'])],
    ['a part that is a number', raw([key.at, key.id, 1])],
    ['a part that is null', raw([key.at, key.id, null])],
    ['too many keys', raw([key.at, key.id, true, 1])],
  ])('refuse %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull()
  })
})
