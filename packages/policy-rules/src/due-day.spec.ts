import { describe, expect, it } from 'vitest'
import { dueDayOf, formatDueDay } from './due-day.js'

// Deadlines as the API stores them: the end of a Shanghai working day (24:00 = the next day 00:00 +08:00 = 16:00Z the same day).
describe('a deadline reads as its working day', () => {
  it.each([
    // a Friday: ends at Saturday 00:00, reads as the Friday
    ['2026-12-11T16:00:00.000Z', '2026-12-11', '2026-12-11（周五）前', 'by Fri 2026-12-11'],
    // a Monday acceptance deadline (issue 19: it used to read "2026-12-08 00:00")
    ['2026-12-07T16:00:00.000Z', '2026-12-07', '2026-12-07（周一）前', 'by Mon 2026-12-07'],
    // the working day after National Day 2026 (10-01…10-07 off)
    ['2026-10-08T16:00:00.000Z', '2026-10-08', '2026-10-08（周四）前', 'by Thu 2026-10-08'],
    // a 调休 Saturday (2026-10-10 is worked): the weekday says so
    ['2026-10-10T16:00:00.000Z', '2026-10-10', '2026-10-10（周六）前', 'by Sat 2026-10-10'],
    // a 调休 Sunday (2026-09-20 is worked)
    ['2026-09-20T16:00:00.000Z', '2026-09-20', '2026-09-20（周日）前', 'by Sun 2026-09-20'],
    // the last day of a year
    ['2026-12-31T16:00:00.000Z', '2026-12-31', '2026-12-31（周四）前', 'by Thu 2026-12-31'],
    // a deadline not at midnight (set by hand): its own day
    ['2026-12-11T08:30:00.000Z', '2026-12-11', '2026-12-11（周五）前', 'by Fri 2026-12-11'],
    // one millisecond after midnight is already the next day
    ['2026-12-11T16:00:00.001Z', '2026-12-12', '2026-12-12（周六）前', 'by Sat 2026-12-12'],
  ])('%s → %s', (iso, day, zh, en) => {
    expect(dueDayOf(iso)).toBe(day)
    expect(dueDayOf(new Date(iso))).toBe(day)
    expect(formatDueDay(iso)).toBe(zh)
    expect(formatDueDay(iso, 'en')).toBe(en)
  })

  it('says nothing for what is not an instant', () => {
    expect(dueDayOf('not a date')).toBe('')
    expect(formatDueDay('')).toBe('')
  })
})
