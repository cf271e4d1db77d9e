import { describe, expect, it } from 'vitest'
import { zeroCounters } from '../appeals/appeal-stats.js'
import { median, ratesOf } from './appeal-rates.js'

describe('rates', () => {
  it('divide as defined, and say null when there is nothing to divide by', () => {
    const c = { ...zeroCounters(), dispatched: 4, acceptedOnTime: 3, responded: 3, respondedOnTime: 2, rated: 4, resolved: 3, satisfied: 2, basicallySatisfied: 1, unsatisfied: 1, overdue: 1 }
    expect(ratesOf(c, new Map([[3, 2], [7, 1]]))).toEqual({
      dispatched: 4, responseRate: 0.75, resolutionRate: 0.75, satisfactionRate: 0.75, onTimeAnswerRate: 2 / 3, overdue: 1, reopened: 1, rated: 4, medianAnswerDays: 3,
    })
    expect(ratesOf(zeroCounters(), new Map())).toMatchObject({ responseRate: null, resolutionRate: null, satisfactionRate: null, onTimeAnswerRate: null, medianAnswerDays: null })
  })

  it.each([
    [[[5, 1]], 5],
    [[[1, 1], [9, 1]], 1],
    [[[1, 1], [2, 1], [9, 1]], 2],
    [[[2, 10], [30, 9]], 2],
  ] as [number, number][][][])('median of %j → %s', (dist, m) => {
    expect(median(new Map(dist as [number, number][]))).toBe(m)
  })
})
