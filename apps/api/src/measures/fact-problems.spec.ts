import { describe, expect, it } from 'vitest'
import { factProblems, MAX_FACT_KEYS } from './fact-problems.js'

describe('factProblems', () => {
  it('finds nothing wrong with known, well-typed facts or with null (unknown)', () => {
    expect(factProblems({ industry: 'integrated-circuits', revenue: 5_000_000, aboveDesignatedSize: true, energySavedTce: 1.5, district: null })).toEqual([])
    expect(
      factProblems({ stockingLoanStart: '1996-01', greenFactoryFirstRatedYear: 'before-2026', keyIndustrialChain: false, aiComputingChips: true, pilotPlatform: null, chemicalProducer: true }),
    ).toEqual([])
  })

  it.each([
    [null, 'facts', 'REQUIRED'],
    [[], 'facts', 'TYPE'],
    ['x', 'facts', 'TYPE'],
    [{ revenue: '5000000' }, 'facts.revenue', 'TYPE'],
    [{ revenue: 1.5 }, 'facts.revenue', 'TYPE'],
    [{ revenue: -1 }, 'facts.revenue', 'OUT_OF_RANGE'],
    [{ energySavedTce: -0.5 }, 'facts.energySavedTce', 'OUT_OF_RANGE'],
    [{ aboveDesignatedSize: 'yes' }, 'facts.aboveDesignatedSize', 'TYPE'],
    [{ district: 'atlantis' }, 'facts.district', 'NOT_ALLOWED'],
    [{ district: 7 }, 'facts.district', 'TYPE'],
    [{ headcountz: 3 }, 'facts.headcountz', 'UNKNOWN_FIELD'],
    // the facts of issue 23, validated from policy-rules' definitions
    [{ stockingLoanStart: '2026-13' }, 'facts.stockingLoanStart', 'NOT_ALLOWED'],
    [{ stockingLoanStart: '2029-01' }, 'facts.stockingLoanStart', 'NOT_ALLOWED'],
    [{ stockingLoanStart: 202601 }, 'facts.stockingLoanStart', 'TYPE'],
    [{ greenFactoryFirstRatedYear: '2025' }, 'facts.greenFactoryFirstRatedYear', 'NOT_ALLOWED'],
    [{ pilotPlatform: 'yes' }, 'facts.pilotPlatform', 'TYPE'],
    [{ chemicalProducer: 1 }, 'facts.chemicalProducer', 'TYPE'],
  ])('%j → %s %s', (facts, field, code) => {
    expect(factProblems(facts).map((p) => [p.field, p.code])).toEqual([[field, code]])
  })

  it('refuses a flood of keys with one problem, before looking at any of them', () => {
    const flood = Object.fromEntries(Array.from({ length: MAX_FACT_KEYS + 1 }, (_, i) => [`k${i}`, i]))
    expect(factProblems(flood)).toEqual([{ field: 'facts', code: 'TOO_LONG', messages: [`facts has ${MAX_FACT_KEYS + 1} keys; at most ${MAX_FACT_KEYS}`] }])
  })

  it('names fields under the prefix it is given', () => {
    expect(factProblems({ revenue: 'x' }, 'snapshot.facts')[0]?.field).toBe('snapshot.facts.revenue')
  })
})
