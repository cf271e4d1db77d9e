import { describe, expect, it } from 'vitest'
import { todayInShanghai } from './dates.js'

describe('todayInShanghai', () => {
  it.each([
    ['2026-11-26T15:59:59Z', '2026-11-26'],
    ['2026-11-26T16:00:00Z', '2026-11-27'], // midnight in Shanghai (UTC+8)
    ['2027-12-31T16:00:00Z', '2028-01-01'],
  ])('%s → %s', (instant, date) => {
    expect(todayInShanghai(new Date(instant))).toBe(date)
  })
})
