import { describe, expect, it } from 'vitest'
import { meanReciprocalRank, recallAt } from './search-metrics.js'

describe('recallAt', () => {
  it.each([
    ['first', [{ found: ['a', 'b', 'c'], expected: ['a'] }], 1],
    ['third', [{ found: ['x', 'y', 'a'], expected: ['a'] }], 1],
    ['fourth is too late', [{ found: ['x', 'y', 'z', 'a'], expected: ['a'] }], 0],
    ['half of two', [{ found: ['a', 'x', 'y', 'b'], expected: ['a', 'b'] }], 0.5],
    ['averaged', [{ found: ['a'], expected: ['a'] }, { found: [], expected: ['b'] }], 0.5],
    ['nothing judged', [], 0],
  ])('%s', (_, judged, expected) => {
    expect(recallAt(3, judged)).toBe(expected)
  })
})

describe('meanReciprocalRank', () => {
  it.each([
    ['first', [{ found: ['a'], expected: ['a'] }], 1],
    ['second', [{ found: ['x', 'a'], expected: ['a'] }], 0.5],
    ['missing', [{ found: ['x'], expected: ['a'] }], 0],
    ['the first of several expected', [{ found: ['x', 'x2', 'b', 'a'], expected: ['a', 'b'] }], 1 / 3],
    ['averaged', [{ found: ['a'], expected: ['a'] }, { found: ['x', 'b'], expected: ['b'] }], 0.75],
  ])('%s', (_, judged, expected) => {
    expect(meanReciprocalRank(judged)).toBeCloseTo(expected, 10)
  })
})
