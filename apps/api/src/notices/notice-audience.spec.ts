import { describe, expect, it } from 'vitest'
import { audienceSql, factsFromValues, inAudience, measureConcerns, measureFactNames, type AudienceCriteria, type AudienceProfile } from './notice-audience.js'

const ASOF = '2026-12-10'

/** Named profiles: each table row says which of them an audience reaches. */
const profiles: Record<string, AudienceProfile> = {
  icPudongKey: { facts: { industry: 'integrated-circuits', district: 'pudong', annualOutputValue: 1_350_000_000, basicResearchInvestment: 60_000_000 }, isKey: true },
  icMinhangSmall: { facts: { industry: 'integrated-circuits', district: 'minhang', annualOutputValue: 80_000_000 }, isKey: false },
  bioMinhang: { facts: { industry: 'biomedicine', district: 'minhang', annualOutputValue: 420_000_000, basicResearchInvestment: 5_000_000 }, isKey: false },
  equipmentPudongKey: { facts: { industry: 'high-end-equipment', district: 'pudong', annualOutputValue: 2_600_000_000, firstSetCertified: true }, isKey: true },
  bareProfile: { facts: {}, isKey: false },
  exactlyOneBillion: { facts: { industry: 'steel', district: 'baoshan', annualOutputValue: 1_000_000_000 }, isKey: true },
}
const names = Object.keys(profiles)
const reached = (criteria: AudienceCriteria, asOf = ASOF) => names.filter((n) => inAudience(profiles[n]!, criteria, asOf))

describe('audience: each criterion alone', () => {
  it.each<[string, AudienceCriteria, string[]]>([
    ['no criterion: every enterprise', {}, names],
    ['empty lists mean any', { industries: [], districts: [] }, names],
    ['one industry', { industries: ['integrated-circuits'] }, ['icPudongKey', 'icMinhangSmall']],
    ['two industries', { industries: ['integrated-circuits', 'biomedicine'] }, ['icPudongKey', 'icMinhangSmall', 'bioMinhang']],
    ['one district', { districts: ['minhang'] }, ['icMinhangSmall', 'bioMinhang']],
    ['两区', { districts: ['pudong', 'baoshan'] }, ['icPudongKey', 'equipmentPudongKey', 'exactlyOneBillion']],
    ['key enterprises only', { keyEnterprise: true }, ['icPudongKey', 'equipmentPudongKey', 'exactlyOneBillion']],
    ['no key enterprises', { keyEnterprise: false }, ['icMinhangSmall', 'bioMinhang', 'bareProfile']],
    ['key or not (null)', { keyEnterprise: null }, names],
    ['output value ≥ 10亿 (the bound itself is in)', { outputValueMin: 1_000_000_000 }, ['icPudongKey', 'equipmentPudongKey', 'exactlyOneBillion']],
    ['output value ≤ 10亿 (the bound itself is in; unknown is out)', { outputValueMax: 1_000_000_000 }, ['icMinhangSmall', 'bioMinhang', 'exactlyOneBillion']],
    ['an output band', { outputValueMin: 100_000_000, outputValueMax: 2_000_000_000 }, ['icPudongKey', 'bioMinhang', 'exactlyOneBillion']],
    ['a band nobody is in', { outputValueMin: 5_000_000_000 }, []],
  ])('%s', (_, criteria, expected) => {
    expect(reached(criteria)).toEqual(expected)
  })
})

describe('audience: "measure X is eligible or unknown"', () => {
  it.each<[string, string, Record<string, unknown>, boolean]>([
    // basic research: ≥ 1000万 of basic research (四)
    ['basic-research, eligible (6000万)', 'basic-research', { basicResearchInvestment: 60_000_000 }, true],
    ['basic-research, unknown (not stated)', 'basic-research', {}, true],
    ['basic-research, ineligible (500万)', 'basic-research', { basicResearchInvestment: 5_000_000 }, false],
    ['basic-research, the threshold itself (1000万)', 'basic-research', { basicResearchInvestment: 10_000_000 }, true],
    // an industry list (三)
    ['key-emerging-industries, eligible (高端装备)', 'key-emerging-industries', { industry: 'high-end-equipment' }, true],
    ['key-emerging-industries, unknown industry', 'key-emerging-industries', { district: 'pudong' }, true],
    ['key-emerging-industries, ineligible (集成电路)', 'key-emerging-industries', { industry: 'integrated-circuits' }, false],
    // a yes/no fact (八)
    ['green-factory, eligible', 'green-factory', { firstNationalGreenFactory: true }, true],
    ['green-factory, unknown', 'green-factory', {}, true],
    ['green-factory, ineligible', 'green-factory', { firstNationalGreenFactory: false }, false],
    ['green-factory, ineligible: first rated before the plan period', 'green-factory', { firstNationalGreenFactory: true, greenFactoryFirstRatedYear: 'before-2026' }, false],
    // alternatives (五): industry chain or technology field
    ['core-technology, eligible by industry', 'core-technology', { industry: 'integrated-circuits' }, true],
    ['core-technology, unknown: industry out, field not stated', 'core-technology', { industry: 'steel' }, true],
    // "……新型能源等前沿技术": an open list, a field not named is unknown (issue 23), so still concerned
    ['core-technology, concerned: a field not named (等)', 'core-technology', { industry: 'steel', technologyField: 'none' }, true],
    // several conditions (六): one known failure is enough to leave out
    ['chemical-projects, unknown (only the industry known)', 'chemical-projects', { industry: 'petrochemical' }, true],
    // any chemical producer, whatever its industry label (issue 23)
    ['chemical-projects, unknown (a biomedicine firm may produce chemicals)', 'chemical-projects', { industry: 'biomedicine' }, true],
    ['chemical-projects, ineligible (not a chemical producer)', 'chemical-projects', { industry: 'petrochemical', chemicalProducer: false }, false],
    ['chemical-projects, ineligible (one condition fails, others unknown)', 'chemical-projects', { industry: 'petrochemical', outsideChemicalPark: false }, false],
    // rules pending (四): announced where the condition holds, ineligible where it fails
    ['rd-growth-reward, announced', 'rd-growth-reward', { rdHighGrowth: true }, true],
    ['rd-growth-reward, ineligible', 'rd-growth-reward', { rdHighGrowth: false }, false],
    // a measure for every manufacturer
    ['digital-transformation, everyone', 'digital-transformation', {}, true],
  ])('%s → %s', (_, measureId, facts, expected) => {
    expect(measureConcerns(measureId, facts, ASOF)).toBe(expected)
    expect(inAudience({ facts, isKey: false }, { measureId }, ASOF)).toBe(expected)
  })

  it('outside the plan period nobody is concerned, whatever the facts', () => {
    expect(measureConcerns('digital-transformation', {}, '2029-01-01')).toBe(false)
    expect(measureConcerns('basic-research', { basicResearchInvestment: 200_000_000 }, '2025-12-31')).toBe(false)
    expect(reached({ measureId: 'basic-research' }, '2029-03-01')).toEqual([])
  })

  it('a stored fact of the wrong type counts as unknown, never as ineligible', () => {
    expect(measureConcerns('basic-research', { basicResearchInvestment: 'a lot' }, ASOF)).toBe(true)
  })

  it('on the profiles: eligible and unknown in, ineligible out', () => {
    // basic research: 6000万 (eligible), unknown ×4, 500万 (ineligible)
    expect(reached({ measureId: 'basic-research' })).toEqual(['icPudongKey', 'icMinhangSmall', 'equipmentPudongKey', 'bareProfile', 'exactlyOneBillion'])
  })
})

describe('audience: criteria combined (all must hold)', () => {
  it.each<[string, AudienceCriteria, string[]]>([
    ['集成电路 in 浦东', { industries: ['integrated-circuits'], districts: ['pudong'] }, ['icPudongKey']],
    ['集成电路, not key', { industries: ['integrated-circuits'], keyEnterprise: false }, ['icMinhangSmall']],
    ['闵行, output ≥ 1亿', { districts: ['minhang'], outputValueMin: 100_000_000 }, ['bioMinhang']],
    ['key, with basic research not ineligible', { keyEnterprise: true, measureId: 'basic-research' }, ['icPudongKey', 'equipmentPudongKey', 'exactlyOneBillion']],
    ['集成电路 or 生物医药, basic research not ineligible', { industries: ['integrated-circuits', 'biomedicine'], measureId: 'basic-research' }, ['icPudongKey', 'icMinhangSmall']],
    ['every criterion', { industries: ['integrated-circuits'], districts: ['pudong'], keyEnterprise: true, outputValueMin: 1_000_000_000, outputValueMax: 2_000_000_000, measureId: 'basic-research' }, ['icPudongKey']],
    ['contradictory: nobody', { industries: ['biomedicine'], districts: ['pudong'] }, []],
  ])('%s', (_, criteria, expected) => {
    expect(reached(criteria)).toEqual(expected)
  })
})

describe('audienceSql: the structural criteria as SQL (run against PostgreSQL in test/notices.spec.ts)', () => {
  it('is TRUE without criteria, and leaves the measure criterion to the engine', () => {
    expect(audienceSql({})).toEqual({ sql: 'TRUE', params: {} })
    expect(audienceSql({ measureId: 'basic-research' })).toEqual({ sql: 'TRUE', params: {} })
  })

  it('passes the caller’s codes and bounds as parameters, never inline', () => {
    const { sql, params } = audienceSql({ industries: ["x' OR 1=1 --"], districts: ['pudong'], keyEnterprise: true, outputValueMin: 1, outputValueMax: 2 }, 'e')
    expect(sql).not.toContain('OR 1=1')
    expect(params).toEqual({ aud_industries: ["x' OR 1=1 --"], aud_districts: ['pudong'], aud_key: true, aud_min: 1, aud_max: 2 })
    expect(sql).toContain(`e.facts->>'industry' = ANY(:aud_industries)`)
    expect(sql).toContain('e.is_key = :aud_key')
  })
})

describe('the measure criterion reads only the facts the measure reads', () => {
  it('names them from the rules package', () => {
    expect(measureFactNames('basic-research')).toEqual(['basicResearchInvestment'])
    expect(() => measureFactNames('no-such-measure')).toThrow(RangeError)
  })

  it('rebuilds the facts with absent (SQL NULL) values left out, and the engine gives the same answer as on the whole profile', () => {
    for (const [name, profile] of Object.entries(profiles)) {
      for (const measureId of ['basic-research', 'key-emerging-industries', 'core-technology', 'first-set-equipment']) {
        const names = measureFactNames(measureId)
        const partial = factsFromValues(names, names.map((n) => profile.facts[n] ?? null))
        expect(measureConcerns(measureId, partial, ASOF), `${name} × ${measureId}`).toBe(measureConcerns(measureId, profile.facts, ASOF))
      }
    }
    expect(factsFromValues(['a', 'b', 'c'], [1, null, false])).toEqual({ a: 1, c: false })
  })
})
