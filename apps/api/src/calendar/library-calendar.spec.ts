import { describe, expect, it } from 'vitest'
import { libraryYear, yearsKnownToLibrary } from './library-calendar.js'

describe('the chinese-days seed', () => {
  it('knows 2026 but not 2027 or 2028 (the table, not the library, is the source of truth)', () => {
    expect(yearsKnownToLibrary(2026, 2028)).toEqual([2026])
  })

  it('reads 2026 with its holidays and 调休 days named', () => {
    const days = new Map(libraryYear(2026).map((d) => [d.date, d]))
    expect(days.size).toBe(365)
    expect(days.get('2026-10-01')).toEqual({ date: '2026-10-01', working: false, name: '国庆节' })
    expect(days.get('2026-10-10')).toEqual({ date: '2026-10-10', working: true, name: '国庆节' }) // make-up Saturday
    expect(days.get('2026-10-11')).toEqual({ date: '2026-10-11', working: false, name: null }) // an ordinary Sunday
    expect(days.get('2026-10-12')).toEqual({ date: '2026-10-12', working: true, name: null })
  })
})
