import { describe, expect, it } from 'vitest'
import { segments } from './period-segments.js'

describe('segments', () => {
  it.each([
    ['six whole months', '2026-06-01', '2026-11-30', [['monthly', '2026-06-01', '2026-11-01']]],
    ['whole months and a partial one', '2026-06-01', '2026-11-29', [['monthly', '2026-06-01', '2026-10-01'], ['daily', '2026-11-01', '2026-11-29']]],
    ['partial at both ends', '2026-05-15', '2026-08-10', [['daily', '2026-05-15', '2026-05-31'], ['monthly', '2026-06-01', '2026-07-01'], ['daily', '2026-08-01', '2026-08-10']]],
    ['inside one month', '2026-11-03', '2026-11-20', [['daily', '2026-11-03', '2026-11-20']]],
    ['one whole month', '2026-02-01', '2026-02-28', [['monthly', '2026-02-01', '2026-02-01']]],
    ['a leap February, partial', '2028-02-01', '2028-02-28', [['daily', '2028-02-01', '2028-02-28']]],
    ['across a year', '2025-12-04', '2026-05-31', [['daily', '2025-12-04', '2025-12-31'], ['monthly', '2026-01-01', '2026-05-01']]],
    ['one day', '2026-11-01', '2026-11-01', [['daily', '2026-11-01', '2026-11-01']]],
    ['backwards', '2026-11-02', '2026-11-01', []],
  ])('%s', (_, from, to, expected) => {
    expect(segments(from, to).map((s) => [s.table, s.from, s.to])).toEqual(expected)
  })

  it('covers every day exactly once', () => {
    for (const [from, to] of [['2026-01-17', '2027-03-09'], ['2026-03-01', '2026-03-31'], ['2026-12-31', '2027-01-01']] as const) {
      const days = new Set<string>()
      for (const s of segments(from, to)) {
        const end = s.table === 'monthly' ? new Date(Date.UTC(+s.to.slice(0, 4), +s.to.slice(5, 7), 0)).toISOString().slice(0, 10) : s.to
        for (let d = new Date(`${s.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= end; d.setUTCDate(d.getUTCDate() + 1)) {
          const k = d.toISOString().slice(0, 10)
          expect(days.has(k), k).toBe(false)
          days.add(k)
        }
      }
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1
      expect(days.size).toBe(span)
    }
  })
})
