import { describe, expect, it } from 'vitest'
import { catalogues, measures } from './index.js'
import { clauseText, CLAUSE_TEXT } from './plan-text.js'

describe('the plan’s clause texts', () => {
  it('has the full text of every clause a measure cites, opening with the clause number', () => {
    for (const m of measures) {
      const text = clauseText(m.reference.clause)
      expect(text, m.id).toBeDefined()
      expect(text!.startsWith(m.reference.clause), m.id).toBe(true)
    }
    expect(clauseText('(十八)')).toBeUndefined()
  })

  it('names, in each clause, the responsible units its measures list', () => {
    const names = new Map(catalogues.bureaus.map((b) => [b.code, b.zh]))
    for (const m of measures) {
      const units = /\(责任单位：([^)]+)\)$/.exec(clauseText(m.reference.clause)!)?.[1] ?? ''
      for (const code of m.bureaus) expect(units, `${m.id}: ${code}`).toContain(names.get(code))
      expect(units.includes('各区政府'), m.id).toBe(m.districtGovernments)
    }
  })

  it('keeps the numbers the measures compute with (caps, tiers, rates)', () => {
    expect(CLAUSE_TEXT['(一)']).toContain('最高不超过2000万元')
    expect(CLAUSE_TEXT['(四)']).toContain('给予一次性财政补助1000万元')
    expect(CLAUSE_TEXT['(八)']).toContain('1000—2000元/吨标煤')
    expect(CLAUSE_TEXT['(十二)']).toContain('0.8%—1.3%')
  })
})
