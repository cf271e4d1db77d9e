import { factDefinitions } from '@servicepack/policy-rules'
import { describe, expect, it } from 'vitest'
import { changedFacts, draftOf, draftProblems, evaluableFacts, factGroups, groupDigits, parseNumberInput } from './draft'

const yuan = { type: 'yuan' } as const
const tonnes = { type: 'tonnes' } as const

describe('fact drafts', () => {
  it('puts every fact in exactly one group', () => {
    const grouped = factGroups.flatMap((g) => g.facts.map((f) => f.name))
    expect(grouped.sort()).toEqual(factDefinitions.map((f) => f.name).sort())
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
    const draft = { ...draftOf({ industry: 'steel' }), revenue: '12.5', rdExpense: 100 }
    expect(draftProblems(draft)).toEqual({ revenue: true })
    expect(evaluableFacts(draft)).toEqual({ industry: 'steel', rdExpense: 100 })
  })

  it('sends only changed facts, null for one made unknown again', () => {
    const stored = { industry: 'steel', revenue: 100 }
    const draft = { ...draftOf(stored), revenue: null, basicResearchInvestment: 60_000_000 }
    expect(changedFacts(stored, draft)).toEqual({ revenue: null, basicResearchInvestment: 60_000_000 })
    expect(changedFacts(stored, draftOf(stored))).toEqual({})
  })
})
