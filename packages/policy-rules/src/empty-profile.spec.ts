/**
 * Issue 23: "the package of an enterprise with no facts shows no measure as eligible that needs a
 * fact". Table over the whole catalogue: with an empty profile, only the measures that concern every
 * manufacturer (no condition: services, coordination, finance products the text offers to all) are
 * eligible; every measure with a condition is unknown — never eligible — and the package total is 0.
 */
import { describe, expect, it } from 'vitest'
import { evaluate, measures, sortForPackage, totalEligibleAmount } from './index.js'

/** [measure, clause, status with no facts]: every measure of the catalogue, in catalogue order. */
const EMPTY_PROFILE: [string, string, 'eligible' | 'unknown'][] = [
['traditional-industries-upgrade', '(一)', 'unknown'],
    ['first-set-equipment', '(一)', 'unknown'],
    ['leading-industries', '(二)', 'unknown'],
    ['key-emerging-industries', '(三)', 'unknown'],
    ['basic-research', '(四)', 'unknown'],
    ['rd-growth-reward', '(四)', 'unknown'],
    ['rd-centres-open-innovation', '(四)', 'eligible'],
    ['core-technology', '(五)', 'unknown'],
    ['tech-renovation', '(六)', 'unknown'],
    ['chemical-projects', '(六)', 'unknown'],
    ['retained-earnings-reinvestment', '(六)', 'eligible'],
    ['digital-transformation', '(七)', 'eligible'],
    ['carbon-footprint-esg', '(八)', 'eligible'],
    ['energy-saving', '(八)', 'unknown'],
    ['green-factory', '(八)', 'unknown'],
    ['talent-introduction', '(九)', 'unknown'],
    ['talent-award', '(九)', 'unknown'],
    ['labour-support', '(十)', 'eligible'],
    ['industrial-land', '(十一)', 'eligible'],
    ['manufacturing-finance', '(十二)', 'eligible'],
    ['stocking-loan-subsidy', '(十二)', 'unknown'],
    ['first-set-insurance', '(十二)', 'unknown'],
    ['industrial-logistics', '(十三)', 'eligible'],
    ['cost-reduction', '(十四)', 'eligible'],
    ['pilot-platforms', '(十五)', 'unknown'],
    ['market-expansion', '(十六)', 'eligible'],
    ['enterprise-services', '(十七)', 'eligible'],
]

const DATES = ['2026-01-01', '2026-06-01', '2027-03-15', '2028-12-31']

describe('an enterprise with no facts', () => {
  it('the table names every measure of the catalogue, in order', () => {
    expect(EMPTY_PROFILE.map(([id]) => id)).toEqual(measures.map((m) => m.id))
  })

  describe.each(DATES)('on %s', (asOf) => {
    const byId = new Map(evaluate({}, { asOf }).map((e) => [e.measureId, e]))
    it.each(EMPTY_PROFILE)('%s %s: %s', (id, clause, status) => {
      const m = measures.find((x) => x.id === id)!
      expect(m.reference.clause).toBe(clause)
      const e = byId.get(id)!
      expect(e.status).toBe(status)
      // eligible only when the measure needs no fact at all
      if (e.status === 'eligible') {
        expect(m.conditions).toEqual([])
        expect(e.missing).toEqual([])
        expect(e.amount).toBeNull()
      } else {
        expect(m.conditions.length).toBeGreaterThan(0)
        expect(e.missing.length).toBeGreaterThan(0)
      }
    })

    it('the package counts no money and ranks no needing-a-fact measure among the eligible', () => {
      const pkg = sortForPackage(evaluate({}, { asOf }))
      expect(totalEligibleAmount(pkg)).toEqual({ min: 0, max: 0 })
      const eligible = pkg.filter((e) => e.status === 'eligible').map((e) => e.measureId)
      expect(eligible.sort()).toEqual(measures.filter((m) => m.conditions.length === 0).map((m) => m.id).sort())
    })
  })
})
