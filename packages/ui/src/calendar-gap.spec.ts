import { describe, expect, it } from 'vitest'
import { calendarGap } from './calendar-gap'

describe('calendarGap', () => {
  it.each([
    ['26 days before New Year, Shanghai morning', '2027-01-01', '2026-12-06T01:00:00Z', { year: 2027, from: '2027-01-01', daysLeft: 26 }],
    ['late evening in UTC is already the next day in Shanghai', '2027-01-01', '2026-12-06T17:00:00Z', { year: 2027, from: '2027-01-01', daysLeft: 25 }],
    ['the gap starts today', '2027-01-01', '2027-01-01T02:00:00Z', { year: 2027, from: '2027-01-01', daysLeft: 0 }],
    ['the gap has begun', '2027-01-01', '2027-01-03T02:00:00Z', { year: 2027, from: '2027-01-01', daysLeft: -2 }],
    ['a gap in the middle of a year (a partly loaded year)', '2027-10-01', '2027-08-30T02:00:00Z', { year: 2027, from: '2027-10-01', daysLeft: 32 }],
  ])('%s', (_case, from, at, expected) => {
    expect(calendarGap(from, new Date(at))).toEqual(expected)
  })

  it.each([null, undefined, '', '2027/01/01'])('no gap for %s', (from) => {
    expect(calendarGap(from, new Date('2026-12-06T01:00:00Z'))).toBeNull()
  })
})
