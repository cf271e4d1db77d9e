import { describe, expect, it } from 'vitest'
import { cases, dateCases, eligibleProfiles } from './cases/measures.cases.js'
import { evaluate, evaluateMeasure, measures } from './index.js'

const DEFAULT_AS_OF = '2026-06-01'

describe.each([
  ['measure cases', cases],
  ['date-boundary cases', dateCases],
])('%s', (_title, table) => {
  it.each(table.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const e = evaluateMeasure(c.measure, c.facts, { asOf: c.asOf ?? DEFAULT_AS_OF, reasonsEn: true })
    expect(e.measureId).toBe(c.measure)
    expect(e.status).toBe(c.expected.status)
    if ('amount' in c.expected) expect(e.amount).toEqual(c.expected.amount)
    if (c.expected.missing) expect([...e.missing].sort()).toEqual([...c.expected.missing].sort())
    if (c.expected.bureaus) expect(e.bureaus).toEqual(c.expected.bureaus)
    // Invariants that hold for every case.
    expect(e.reasons.length).toBeGreaterThan(0)
    expect(e.reasonsEn?.length).toBe(e.reasons.length)
    expect(e.trace[0]!.fact).toBe('asOf')
    if (e.status === 'ineligible') expect(e.missing).toEqual([])
    if (e.status === 'unknown') expect(e.missing.length).toBeGreaterThan(0)
    // evaluate() gives the same result for the measure.
    const all = evaluate(c.facts, { asOf: c.asOf ?? DEFAULT_AS_OF })
    const { reasonsEn: _en, ...withoutEn } = e
    expect(all.find((x) => x.measureId === c.measure)).toEqual(withoutEn)
  })
})

describe('case coverage', () => {
  it('has cases for every measure, with an eligible profile for each', () => {
    const covered = new Set(cases.map((c) => c.measure))
    for (const m of measures) {
      expect(covered.has(m.id), `cases for ${m.id}`).toBe(true)
      expect(eligibleProfiles[m.id], `eligible profile for ${m.id}`).toBeDefined()
    }
  })

  it('names the out-of-period reason', () => {
    const before = evaluateMeasure('basic-research', { basicResearchInvestment: 1e8 }, { asOf: '2025-12-31' })
    expect(before.reasons).toEqual(['评估日期2025-12-31早于本措施实施日期2026-01-01'])
    const after = evaluateMeasure('basic-research', { basicResearchInvestment: 1e8 }, { asOf: '2029-01-01' })
    expect(after.reasons[0]).toContain('2028-12-31')
    expect(after.trace).toEqual([{ fact: 'asOf', value: '2029-01-01', test: '2026-01-01 ≤ asOf ≤ 2028-12-31', result: 'not-met' }])
  })

  it('every measure is ineligible outside the plan period, whatever the facts', () => {
    const facts = { industry: 'integrated-circuits', firstSetCertified: true, basicResearchInvestment: 2e8, rdHighGrowth: true } as const
    for (const asOf of ['2000-01-01', '2025-12-31', '2029-01-01', '2099-12-31']) {
      for (const e of evaluate(facts, { asOf })) {
        expect(e.status).toBe('ineligible')
        expect(e.amount).toBeNull()
      }
    }
  })
})
