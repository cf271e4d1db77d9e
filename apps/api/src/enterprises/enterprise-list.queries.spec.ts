import { describe, expect, it } from 'vitest'
import type { EnterpriseListQueryDto } from './enterprise.dto.js'
import { enterpriseListSql, toEnterpriseSummary } from './enterprise-list.queries.js'

describe('the enterprise list SQL', () => {
  const cases: [string, EnterpriseListQueryDto, string, unknown[], string][] = [
    ['no filter: key enterprises first, then by name', {}, 'TRUE', [], 'e.is_key DESC, e.name ASC, e.uscc ASC'],
    ['industry, district, unassigned (the expression index)', { industry: 'C39', district: 'pudong', unassigned: true }, "e.steward_sub IS NULL AND e.facts->>'industry' = $1 AND e.facts->>'district' = $2", ['C39', 'pudong'], 'e.is_key DESC, e.name ASC, e.uscc ASC'],
    ['a search: LIKE wildcards taken literally, found by the pieces of the text', { q: '50%_a\\' }, "((e.name ILIKE $1 OR e.uscc ILIKE $1) AND search_bigrams(e.uscc || ' ' || e.name) @> search_bigrams($2))", ['%50\\%\\_a\\\\%', '50%_a\\'], 'e.is_key DESC, e.name ASC, e.uscc ASC'],
    ['a one-character search: the ILIKE alone (it has no pieces)', { q: '沪' }, '(e.name ILIKE $1 OR e.uscc ILIKE $1)', ['%沪%'], 'e.is_key DESC, e.name ASC, e.uscc ASC'],
    ['not mine', { mine: false, key: true }, 'e.is_key = $1 AND (e.steward_sub IS NULL OR e.steward_sub <> $2)', [true, 'me'], 'e.is_key DESC, e.name ASC, e.uscc ASC'],
    ['by output value, descending', { sort: 'annualOutputValue', order: 'desc' }, 'TRUE', [], "CAST(e.facts->>'annualOutputValue' AS bigint) DESC NULLS LAST, e.uscc DESC"],
    ['assigned, by steward', { unassigned: false, sort: 'steward' }, 'e.steward_sub IS NOT NULL', [], 'COLLATE "zh-x-icu" ASC NULLS LAST, e.uscc ASC'],
  ]
  it.each(cases)('%s', (_, query, where, params, orderBy) => {
    const sql = enterpriseListSql(query, 'me', null)
    expect(sql.where).toBe(where)
    expect(sql.params).toEqual(params)
    expect(sql.filterParams).toBe(params.length)
    expect(sql.orderBy.endsWith(orderBy)).toBe(true)
  })

  it("puts the sort's parameters after the filters' (the count takes the filters' only)", () => {
    const sql = enterpriseListSql({ district: 'pudong', sort: 'industry' }, 'me', null)
    expect(sql.filterParams).toBe(1)
    expect(sql.params[0]).toBe('pudong')
    expect(sql.orderBy).toMatch(/^array_position\(\$2::text\[\], e\.facts->>'industry'\) ASC NULLS LAST/)
  })

  it("puts an enterprise user's scope first, its named parameter made positional", () => {
    const sql = enterpriseListSql({ district: 'pudong' }, 'me', { sql: 'e.uscc = :scopeUscc', params: { scopeUscc: 'U1' } })
    expect(sql.where).toBe("e.uscc = $1 AND e.facts->>'district' = $2")
    expect(sql.params).toEqual(['U1', 'pudong'])
    expect(sql.filterParams).toBe(2)
  })

  it('maps a row as the list shows it (facts of the wrong type read as unknown)', () => {
    const row = { uscc: 'U', name: '甲', is_key: true, industry: 'C39', district: 7, annual_output_value: '5', steward_sub: 's1', steward_legacy_name: 'old', version: 3, updated_at: new Date('2026-12-01T00:00:00Z'), sa_username: 'wang', sa_name: '明远 王' }
    expect(toEnterpriseSummary(row)).toEqual({ uscc: 'U', name: '甲', isKey: true, industry: 'C39', district: null, annualOutputValue: null, stewardName: '王明远', stewardSub: 's1', stewardLegacyName: null, version: 3, updatedAt: '2026-12-01T00:00:00.000Z' })
    expect(toEnterpriseSummary({ ...row, steward_sub: null, sa_username: null }).stewardLegacyName).toBe('old')
    expect(toEnterpriseSummary({ ...row, sa_username: null }).stewardName).toBe('s1')
  })
})
