/**
 * Issue 8 §2.6: every money and quantity fact has a realistic upper bound, refused above it, so
 * that amounts and package totals stay exact integers (far below 2^53).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, factDefinitions, FactTypeError, MAX_LOAN_TERM_MONTHS, MAX_PERSONS, MAX_TCE, MAX_YUAN, totalEligibleAmount, validateFacts, type Facts } from './index.js'
import { factsArb, inPeriodDateArb } from './testing/arbitraries.js'

const numberFacts = factDefinitions.filter((d) => d.type === 'yuan' || d.type === 'count' || d.type === 'tonnes')
const asOf = '2027-03-15'

describe('bounds of number facts', () => {
  it('every money, count and tonnes fact has a bound, and the bounds are the documented ones', () => {
    for (const d of numberFacts) expect(d.max, d.name).toBeDefined()
    const expected = (d: (typeof numberFacts)[number]) =>
      d.type === 'yuan' ? MAX_YUAN : d.type === 'tonnes' ? MAX_TCE : d.unit === 'months' ? MAX_LOAN_TERM_MONTHS : MAX_PERSONS
    for (const d of numberFacts) expect(d.max, d.name).toBe(expected(d))
    expect([MAX_YUAN, MAX_PERSONS, MAX_TCE, MAX_LOAN_TERM_MONTHS]).toEqual([1e13, 1e6, 1e8, 360])
    for (const d of factDefinitions.filter((f) => !numberFacts.includes(f))) expect(d.max, d.name).toBeUndefined()
  })

  // For every number fact: 0 and its bound are accepted; one above, negative, fractional (yuan,
  // count), NaN and Infinity are refused — by validateFacts (naming the field) and by evaluate.
  const table = numberFacts.flatMap((d) => {
    const max = d.max!
    const rows: Array<[string, string, unknown, boolean]> = [
      [d.name, '0', 0, true],
      [d.name, 'its bound', max, true],
      [d.name, 'one above its bound', max + 1, false],
      [d.name, 'negative', -1, false],
      [d.name, 'NaN', Number.NaN, false],
      [d.name, 'Infinity', Infinity, false],
      [d.name, 'a string', '5', false],
    ]
    if (d.type === 'tonnes') rows.push([d.name, 'just above its bound', max + 0.5, false], [d.name, 'a decimal', 12.345678, true])
    else rows.push([d.name, 'a fraction', 1.5, false])
    return rows
  })

  it.each(table)('%s: %s → %s', (name, _what, value, accepted) => {
    const facts = { [name]: value } as Facts
    const v = validateFacts(facts)
    if (accepted) {
      expect(v).toEqual({ ok: true })
      expect(() => evaluate(facts, { asOf })).not.toThrow()
    } else {
      expect(v.ok).toBe(false)
      if (!v.ok) {
        expect(v.errors.map((e) => e.field)).toEqual([name])
        if (typeof value === 'number' && value > 0 && Number.isFinite(value)) expect(v.errors[0]!.message).toContain(`between 0 and ${factDefinitions.find((d) => d.name === name)!.max}`)
      }
      expect(() => evaluate(facts, { asOf })).toThrow(FactTypeError)
      try {
        evaluate(facts, { asOf })
      } catch (e) {
        expect((e as FactTypeError).field).toBe(name)
      }
    }
  })
})

describe('totals stay safe integers at the bounds', () => {
  /** Every fact that can make money at its most generous value, every number fact at its bound. */
  const extreme: Facts = {
    ...Object.fromEntries(numberFacts.map((d) => [d.name, d.max!])),
    industry: 'petrochemical',
    technologyField: 'quantum',
    district: 'pudong',
    firstSetCertified: true,
    firstNationalGreenFactory: true,
    rdHighGrowth: true,
    outsideChemicalPark: true,
    existingChemicalPlant: true,
    chemicalProjectFitsZoning: true,
    chemicalProjectNoNewLand: true,
    chemicalProjectNoAddedRisk: true,
    chemicalProducer: true,
    pilotPlatform: true,
    greenFactoryFirstRatedYear: '2027',
    keyIndustrialChain: true,
    stockingLoanStart: '2027-03',
  }

  it('with every fact at its bound: the total is exact and far below 2^53', () => {
    const evaluations = evaluate(extreme, { asOf })
    const total = totalEligibleAmount(evaluations)
    expect(Number.isSafeInteger(total.max)).toBe(true)
    // 2000万 + 1000万 + 2000万 + 1000万 + 20万 + 10^13 × 1.3 % × the 22 months 2027-03 … 2028-12 left in the plan
    // (not the loan's 30 years: issue 23)
    expect(total).toEqual({ min: 10_000_000 + 10_000_000 + 200_000 + 146_666_666_666, max: 20_000_000 + 10_000_000 + 20_000_000 + 10_000_000 + 200_000 + 238_333_333_333 })
    expect(total.max).toBeLessThan(Number.MAX_SAFE_INTEGER / 1000)
  })

  it('for any facts within the bounds, every amount and every sum of amounts is a safe integer', () => {
    fc.assert(
      fc.property(factsArb, inPeriodDateArb, (facts, date) => {
        const evaluations = evaluate(facts, { asOf: date })
        let sum = 0
        for (const e of evaluations) {
          for (const a of [e.amount, e.amountPerPerson]) {
            if (a === null) continue
            expect(Number.isSafeInteger(a.min) && Number.isSafeInteger(a.max)).toBe(true)
            sum += a.max
          }
        }
        // even the sum over every status (unknown and per-person included) stays exact
        expect(Number.isSafeInteger(sum)).toBe(true)
        const total = totalEligibleAmount(evaluations)
        expect(Number.isSafeInteger(total.min) && Number.isSafeInteger(total.max)).toBe(true)
        expect(total.max).toBeLessThanOrEqual(sum)
      }),
      { numRuns: 500 },
    )
  })
})
