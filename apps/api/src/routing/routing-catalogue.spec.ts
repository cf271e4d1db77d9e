import { describe, expect, it } from 'vitest'
import { effectiveRouting, routingProblem, sameRouting } from './routing-catalogue.js'

const defaults = [
  { code: 'land', lead: 'planning', assisting: ['sheitc'], districtGovernment: true },
  { code: 'labour', lead: 'hrss', assisting: ['sheitc'], districtGovernment: false },
]
const at = new Date('2026-11-30T02:00:00Z')

describe('the routing catalogue in force', () => {
  it('is the default where no administrator stored an entry, the entry where one did', () => {
    const stored = [{ categoryCode: 'land', leadBureau: 'gov-pudong', assistingBureaus: ['planning'], districtGovernment: false, updatedAt: at, updatedBy: 'admin', updatedByName: '刘静' }]
    expect(effectiveRouting(defaults, stored, new Map([['land', 2]]))).toEqual([
      { code: 'land', lead: 'gov-pudong', assisting: ['planning'], districtGovernment: false, default: { lead: 'planning', assisting: ['sheitc'], districtGovernment: true }, overridden: true, version: 2, updatedAt: at, updatedBy: 'admin', updatedByName: '刘静' },
      { code: 'labour', lead: 'hrss', assisting: ['sheitc'], districtGovernment: false, default: { lead: 'hrss', assisting: ['sheitc'], districtGovernment: false }, overridden: false, version: 0, updatedAt: null, updatedBy: null, updatedByName: null },
    ])
  })

  it('ignores stored entries of categories the plan no longer has', () => {
    expect(effectiveRouting(defaults, [{ categoryCode: 'gone', leadBureau: 'x', assistingBureaus: [], districtGovernment: false, updatedAt: at, updatedBy: 'admin' }]).map((e) => e.code)).toEqual(['land', 'labour'])
  })

  it.each([
    [{ lead: 'a', assisting: ['b'], districtGovernment: true }, { lead: 'a', assisting: ['b'], districtGovernment: true }, true],
    [{ lead: 'a', assisting: ['b', 'c'], districtGovernment: true }, { lead: 'a', assisting: ['c', 'b'], districtGovernment: true }, false],
    [{ lead: 'a', assisting: [], districtGovernment: true }, { lead: 'a', assisting: [], districtGovernment: false }, false],
    [{ lead: 'a', assisting: [], districtGovernment: true }, { lead: 'b', assisting: [], districtGovernment: true }, false],
  ])('%j same as %j: %s', (a, b, same) => {
    expect(sameRouting(a, b)).toBe(same)
  })

  it('refuses a lead that assists as well', () => {
    expect(routingProblem({ lead: 'a', assisting: ['b', 'a'], districtGovernment: false })).toBe('LEAD_ALSO_ASSISTS')
    expect(routingProblem({ lead: 'a', assisting: ['b'], districtGovernment: false })).toBeNull()
  })
})
