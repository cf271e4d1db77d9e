import { describe, expect, it } from 'vitest'
import { daysOfYear, parseHolidayNotice, weekdayRule } from './holiday-notice.js'

describe('the State Council notice, pasted', () => {
  it('reads days off and make-up working days, with their names, in date order', () => {
    const text = ['# 2027 年部分节假日安排', '2027-02-07 班 春节', '2027-01-01 休 元旦', '', '2027/2/6　休', '2027.10.09 上班'].join('\n')
    expect(parseHolidayNotice(text, 2027)).toEqual({
      days: [
        { date: '2027-01-01', working: false, name: '元旦' },
        { date: '2027-02-06', working: false, name: null },
        { date: '2027-02-07', working: true, name: '春节' },
        { date: '2027-10-09', working: true, name: null },
      ],
      problems: [],
    })
  })

  it.each([
    ['not a line of the format', '元旦放假 3 天', 'format'],
    ['a date that does not exist', '2027-02-30 休', 'date'],
    ['another year', '2028-01-01 休', 'year'],
    ['neither 休 nor 班', '2027-05-01 调', 'kind'],
  ])('names the line of %s', (_, line, reason) => {
    expect(parseHolidayNotice(`2027-01-01 休\r\n${line}`, 2027).problems).toEqual([{ line: 2, text: line, reason }])
  })

  it('refuses a day given twice', () => {
    expect(parseHolidayNotice('2027-01-01 休\n2027-01-01 班', 2027).problems).toEqual([{ line: 2, text: '2027-01-01 班', reason: 'duplicate' }])
  })

  it('knows the weekday rule and the days of a year', () => {
    expect([weekdayRule('2027-01-01'), weekdayRule('2027-01-02'), weekdayRule('2027-01-03'), weekdayRule('2027-01-04')]).toEqual([true, false, false, true])
    expect(daysOfYear(2027)).toHaveLength(365)
    expect(daysOfYear(2028)).toHaveLength(366)
    expect(daysOfYear(2028).at(-1)).toBe('2028-12-31')
  })
})
