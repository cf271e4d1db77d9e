import { describe, expect, it } from 'vitest'
import { sameRegime } from './date-regime.js'

const measure = {
  period: { from: '2026-01-01', to: '2028-12-31' },
  params: {
    rate: [
      { from: '2026-01-01', value: 1, reference: 'x' },
      { from: '2027-07-01', value: 2, reference: 'x' },
    ],
  },
}

describe('date regimes of a measure', () => {
  it.each([
    ['the same day', '2026-12-06', '2026-12-06', true],
    ['two days inside the period, same values', '2026-12-06', '2027-03-01', true],
    ['a value changes between', '2026-12-06', '2027-07-01', false],
    ['the measure ends between', '2028-12-31', '2029-01-01', false],
    ['the measure starts between', '2025-12-31', '2026-01-01', false],
    ['both after the end', '2029-01-01', '2030-05-05', true],
  ])('%s', (_name, a, b, same) => {
    expect(sameRegime(measure, a, b)).toBe(same)
  })
})
