import { factDefinitions } from '@servicepack/policy-rules'
import { describe, expect, it } from 'vitest'
import { changedFacts, draftOf, draftProblems, evaluableFacts, factGroups, groupDigits, isAsked, maxText, parseNumberInput } from './draft'

const yuan = { type: 'yuan' } as const
const tonnes = { type: 'tonnes' } as const

describe('fact drafts', () => {
  it('puts every asked fact in exactly one group, and asks no retired fact', () => {
    const grouped = factGroups.flatMap((g) => g.facts.map((f) => f.name))
    expect(grouped.sort()).toEqual(factDefinitions.filter((f) => !f.retired).map((f) => f.name).sort())
    for (const name of ['revenue', 'rdExpense', 'aboveDesignatedSize']) expect(grouped).not.toContain(name)
    expect(grouped).toEqual(expect.arrayContaining(['technologyField', 'stockingLoanTermMonths', 'outsideChemicalPark']))
  })

  const def = (name: string) => factDefinitions.find((d) => d.name === name)!
  it.each([
    ['outsideChemicalPark', { industry: 'petrochemical' }, true],
    ['outsideChemicalPark', { industry: null }, true],
    ['outsideChemicalPark', {}, true],
    // (六) any chemical producer, whatever its industry label; not asked once it says it produces none
    ['outsideChemicalPark', { industry: 'steel' }, true],
    ['chemicalProjectNoAddedRisk', { industry: 'integrated-circuits' }, true],
    ['chemicalProjectNoAddedRisk', { industry: 'integrated-circuits', chemicalProducer: false }, false],
    ['outsideChemicalPark', { industry: 'petrochemical', chemicalProducer: true }, true],
    ['aiComputingChips', { industry: 'steel' }, false],
    ['stockingLoanTermMonths', { industry: 'steel' }, true],
    ['technologyField', { industry: 'other' }, true],
    ['revenue', {}, false],
  ] as const)('asks %s for %j: %s', (name, draft, asked) => {
    expect(isAsked(def(name), draft)).toBe(asked)
  })

  it.each([
    ['annualOutputValue', 'zh', '100000亿元'],
    ['annualOutputValue', 'en', 'CNY 10000B'],
    ['stockingLoanTermMonths', 'zh', '360'],
    ['talentAwardNominees', 'en', '1,000,000'],
    ['energySavedTce', 'zh', '100,000,000'],
  ] as const)('says the bound of %s in %s as %s', (name, lang, text) => {
    expect(maxText(def(name), lang)).toBe(text)
  })

  it.each<[string, typeof yuan | typeof tonnes, string, unknown]>([
    ['empty is unknown', yuan, '', null],
    ['plain digits', yuan, '60000000', 60_000_000],
    ['thousands separators and 元', yuan, '60,000,000 元', 60_000_000],
    ['Chinese comma', yuan, '6，000', 6_000],
    ['decimals are not yuan: kept as text', yuan, '12.5', '12.5'],
    ['letters kept as text', yuan, '6千万', '6千万'],
    ['beyond safe integers kept as text', yuan, '99999999999999999999', '99999999999999999999'],
    ['tonnes take decimals', tonnes, '3,200.5', 3200.5],
  ])('parses %s', (_case, def, text, value) => {
    expect(parseNumberInput(def, text)).toEqual(value)
  })

  it.each([
    ['60000000', '60,000,000'],
    ['1234.5', '1,234.5'],
    ['999', '999'],
    ['abc', 'abc'],
  ])('groups digits of %s as %s', (text, shown) => {
    expect(groupDigits(text)).toBe(shown)
  })

  it('flags what validateFacts refuses and leaves it out of the evaluation', () => {
    const draft = { ...draftOf({ industry: 'steel' }), annualOutputValue: '12.5', basicResearchInvestment: 100, stockingLoanTermMonths: 361 }
    expect(draftProblems(draft)).toEqual({ annualOutputValue: true, stockingLoanTermMonths: true })
    expect(evaluableFacts(draft)).toEqual({ industry: 'steel', basicResearchInvestment: 100 })
  })

  it('sends only changed facts, null for one made unknown again', () => {
    const stored = { industry: 'steel', revenue: 100 }
    const draft = { ...draftOf(stored), revenue: null, basicResearchInvestment: 60_000_000 }
    expect(changedFacts(stored, draft)).toEqual({ revenue: null, basicResearchInvestment: 60_000_000 })
    expect(changedFacts(stored, draftOf(stored))).toEqual({})
  })
})
