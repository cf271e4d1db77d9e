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

describe('suggestRouting over an administrator\'s catalogue', () => {
  const catalogue = [{ code: 'land', lead: 'gov-pudong', assisting: ['planning'], districtGovernment: false }]
  it.each([
    ['the entry in force, not the default', { categoryCode: 'land', district: 'minhang' }, { lead: 'gov-pudong', assisting: ['planning'] }],
    ['a category missing from it', { categoryCode: 'labour' }, null],
    ['a measure still goes to its own bureaus', { categoryCode: 'land', measureId: 'basic-research' }, { lead: 'stcsm', assisting: ['sheitc', 'sasac', 'commerce'] }],
  ])('%s', (_, input, expected) => {
    expect(suggestRouting(input, catalogue)).toEqual(expected)
  })
})

describe('categoryOfMeasure', () => {
  it('reads the measure’s appeal category', () => {
    expect(categoryOfMeasure('basic-research')).toBe('rnd')
    expect(categoryOfMeasure('nope')).toBeNull()
  })
})
