import { describe, expect, it } from 'vitest'
import { createEvaluator, evaluate, evaluateMeasure, FactTypeError, measures, resolveParam } from './index.js'
import type { Measure } from './types.js'

const asOf = '2026-06-01'

describe('evaluate', () => {
  it('returns one evaluation per measure, in catalogue order', () => {
    const all = evaluate({}, { asOf })
    expect(all.map((e) => e.measureId)).toEqual(measures.map((m) => m.id))
  })

  it('traces each condition with the value read and the test', () => {
    const e = evaluateMeasure('basic-research', { basicResearchInvestment: 60_000_000 }, { asOf })
    expect(e.trace).toEqual([
      { fact: 'asOf', value: asOf, test: '2026-01-01 ≤ asOf ≤ 2028-12-31', result: 'met' },
      { fact: 'basicResearchInvestment', value: 60_000_000, test: '≥ 10000000', result: 'met' },
    ])
    expect(e.reasons).toEqual(['基础研究投入为6000万元，满足“不低于1000万元”', '金额：达到5000万元档，补助500万元'])
    expect(e.reference).toEqual({ document: '沪府办规〔2025〕20号', clause: '(四)' })
  })

  it('adds English reasons on request only', () => {
    const facts = { firstNationalGreenFactory: true, greenFactoryFirstRatedYear: '2027' }
    const zhOnly = evaluateMeasure('green-factory', facts, { asOf })
    expect(zhOnly.reasonsEn).toBeUndefined()
    const both = evaluateMeasure('green-factory', facts, { asOf, reasonsEn: true })
    expect(both.reasons).toEqual(['首次评为国家级绿色工厂：是', '首次评为国家级绿色工厂的年份为2027年，属于本条所列范围', '金额：一次性20万元'])
    expect(both.reasonsEn).toEqual([
      'First rated national green factory: yes',
      'Year first rated a national green factory is 2027: named by this clause',
      'Amount: CNY 200K one-time',
    ])
  })

  it('reports an unknown condition with a null value', () => {
    const e = evaluateMeasure('green-factory', {}, { asOf })
    expect(e.trace[1]).toEqual({ fact: 'firstNationalGreenFactory', value: null, test: '= true', result: 'unknown' })
    expect(e.reasons[0]).toBe('待补充：首次评为国家级绿色工厂')
  })

  it('results are JSON round-trippable; shared parts are frozen so one call cannot alter another', () => {
    const a = evaluate({ district: 'pudong', basicResearchInvestment: 1e8 }, { asOf })
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
    expect(() => a[0]!.bureaus.push('mutated')).toThrow(TypeError)
    expect(() => {
      a[0]!.reference.clause = 'x'
    }).toThrow(TypeError)
    const universal = a.find((e) => e.measureId === 'enterprise-services')!
    expect(Object.isFrozen(universal)).toBe(true)
    const b = evaluate({ district: 'pudong', basicResearchInvestment: 1e8 }, { asOf })
    expect(b).toEqual(a)
    expect(b[0]!.bureaus).toEqual(['sheitc', 'gov-pudong'])
  })

  it('shared results depend on the facts they read only', () => {
    const x = evaluateMeasure('leading-industries', { industry: 'biomedicine', district: 'xuhui' }, { asOf })
    const y = evaluateMeasure('leading-industries', { industry: 'steel', district: 'xuhui' }, { asOf })
    const z = evaluateMeasure('key-emerging-industries', { industry: 'steel', district: 'xuhui' }, { asOf })
    const w = evaluateMeasure('key-emerging-industries', { industry: 'steel', district: 'baoshan' }, { asOf })
    expect([x.status, y.status]).toEqual(['eligible', 'ineligible'])
    expect(z.bureaus).toEqual(['sheitc', 'gov-xuhui'])
    expect(w.bureaus).toEqual(['sheitc', 'gov-baoshan'])
  })

  it('rejects wrongly typed facts with a FactTypeError naming the field', () => {
    const bad: Array<[string, Record<string, unknown>]> = [
      ['basicResearchInvestment', { basicResearchInvestment: '100' }],
      ['basicResearchInvestment', { basicResearchInvestment: 1.5 }],
      ['basicResearchInvestment', { basicResearchInvestment: -1 }],
      ['firstSetCertified', { firstSetCertified: 'yes' }],
      ['district', { district: 'beijing' }],
      ['industry', { industry: 42 }],
      ['talentAwardNominees', { talentAwardNominees: 2.5 }],
      ['energySavedTce', { energySavedTce: Number.NaN }],
      ['energySavedTce', { energySavedTce: Infinity }],
      ['energySavedTce', { energySavedTce: 100_000_001 }],
      ['technologyField', { technologyField: 'steel' }],
      ['stockingLoanTermMonths', { stockingLoanTermMonths: 361 }],
      ['stockingLoanAmount', { stockingLoanAmount: 10_000_000_000_001 }],
    ]
    for (const [field, facts] of bad) {
      let caught: unknown
      try {
        evaluate(facts as never, { asOf })
      } catch (e) {
        caught = e
      }
      expect(caught, field).toBeInstanceOf(FactTypeError)
      expect((caught as FactTypeError).field).toBe(field)
      expect((caught as FactTypeError).message).toContain(field)
    }
    expect(() => evaluate(null as never, { asOf })).toThrow(FactTypeError)
    expect(() => evaluateMeasure('basic-research', { revenue: '1' } as never, { asOf })).toThrow(/revenue/)
  })

  it('ignores names that are not facts', () => {
    expect(() => evaluate({ companyName: 'x' } as never, { asOf })).not.toThrow()
  })

  it('rejects malformed dates and unknown measures', () => {
    for (const d of ['2026-13-01', '2026-02-30', '2026-6-1', '', 'yesterday', '2025-02-29']) {
      expect(() => evaluate({}, { asOf: d }), d).toThrow(RangeError)
    }
    expect(() => evaluate({}, { asOf: '2028-02-29' })).not.toThrow()
    expect(() => evaluate({}, undefined as never)).toThrow(TypeError)
    expect(() => evaluateMeasure('no-such-measure', {}, { asOf })).toThrow(/no-such-measure/)
  })
})

describe('dated parameters', () => {
  const base = measures.find((m) => m.id === 'first-set-equipment')!
  const changed: Measure = structuredClone(base)
  changed.params.cap!.push({ from: '2027-07-01', value: 30_000_000, reference: 'hypothetical amendment' })
  const ev = createEvaluator([changed])
  const facts = { firstSetCertified: true, firstSetContractAmount: 200_000_000 }

  it('a future value applies only from its date', () => {
    expect(ev.evaluateMeasure('first-set-equipment', facts, { asOf: '2027-06-30' }).amount).toEqual({ min: 0, max: 20_000_000 })
    expect(ev.evaluateMeasure('first-set-equipment', facts, { asOf: '2027-07-01' }).amount).toEqual({ min: 0, max: 30_000_000 })
    // the built-in catalogue is unaffected
    expect(evaluateMeasure('first-set-equipment', facts, { asOf: '2027-07-01' }).amount).toEqual({ min: 0, max: 20_000_000 })
  })

  it('a parameter not yet in force makes the measure ineligible with the reason', () => {
    const late: Measure = structuredClone(base)
    late.params.cap = [{ from: '2026-07-01', value: 1, reference: 'x' }]
    const e = createEvaluator([late]).evaluateMeasure('first-set-equipment', facts, { asOf: '2026-06-30' })
    expect(e.status).toBe('ineligible')
    expect(e.reasons[0]).toContain('cap')
  })

  it('resolveParam picks the last value whose date has come', () => {
    const values = [
      { from: '2026-01-01', value: 1, reference: 'a' },
      { from: '2027-01-01', value: 2, reference: 'b' },
    ]
    expect(resolveParam(values, '2025-12-31')).toBeUndefined()
    expect(resolveParam(values, '2026-01-01')?.value).toBe(1)
    expect(resolveParam(values, '2026-12-31')?.value).toBe(1)
    expect(resolveParam(values, '2027-01-01')?.value).toBe(2)
  })

  it('the cache is safe across many dates', () => {
    for (let d = 1; d <= 28; d++) {
      for (const m of ['01', '06', '12']) {
        const asOfDate = `2026-${m}-${String(d).padStart(2, '0')}`
        expect(evaluateMeasure('green-factory', { firstNationalGreenFactory: true }, { asOf: asOfDate }).amount).toEqual({ min: 200_000, max: 200_000 })
      }
    }
  })
})
