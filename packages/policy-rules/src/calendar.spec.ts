import { describe, expect, it } from 'vitest'
import { isCalendarDate, shanghaiDateOf } from './calendar.js'
import { isPhone } from './formats.js'

describe('shanghaiDateOf', () => {
  it.each([
    ['2026-11-26T15:59:59Z', '2026-11-26'],
    ['2026-11-26T16:00:00Z', '2026-11-27'], // midnight in Shanghai (UTC+8)
    ['2027-12-31T16:00:00Z', '2028-01-01'],
  ])('%s → %s', (instant, date) => {
    expect(shanghaiDateOf(new Date(instant))).toBe(date)
  })
})

describe('isCalendarDate', () => {
  it.each([
    ['2026-01-01', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['0000-01-01', false],
    ['0000-02-29', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-99-01', false],
    ['+02026-01-01', false],
    ['2026-01-01T00:00:00Z', false],
    [' 2026-01-01', false],
    ['２０２６-01-01', false],
    ['tomorrow', false],
    [20260101, false],
    [null, false],
  ])('%s → %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok)
  })
})

describe('isPhone', () => {
  it.each([
    ['021-12345678', true],
    ['+86 138 0000 0000', true],
    ['(021) 1234', true],
    ['1234', false],
    ['138-0000-000x', false],
    ['1'.repeat(41), false],
  ])('%s → %s', (value, ok) => {
    expect(isPhone(value)).toBe(ok)
  })
})
