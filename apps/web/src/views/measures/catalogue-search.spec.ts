import { measures } from '@servicepack/policy-rules'
import { describe, expect, it } from 'vitest'
import { searchCatalogue } from './catalogue-search'

const ids = (query: string, extra: { bureau?: string; withAmount?: boolean } = {}) =>
  searchCatalogue(measures, { query, bureau: extra.bureau ?? null, withAmount: extra.withAmount ?? false }).map((m) => m.id)

describe('catalogue search', () => {
  it('lists every measure without a filter', () => {
    expect(ids('')).toHaveLength(measures.length)
  })

  it.each<[string, string, string[]]>([
    ['a name (and a summary that mentions it)', '基础研究', ['basic-research', 'core-technology']],
    ['a name in English, any case', 'GREEN FACTORY', ['green-factory']],
    ['a clause, as cited', '第(四)条', ['basic-research', 'rd-growth-reward', 'rd-centres-open-innovation']],
    ['a bureau', '市规划资源局', ['industrial-land', 'industrial-logistics']],
    // (六) chemical projects are any chemical producer's, not the 石化化工 industry's (issue 23)
    ['an industry named by a condition', '石化化工', ['traditional-industries-upgrade']],
    ['a technology field named by an alternative', '工业软件', ['core-technology', 'digital-transformation']],
    ['a new measure of (八)', 'ESG', ['carbon-footprint-esg']],
    ['all of several words', '首台 保险', ['first-set-insurance']],
  ])('finds measures by %s', (_case, query, expected) => {
    expect(ids(query)).toEqual(expect.arrayContaining(expected))
    expect(ids(query).every((id) => expected.includes(id))).toBe(true)
  })

  it('finds nothing for a word no measure has', () => {
    expect(ids('不存在的措施')).toEqual([])
  })

  it('filters by bureau and by a stated amount', () => {
    const bySciTech = ids('', { bureau: 'stcsm' })
    expect(bySciTech).toEqual(expect.arrayContaining(['basic-research', 'rd-growth-reward']))
    expect(bySciTech).not.toContain('industrial-land')
    const withAmount = ids('', { withAmount: true })
    expect(withAmount).toEqual(expect.arrayContaining(['basic-research', 'first-set-equipment', 'energy-saving', 'green-factory']))
    expect(withAmount).not.toContain('industrial-land')
    expect(withAmount).not.toContain('rd-growth-reward')
    // the talent award states an amount (per selected person); the R&D growth reward's rules are pending
    expect(withAmount).toContain('talent-award')
  })
})
