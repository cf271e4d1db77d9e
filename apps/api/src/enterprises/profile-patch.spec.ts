import { describe, expect, it } from 'vitest'
import { applyProfilePatch, isKeyEnterprise } from './profile-patch.js'

const base = { name: '上海芯联微电子有限公司', contactName: null, contactPhone: null, contactEmail: null, facts: { industry: 'integrated-circuits', revenue: 5_000_000 } }

describe('applyProfilePatch', () => {
  it('sets, changes and clears facts, recording each change', () => {
    const r = applyProfilePatch(base, { facts: { basicResearchInvestment: 60_000_000, revenue: 6_000_000, industry: null } })
    expect(r).toEqual({
      ok: true,
      fields: { name: base.name, contactName: null, contactPhone: null, contactEmail: null },
      facts: { revenue: 6_000_000, basicResearchInvestment: 60_000_000 },
      isKey: false,
      changes: [
        { field: 'facts.basicResearchInvestment', from: null, to: 60_000_000 },
        { field: 'facts.revenue', from: 5_000_000, to: 6_000_000 },
        { field: 'facts.industry', from: 'integrated-circuits', to: null },
      ],
    })
  })

  it('records nothing when values do not change', () => {
    const r = applyProfilePatch(base, { facts: { revenue: 5_000_000 }, name: base.name })
    expect(r.ok && r.changes).toEqual([])
  })

  it.each([
    [{ revenue: '5000000' }, 'facts.revenue'],
    [{ revenue: 1.5 }, 'facts.revenue'],
    [{ revenue: -1 }, 'facts.revenue'],
    [{ aboveDesignatedSize: 'yes' }, 'facts.aboveDesignatedSize'],
    [{ district: 'atlantis' }, 'facts.district'],
    [{ headcountz: 3 }, 'facts.headcountz'],
  ])('refuses %j naming %s, changing nothing', (facts, field) => {
    const r = applyProfilePatch(base, { facts })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual([field])
  })

  it('trims contact fields and turns blanks into null', () => {
    const r = applyProfilePatch({ ...base, contactName: '王经理' }, { contactName: '  ', contactPhone: ' 021-12345678 ' })
    expect(r.ok && r.fields).toMatchObject({ contactName: null, contactPhone: '021-12345678' })
  })
})

describe('isKeyEnterprise (重点企业, ≥ 10亿元 output)', () => {
  it.each([
    [{}, false],
    [{ annualOutputValue: 999_999_999 }, false],
    [{ annualOutputValue: 1_000_000_000 }, true],
  ])('%j → %s', (facts, key) => {
    expect(isKeyEnterprise(facts)).toBe(key)
  })
})
