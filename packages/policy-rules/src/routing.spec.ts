import { describe, expect, it } from 'vitest'
import { categoryOfMeasure, suggestRouting } from './routing.js'

describe('suggestRouting', () => {
  it.each([
    ['a category without district government', { categoryCode: 'labour', district: 'pudong' }, { lead: 'hrss', assisting: ['sheitc'] }],
    ['a category with district government and a district', { categoryCode: 'land', district: 'pudong' }, { lead: 'planning', assisting: ['sheitc', 'gov-pudong'] }],
    ['a category with district government, district unknown', { categoryCode: 'land', district: null }, { lead: 'planning', assisting: ['sheitc'] }],
    ['a measure: its own bureaus, first as lead', { categoryCode: 'rnd', measureId: 'basic-research', district: 'pudong' }, { lead: 'stcsm', assisting: ['sheitc', 'sasac', 'commerce'] }],
    ['an unknown category', { categoryCode: 'nothing' }, null],
  ])('%s', (_, input, expected) => {
    expect(suggestRouting(input)).toEqual(expected)
  })
})

describe('categoryOfMeasure', () => {
  it('reads the measure’s appeal category', () => {
    expect(categoryOfMeasure('basic-research')).toBe('rnd')
    expect(categoryOfMeasure('nope')).toBeNull()
  })
})
