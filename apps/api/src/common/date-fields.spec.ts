import 'reflect-metadata'
import { plainToInstance } from 'class-transformer'
import { validate } from 'class-validator'
import { describe, expect, it } from 'vitest'
import { calendarDateProblem, IsCalendarDate, SERVICE_DATES } from './date-fields.js'
import { fieldCodeOf } from './error-codes.js'

describe('calendarDateProblem', () => {
  it.each([
    ['2026-01-01', {}, null],
    ['2028-02-29', {}, null],
    ['0001-01-01', {}, null],
    ['2026-02-30', {}, 'format'],
    ['2026-99-01', {}, 'format'],
    ['0000-01-01', {}, 'format'],
    ['0000-02-29', {}, 'format'],
    ['2026-1-1', {}, 'format'],
    ['+002026-01-01', {}, 'format'],
    [20260101, {}, 'format'],
    [null, {}, 'format'],
    ['2000-01-01', SERVICE_DATES, null],
    ['2100-12-31', SERVICE_DATES, null],
    ['1999-12-31', SERVICE_DATES, 'range'],
    ['2101-01-01', SERVICE_DATES, 'range'],
    ['0001-01-01', SERVICE_DATES, 'range'],
    ['2026-02-30', SERVICE_DATES, 'format'],
  ] as const)('%j within %j → %s', (value, bounds, problem) => {
    expect(calendarDateProblem(value, bounds)).toBe(problem)
  })
})

class Period {
  @IsCalendarDate(SERVICE_DATES) from!: string
  @IsCalendarDate() asOf!: string
}

describe('@IsCalendarDate', () => {
  const problems = async (plain: object) =>
    Object.fromEntries((await validate(plainToInstance(Period, plain))).map((e) => [e.property, fieldCodeOf(Object.keys(e.constraints ?? {}))]))

  it('answers FORMAT for an impossible date and OUT_OF_RANGE outside the bounds, naming the field', async () => {
    expect(await problems({ from: '2026-06-01', asOf: '2026-06-01' })).toEqual({})
    expect(await problems({ from: '2026-02-30', asOf: '0000-01-01' })).toEqual({ from: 'FORMAT', asOf: 'FORMAT' })
    expect(await problems({ from: '0001-01-01', asOf: '0001-01-01' })).toEqual({ from: 'OUT_OF_RANGE' })
  })
})
