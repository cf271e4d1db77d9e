import { catalogues, measures, type Status } from '@servicepack/policy-rules'
import { describe, expect, it } from 'vitest'
import { amountKind, codeName, factOf, factQuestion, formatFactValue, formatTraceTest, givesEnterpriseMoney, isAskedFact, STATUS_TONES, STATUSES } from './texts'

describe('policy texts', () => {
  it('has a tone for every status, in package order', () => {
    expect(STATUSES).toEqual(['eligible', 'unknown', 'announced', 'ineligible'])
    expect(Object.keys(STATUS_TONES).sort()).toEqual([...STATUSES].sort())
    const announced: Status = 'announced'
    expect(STATUS_TONES[announced]).toBe('primary')
  })

  it.each([
    ['talent-award', 'perPerson', false],
    ['rd-growth-reward', 'announced', false],
    ['stocking-loan-subsidy', 'money', true],
    ['pilot-platforms', 'caseByCase', true],
    ['retained-earnings-reinvestment', 'none', false],
  ] as const)('%s gives %s (enterprise money: %s)', (id, kind, enterprise) => {
    expect(amountKind(id)).toBe(kind)
    expect(givesEnterpriseMoney(id)).toBe(enterprise)
  })

  it('knows every measure’s amount kind', () => {
    for (const m of measures) expect(['money', 'perPerson', 'caseByCase', 'announced', 'none']).toContain(amountKind(m.id))
  })

  it.each([
    ['stockingLoanTermMonths', 6, 'zh', '6 个月'],
    ['stockingLoanTermMonths', 18, 'en', '18 months'],
    ['technologyField', 'industrial-software', 'zh', '工业软件'],
    ['technologyField', 'large-aircraft', 'en', 'Large aircraft'],
    ['outsideChemicalPark', false, 'zh', '否'],
    ['talentAwardNominees', 3, 'zh', '3 人'],
  ] as const)('%s = %s reads “%s” in %s', (fact, value, lang, text) => {
    expect(formatFactValue(fact, value, lang)).toBe(text)
  })

  it.each([
    ['outsideChemicalPark', { industry: 'petrochemical' }, true],
    ['outsideChemicalPark', { industry: null }, true],
    ['outsideChemicalPark', {}, true],
    // (六) 化工园区外存量化工企业: any chemical producer, whatever its industry label (issue 23)
    ['outsideChemicalPark', { industry: 'steel' }, true],
    ['chemicalProjectNoAddedRisk', { industry: 'integrated-circuits' }, true],
    ['chemicalProducer', { industry: 'biomedicine' }, true],
    ['outsideChemicalPark', { industry: 'steel', chemicalProducer: false }, false],
    // (二) for AI only the chips: asked of AI enterprises (or while the industry is unknown)
    ['aiComputingChips', { industry: 'artificial-intelligence' }, true],
    ['aiComputingChips', {}, true],
    ['aiComputingChips', { industry: 'steel' }, false],
    ['stockingLoanStart', { industry: 'steel' }, true],
    ['greenFactoryFirstRatedYear', { industry: 'other' }, true],
    ['stockingLoanTermMonths', { industry: 'steel' }, true],
    ['technologyField', { industry: 'other' }, true],
    ['revenue', {}, false],
    ['aboveDesignatedSize', { industry: 'steel' }, false],
  ] as const)('asks %s of %j: %s', (name, facts, asked) => {
    expect(isAskedFact(factOf(name)!, facts)).toBe(asked)
  })

  it('names technology fields and writes their lists in traces', () => {
    for (const t of catalogues.technologyFields) expect(codeName('technologyFields', t.code, 'zh')).toBe(t.zh)
    expect(formatTraceTest('technologyField', 'in [quantum, photonics]', 'zh')).toBe('∈ 量子、光子')
    expect(factQuestion('stockingLoanTermMonths', 'zh')).toBe('备货贷款的期限是多少个月？')
  })
})
