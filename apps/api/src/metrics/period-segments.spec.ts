import { describe, expect, it } from 'vitest'
import { segments } from './period-segments.js'

describe('segments', () => {
  it.each([
    ['six whole months', '2026-06-01', '2026-11-30', [['monthly', '2026-06-01', '2026-11-01', 1]]],
    ['whole months and most of one: the month less its last day', '2026-06-01', '2026-11-29', [['monthly', '2026-06-01', '2026-11-01', 1], ['daily', '2026-11-30', '2026-11-30', -1]]],
    ['partial at both ends', '2026-05-15', '2026-08-10', [['monthly', '2026-05-01', '2026-07-01', 1], ['daily', '2026-05-01', '2026-05-14', -1], ['daily', '2026-08-01', '2026-08-10', 1]]],
    ['most of one month, both ends cut', '2026-11-03', '2026-11-20', [['monthly', '2026-11-01', '2026-11-01', 1], ['daily', '2026-11-01', '2026-11-02', -1], ['daily', '2026-11-21', '2026-11-30', -1]]],
    ['less than half a month: its days', '2026-11-03', '2026-11-10', [['daily', '2026-11-03', '2026-11-10', 1]]],
    ['exactly half: its days', '2026-11-01', '2026-11-15', [['daily', '2026-11-01', '2026-11-15', 1]]],
    ['one whole month', '2026-02-01', '2026-02-28', [['monthly', '2026-02-01', '2026-02-01', 1]]],
    ['a leap February less its last day', '2028-02-01', '2028-02-28', [['monthly', '2028-02-01', '2028-02-01', 1], ['daily', '2028-02-29', '2028-02-29', -1]]],
    ['across a year', '2025-12-04', '2026-05-31', [['monthly', '2025-12-01', '2026-05-01', 1], ['daily', '2025-12-01', '2025-12-03', -1]]],
    ['one day', '2026-11-01', '2026-11-01', [['daily', '2026-11-01', '2026-11-01', 1]]],
    ['backwards', '2026-11-02', '2026-11-01', []],
  ])('%s', (_, from, to, expected) => {
    expect(segments(from, to).map((s) => [s.table, s.from, s.to, s.sign])).toEqual(expected)
  })

  it('counts every day of the period once and no other day (monthly rows add, subtracted days take away)', () => {
    for (const [from, to] of [['2026-01-17', '2027-03-09'], ['2026-03-01', '2026-03-31'], ['2026-12-31', '2027-01-01'], ['2026-11-03', '2026-11-20'], ['2026-06-02', '2026-06-29']] as const) {
      const net = new Map<string, number>()
      for (const s of segments(from, to)) {
        const end = s.table === 'monthly' ? new Date(Date.UTC(+s.to.slice(0, 4), +s.to.slice(5, 7), 0)).toISOString().slice(0, 10) : s.to
        for (let d = new Date(`${s.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= end; d.setUTCDate(d.getUTCDate() + 1)) {
          const k = d.toISOString().slice(0, 10)
          net.set(k, (net.get(k) ?? 0) + s.sign)
        }
      }
      for (const [day, n] of net) expect(n, day).toBe(day >= from && day <= to ? 1 : 0)
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1
      expect([...net.values()].filter((n) => n === 1).length).toBe(span)
    }
  })

  it('reads at most half a month of daily rows per partial month', () => {
    for (const [from, to] of [['2026-11-01', '2026-11-29'], ['2026-10-03', '2026-11-29'], ['2026-05-15', '2026-08-10']] as const) {
      for (const s of segments(from, to).filter((x) => x.table === 'daily')) {
        expect((Date.parse(s.to) - Date.parse(s.from)) / 86_400_000 + 1).toBeLessThanOrEqual(15)
      }
    }
  })
})
