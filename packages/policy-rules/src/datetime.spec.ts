import { describe, expect, it } from 'vitest'
import { shanghaiDateTimeOf } from './datetime.js'

describe('shanghaiDateTimeOf', () => {
  it.each([
    ['2026-11-26T05:53:00Z', '2026-11-26 13:53'],
    ['2026-11-26T13:53:59.999Z', '2026-11-26 21:53'],
    ['2026-11-26T16:00:00Z', '2026-11-27 00:00'], // midnight in Shanghai (UTC+8), never "24:00"
    ['2027-12-31T15:59:00Z', '2027-12-31 23:59'],
    ['2026-01-01T00:00:00+08:00', '2026-01-01 00:00'],
  ])('%s → %s', (instant, text) => {
    expect(shanghaiDateTimeOf(instant)).toBe(text)
    expect(shanghaiDateTimeOf(new Date(instant))).toBe(text)
    expect(shanghaiDateTimeOf(Date.parse(instant))).toBe(text)
  })

  it('says nothing for what is not an instant', () => {
    expect(shanghaiDateTimeOf('not a date')).toBe('')
    expect(shanghaiDateTimeOf(Number.NaN)).toBe('')
  })
})
