import { describe, expect, it } from 'vitest'
import { calendarOf, deadlineAfter, dueSoonUntil, endOfShanghaiDay, extendDeadline, firstUncovered, isWorkingDay, nthWorkingDayAfter, shanghaiDate, workingDaysBetween } from './working-days.js'

// National Day 2026 as the State Council set it: 10-01…10-07 off, Sunday 09-20 and Saturday 10-10
// worked (调休); Mid-Autumn on Friday 09-25 off. Every other listed day of September–October follows.
const off = ['2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-11']
const worked = ['2026-09-20', '2026-10-10']
function national(): [string, boolean][] {
  const days: [string, boolean][] = []
  for (let d = new Date('2026-09-01T00:00:00Z'); d < new Date('2026-11-01T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10)
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6
    days.push([date, worked.includes(date) ? true : off.includes(date) ? false : !weekend])
  }
  return days
}
const calendar = calendarOf(national())
const at = (iso: string) => new Date(iso)

describe('working days across National Day 2026', () => {
  it.each([
    ['2026-09-20', true], // a 调休 Sunday is worked
    ['2026-10-01', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true], // a 调休 Saturday is worked
    ['2026-10-11', false],
    ['2026-12-05', false], // not covered: Saturday by the weekday rule
    ['2026-12-07', true], // not covered: Monday
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(calendar, date)).toBe(working)
  })

  it.each([
    ['2026-09-30', 1, '2026-10-08'], // the holiday is skipped
    ['2026-09-30', 2, '2026-10-09'],
    ['2026-09-30', 3, '2026-10-10'], // the make-up Saturday counts
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-24', 1, '2026-09-28'], // Mid-Autumn Friday and the weekend are skipped
    ['2026-10-09', 5, '2026-10-15'],
    ['2026-09-18', 1, '2026-09-20'], // from Friday, the worked Sunday is next
  ])('the %s-th… after %s', (from, n, expected) => {
    expect(nthWorkingDayAfter(calendar, from, n)).toBe(expected)
  })

  it('refuses a count below 1', () => {
    expect(() => nthWorkingDayAfter(calendar, '2026-09-30', 0)).toThrow(RangeError)
  })
})

describe('deadlines at fixed instants, in Asia/Shanghai', () => {
  it('reads the Shanghai date of an instant', () => {
    expect(shanghaiDate(at('2026-09-30T15:59:59Z'))).toBe('2026-09-30')
    expect(shanghaiDate(at('2026-09-30T16:00:00Z'))).toBe('2026-10-01')
  })

  it('a day ends at 24:00 Shanghai time', () => {
    expect(endOfShanghaiDay('2026-10-08').toISOString()).toBe('2026-10-08T16:00:00.000Z')
  })

  it.each([
    // accept within 1 working day of a dispatch at 16:30 on 30 September → by the end of 8 October
    ['2026-09-30T08:30:00Z', 1, '2026-10-08T16:00:00.000Z'],
    // 23:30 on 30 September Shanghai is already 1 October there? No: 15:30Z is 23:30 Shanghai, still 30 September
    ['2026-09-30T15:30:00Z', 1, '2026-10-08T16:00:00.000Z'],
    // 00:30 on 1 October Shanghai (16:30Z the day before) counts from 1 October
    ['2026-09-30T16:30:00Z', 1, '2026-10-08T16:00:00.000Z'],
    // answer a simple appeal within 5 working days of 29 September: 30 Sep, 8, 9, 10 (Sat, worked), 12 Oct
    ['2026-09-29T02:00:00Z', 5, '2026-10-12T16:00:00.000Z'],
    // a complex one within 15
    ['2026-09-29T02:00:00Z', 15, '2026-10-26T16:00:00.000Z'],
  ])('from %s, %s working day(s) → %s', (from, n, due) => {
    expect(deadlineAfter(calendar, at(from), n).toISOString()).toBe(due)
  })

  it('an extension adds working days to the deadline itself', () => {
    const due = deadlineAfter(calendar, at('2026-09-29T02:00:00Z'), 5) // end of 12 October
    expect(extendDeadline(calendar, due, 3).toISOString()).toBe('2026-10-15T16:00:00.000Z')
    expect(extendDeadline(calendar, endOfShanghaiDay('2026-09-30'), 1).toISOString()).toBe('2026-10-08T16:00:00.000Z')
  })

  it('counts working days between two instants', () => {
    expect(workingDaysBetween(calendar, at('2026-09-29T02:00:00Z'), at('2026-10-12T09:00:00Z'))).toBe(5)
    expect(workingDaysBetween(calendar, at('2026-10-12T09:00:00Z'), at('2026-09-29T02:00:00Z'))).toBe(0)
    expect(workingDaysBetween(calendar, at('2026-10-01T02:00:00Z'), at('2026-10-07T09:00:00Z'))).toBe(0)
  })

  it('finds the first day the calendar does not cover', () => {
    expect(firstUncovered(calendar, '2026-10-01', 31)).toBeNull()
    expect(firstUncovered(calendar, '2026-10-20', 60)).toBe('2026-11-01')
  })
})

describe('即将超期: today or the next working day(s)', () => {
  // deadlines as stored: the end of the due day (24:00 Shanghai = 16:00Z that day)
  const endOf = (date: string) => endOfShanghaiDay(date)
  const soon = (now: string, due: string, days = 1) => {
    const until = dueSoonUntil(calendar, at(now), days)
    const d = endOf(due)
    return d.getTime() >= at(now).getTime() && d.getTime() <= until.getTime()
  }
  it.each([
    // a Friday deadline is due soon on Thursday morning (09:00 Shanghai), not on Wednesday
    ['2026-10-15T01:00:00Z', '2026-10-16', 1, true],
    ['2026-10-14T01:00:00Z', '2026-10-16', 1, false],
    // on the day itself, in office hours
    ['2026-10-16T01:00:00Z', '2026-10-16', 1, true],
    // Friday: the next working day is Monday, so a Monday deadline is due soon
    ['2026-10-16T01:00:00Z', '2026-10-19', 1, true],
    ['2026-10-16T01:00:00Z', '2026-10-20', 1, false],
    // before Mid-Autumn (Fri 09-25 off) and the weekend: Thursday 09-24 sees Monday 09-28
    ['2026-09-24T01:00:00Z', '2026-09-28', 1, true],
    ['2026-09-24T01:00:00Z', '2026-09-29', 1, false],
    // before National Day: 09-30 sees 10-08 (10-01…10-07 off)
    ['2026-09-30T01:00:00Z', '2026-10-08', 1, true],
    ['2026-09-30T01:00:00Z', '2026-10-09', 1, false],
    // on a holiday, the next working day counts
    ['2026-10-03T01:00:00Z', '2026-10-08', 1, true],
    // the 调休 Saturday 10-10 is a working day: Friday 10-09 sees it, not Monday 10-12
    ['2026-10-09T01:00:00Z', '2026-10-10', 1, true],
    ['2026-10-09T01:00:00Z', '2026-10-12', 1, false],
    // a 调休 Sunday 09-20 is worked: Saturday 09-19 sees it, Monday 09-21 too with 2 days
    ['2026-09-19T01:00:00Z', '2026-09-20', 1, true],
    ['2026-09-19T01:00:00Z', '2026-09-21', 1, false],
    ['2026-09-19T01:00:00Z', '2026-09-21', 2, true],
    // 0 days: today only
    ['2026-10-15T01:00:00Z', '2026-10-15', 0, true],
    ['2026-10-15T01:00:00Z', '2026-10-16', 0, false],
    // past deadlines are overdue, never due soon
    ['2026-10-16T01:00:00Z', '2026-10-15', 1, false],
  ])('at %s, due %s, %s day(s): %s', (now, due, days, expected) => {
    expect(soon(now, due, days)).toBe(expected)
  })
})
