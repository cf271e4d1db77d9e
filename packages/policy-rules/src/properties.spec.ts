import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { catalogues, evaluate, evaluateMeasure, factDefinitions, type Facts } from './index.js'

const yuan = fc.oneof(fc.integer({ min: 0, max: 200_000_000 }), fc.maxSafeNat())
const valueFor = (type: string, catalogue?: string): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'yuan':
      return yuan
    case 'count':
      return fc.nat({ max: 1000 })
    case 'tonnes':
      return fc.oneof(fc.nat({ max: 20_000 }), fc.double({ min: 0, max: 1e12, noNaN: true }))
    case 'boolean':
      return fc.boolean()
    default:
      return fc.constantFrom(...(catalogue === 'districts' ? catalogues.districts : catalogues.industries).map((c) => c.code))
  }
}

/** Any well-typed facts: each fact absent, null or a value of its type. */
const factsArb: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    factDefinitions.map((d) => [d.name, fc.option(valueFor(d.type, d.catalogue), { nil: undefined, freq: 3 }).chain((v) => fc.constantFrom(v, v, v, null))]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Facts>

const dateArb = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('properties', () => {
  it('never throws on well-typed facts, and results are consistent', () => {
    fc.assert(
      fc.property(factsArb, dateArb, (facts, asOf) => {
        for (const e of evaluate(facts, { asOf })) {
          if (e.amount !== null) {
            expect(Number.isSafeInteger(e.amount.min)).toBe(true)
            expect(Number.isSafeInteger(e.amount.max)).toBe(true)
            expect(e.amount.min).toBeGreaterThanOrEqual(0)
            expect(e.amount.min).toBeLessThanOrEqual(e.amount.max)
          }
          if (e.status === 'ineligible') {
            expect(e.missing).toEqual([])
            expect(e.amount).toBeNull()
          }
          if (e.status === 'unknown') expect(e.missing.length).toBeGreaterThan(0)
          for (const f of e.missing) expect(facts[f] === undefined || facts[f] === null).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('more basic-research investment never yields a lower amount', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), dateArb, (a, b, asOf) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const x = evaluateMeasure('basic-research', { basicResearchInvestment: lo }, { asOf })
        const y = evaluateMeasure('basic-research', { basicResearchInvestment: hi }, { asOf })
        expect(y.amount?.min ?? 0).toBeGreaterThanOrEqual(x.amount?.min ?? 0)
        expect(y.amount?.max ?? 0).toBeGreaterThanOrEqual(x.amount?.max ?? 0)
      }),
      { numRuns: 1000 },
    )
  })

  it('more of a quantity never yields a lower amount (every quantitative measure)', () => {
    const pairs: Array<[string, keyof Facts, Facts]> = [
      ['first-set-equipment', 'firstSetContractAmount', { firstSetCertified: true }],
      ['tech-renovation', 'techRenovationFinancingCost', {}],
      ['energy-saving', 'energySavedTce', {}],
      ['talent-award', 'talentAwardNominees', {}],
      ['stocking-loan-subsidy', 'stockingLoanAmount', {}],
    ]
    for (const [id, fact, base] of pairs) {
      fc.assert(
        fc.property(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const x = evaluateMeasure(id, { ...base, [fact]: lo }, { asOf: '2027-01-01' })
          const y = evaluateMeasure(id, { ...base, [fact]: hi }, { asOf: '2027-01-01' })
          expect(y.amount?.max ?? 0).toBeGreaterThanOrEqual(x.amount?.max ?? 0)
          expect(y.amount?.min ?? 0).toBeGreaterThanOrEqual(x.amount?.min ?? 0)
        }),
        { numRuns: 200 },
      )
    }
  })

  it('removing a fact never turns ineligible into eligible', () => {
    fc.assert(
      fc.property(factsArb, dateArb, fc.constantFrom(...factDefinitions.map((d) => d.name)), (facts, asOf, drop) => {
        const before = evaluate(facts, { asOf })
        const fewer: Facts = { ...facts }
        delete fewer[drop]
        const after = evaluate(fewer, { asOf })
        before.forEach((e, i) => {
          if (e.status === 'ineligible') expect(after[i]!.status).not.toBe('eligible')
          // nor does it settle anything: an eligible measure stays eligible or becomes unknown
          if (e.status === 'eligible') expect(after[i]!.status).not.toBe('ineligible')
        })
      }),
      { numRuns: 500 },
    )
  })

  it('evaluation is deterministic', () => {
    fc.assert(
      fc.property(factsArb, dateArb, (facts, asOf) => {
        expect(evaluate(facts, { asOf })).toEqual(evaluate(facts, { asOf }))
      }),
      { numRuns: 100 },
    )
  })
})
