import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, evaluateMeasure, factDefinitions, measures, totalEligibleAmount, type Facts } from './index.js'
import { dateArb, factsArb, inPeriodDateArb } from './testing/arbitraries.js'

describe('properties', () => {
  it('never throws on well-typed facts, and results are consistent', () => {
    fc.assert(
      fc.property(factsArb, dateArb, (facts, asOf) => {
        for (const e of evaluate(facts, { asOf })) {
          for (const a of [e.amount, e.amountPerPerson]) {
            if (a === null) continue
            expect(Number.isSafeInteger(a.min)).toBe(true)
            expect(Number.isSafeInteger(a.max)).toBe(true)
            expect(a.min).toBeGreaterThanOrEqual(0)
            expect(a.min).toBeLessThanOrEqual(a.max)
          }
          if (e.status === 'ineligible') {
            expect(e.missing).toEqual([])
            expect(e.amount).toBeNull()
            expect(e.amountPerPerson).toBeNull()
          }
          // Unknown for a missing fact, or for a value outside an open list (等, the bureaus decide).
          if (e.status === 'unknown') expect(e.missing.length > 0 || e.trace.some((t) => t.result === 'unknown' && t.value !== null)).toBe(true)
          if (e.status === 'announced') expect(e.amount).toBeNull()
          for (const f of e.missing) expect(facts[f] === undefined || facts[f] === null).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('amounts never exceed what the text allows', () => {
    const monthsLeft = (asOf: string) => 2028 * 12 + 11 - (Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1) + 1
    // the text's own numbers, exactly: (一) ≤ 30 % of the contract and ≤ 2000万; (四) 200万/500万/1000万 by tier;
    // (六) ≤ the financing cost and ≤ 2000万; (八) ≤ 2000元/吨标煤 and ≤ 1000万, 20万; (九) ≤ 30万 per person;
    // (十二) ≤ 1.3 % a year of the principal for the loan's months
    const exact = (a: number, b: number, d: number) => Number((BigInt(a) * BigInt(b)) / BigInt(d))
    fc.assert(
      fc.property(factsArb, inPeriodDateArb, (facts, asOf) => {
        for (const e of evaluate(facts, { asOf })) {
          const max = e.amount?.max ?? 0
          switch (e.measureId) {
            case 'first-set-equipment':
              expect(max).toBeLessThanOrEqual(Math.min(20_000_000, exact(facts.firstSetContractAmount ?? 0, 30, 100)))
              break
            case 'basic-research':
              expect([0, 2_000_000, 5_000_000, 10_000_000]).toContain(max)
              break
            case 'tech-renovation':
              expect(max).toBeLessThanOrEqual(Math.min(20_000_000, facts.techRenovationFinancingCost ?? 0))
              break
            case 'energy-saving':
              expect(max).toBeLessThanOrEqual(Math.min(10_000_000, Math.floor((facts.energySavedTce ?? 0) * 2000 + 1e-6)))
              break
            case 'green-factory':
              expect(max).toBeLessThanOrEqual(200_000)
              break
            case 'stocking-loan-subsidy':
              expect(max).toBeLessThanOrEqual(exact(facts.stockingLoanAmount ?? 0, 130 * (facts.stockingLoanTermMonths ?? 0), 120_000))
              // and only for the loan's months inside the plan, from the evaluation month on (issue 23)
              expect(max).toBeLessThanOrEqual(exact(facts.stockingLoanAmount ?? 0, 130 * monthsLeft(asOf), 120_000))
              break
            default:
              // every other measure gives the enterprise no stated sum
              expect(e.amount).toBeNull()
          }
          expect(e.amountPerPerson?.max ?? 0).toBeLessThanOrEqual(300_000)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('more basic-research investment never yields a lower amount', () => {
    const max = factDefinitions.find((d) => d.name === 'basicResearchInvestment')!.max!
    fc.assert(
      fc.property(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), dateArb, (a, b, asOf) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const x = evaluateMeasure('basic-research', { basicResearchInvestment: lo }, { asOf })
        const y = evaluateMeasure('basic-research', { basicResearchInvestment: hi }, { asOf })
        expect(y.amount?.min ?? 0).toBeGreaterThanOrEqual(x.amount?.min ?? 0)
        expect(y.amount?.max ?? 0).toBeGreaterThanOrEqual(x.amount?.max ?? 0)
      }),
      { numRuns: 1000 },
    )
  })

  it('more of a quantity never yields a lower amount (every measure whose amount reads a quantity)', () => {
    const pairs: Array<[string, keyof Facts, Facts]> = [
      ['first-set-equipment', 'firstSetContractAmount', { firstSetCertified: true }],
      ['tech-renovation', 'techRenovationFinancingCost', {}],
      ['energy-saving', 'energySavedTce', {}],
      ['stocking-loan-subsidy', 'stockingLoanAmount', { stockingLoanTermMonths: 12 }],
      ['stocking-loan-subsidy', 'stockingLoanTermMonths', { stockingLoanAmount: 50_000_000 }],
    ]
    for (const [id, fact, base] of pairs) {
      const max = factDefinitions.find((d) => d.name === fact)!.max!
      fc.assert(
        fc.property(fc.integer({ min: 0, max: Math.min(max, 1e9) }), fc.integer({ min: 0, max: Math.min(max, 1e9) }), (a, b) => {
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
          // nor does it settle anything: an eligible (or announced) measure stays so or becomes unknown
          if (e.status === 'eligible' || e.status === 'announced') expect(after[i]!.status).not.toBe('ineligible')
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

describe('money that is not the enterprise’s, or not defined yet, is never counted', () => {
  const announcedIds = measures.filter((m) => m.amount.kind === 'announced').map((m) => m.id)
  const perPersonIds = measures.filter((m) => m.amount.kind === 'perPerson').map((m) => m.id)

  it('the catalogue has such measures: the R&D growth reward (四) is announced, the talent award (九) is per person', () => {
    expect(announcedIds).toEqual(['rd-growth-reward'])
    expect(perPersonIds).toEqual(['talent-award'])
  })

  it('an announced measure is never eligible and has no amount; a per-person award never has an enterprise amount', () => {
    fc.assert(
      fc.property(factsArb, dateArb, (facts, asOf) => {
        for (const e of evaluate(facts, { asOf })) {
          if (announcedIds.includes(e.measureId)) {
            expect(e.status).not.toBe('eligible')
            expect(e.amount).toBeNull()
          } else expect(e.status).not.toBe('announced')
          if (perPersonIds.includes(e.measureId)) expect(e.amount).toBeNull()
          else expect(e.amountPerPerson).toBeNull()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('the talent nominees and the R&D growth answer never change the total', () => {
    fc.assert(
      fc.property(factsArb, inPeriodDateArb, fc.option(fc.nat({ max: 1_000_000 })), fc.option(fc.boolean()), (facts, asOf, nominees, growth) => {
        const base = totalEligibleAmount(evaluate(facts, { asOf }))
        const other = totalEligibleAmount(evaluate({ ...facts, talentAwardNominees: nominees, rdHighGrowth: growth }, { asOf }))
        expect(other).toEqual(base)
      }),
      { numRuns: 300 },
    )
  })
})

describe('facts asked only while another is not answered "no"', () => {
  const dependent = factDefinitions.filter((d) => d.unlessNo !== undefined)

  it('exist (the chemical-project facts of (六), while the enterprise may produce chemicals)', () => {
    expect(dependent.map((d) => [d.name, d.unlessNo])).toEqual([
      ['outsideChemicalPark', 'chemicalProducer'],
      ['existingChemicalPlant', 'chemicalProducer'],
      ['chemicalProjectFitsZoning', 'chemicalProducer'],
      ['chemicalProjectNoNewLand', 'chemicalProducer'],
      ['chemicalProjectNoAddedRisk', 'chemicalProducer'],
    ])
  })

  it('change no outcome (status, amounts, missing facts) once that fact is "no"', () => {
    const outcome = (facts: Facts, asOf: string) => evaluate(facts, { asOf }).map((e) => [e.status, e.amount, e.amountPerPerson, e.missing])
    for (const def of dependent) {
      fc.assert(
        fc.property(factsArb, inPeriodDateArb, fc.option(fc.boolean(), { nil: null }), (facts, asOf, value) => {
          const base = { ...facts, [def.unlessNo!]: false }
          expect(outcome({ ...base, [def.name]: value }, asOf)).toEqual(outcome({ ...base, [def.name]: null }, asOf))
        }),
        { numRuns: 100 },
      )
    }
  })
})

describe('facts asked only of some industries', () => {
  const scoped = factDefinitions.filter((d) => d.forIndustries !== undefined)

  it('exist (the AI chips of (二); the chemical facts of (六) are asked of every enterprise, a chemical producer may have any industry)', () => {
    expect(scoped.map((d) => d.name).sort()).toEqual(['aiComputingChips'])
  })

  it('change no outcome (status, amounts, missing facts) for an enterprise of another industry', () => {
    const outcome = (facts: Facts, asOf: string) => evaluate(facts, { asOf }).map((e) => [e.status, e.amount, e.amountPerPerson, e.missing])
    for (const def of scoped) {
      fc.assert(
        fc.property(factsArb, inPeriodDateArb, fc.option(fc.boolean(), { nil: null }), (facts, asOf, value) => {
          if (typeof facts.industry !== 'string' || def.forIndustries!.includes(facts.industry)) return
          expect(outcome({ ...facts, [def.name]: value }, asOf)).toEqual(outcome({ ...facts, [def.name]: null }, asOf))
        }),
        { numRuns: 100 },
      )
    }
  })
})
