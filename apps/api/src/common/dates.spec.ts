import { describe, expect, it } from 'vitest'
import { isCalendarDate, todayInShanghai } from './dates.js'

describe('todayInShanghai', () => {
  it.each([
    ['2026-11-26T15:59:59Z', '2026-11-26'],
    ['2026-11-26T16:00:00Z', '2026-11-27'], // midnight in Shanghai (UTC+8)
    ['2027-12-31T16:00:00Z', '2028-01-01'],
  ])('%s → %s', (instant, date) => {
    expect(todayInShanghai(new Date(instant))).toBe(date)
  })
})

describe('isCalendarDate', () => {
  it.each([
    ['2026-01-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['tomorrow', false],
  ])('%s → %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok)
  })
})
