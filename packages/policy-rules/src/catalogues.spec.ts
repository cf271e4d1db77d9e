import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogues, factDefinitions, measures, validateFacts } from './index.js'

const REQUIRED_BUREAUS = ['sheitc', 'stcsm', 'sasac', 'commerce', 'ecology', 'talent', 'hrss', 'planning', 'finance', 'nfra-sh', 'csrc-sh', 'transport', 'emergency', 'police', 'ndrc', 'comms']
const REQUIRED_MEASURES = ['first-set-equipment', 'basic-research', 'rd-growth-reward', 'tech-renovation', 'energy-saving', 'green-factory', 'talent-award', 'stocking-loan-subsidy', 'traditional-industries-upgrade', 'rd-centres-open-innovation', 'chemical-projects', 'retained-earnings-reinvestment', 'carbon-footprint-esg', 'core-technology']
const REQUIRED_FACTS = [
  'district', 'industry', 'technologyField', 'annualOutputValue', 'revenue', 'rdExpense', 'basicResearchInvestment', 'aboveDesignatedSize',
  'firstSetCertified', 'firstSetContractAmount', 'techRenovationFinancingCost', 'outsideChemicalPark', 'existingChemicalPlant',
  'chemicalProjectFitsZoning', 'chemicalProjectNoNewLand', 'chemicalProjectNoAddedRisk', 'energySavedTce', 'firstNationalGreenFactory',
  'talentAwardNominees', 'stockingLoanAmount', 'stockingLoanTermMonths', 'rdHighGrowth',
  // issue 23
  'pilotPlatform', 'chemicalProducer', 'aiComputingChips', 'greenFactoryFirstRatedYear', 'keyIndustrialChain', 'stockingLoanStart',
]

const unique = (xs: string[]) => new Set(xs).size === xs.length

describe('catalogues', () => {
  it('has the 18 industries, 16 districts and the 10 technology fields of (五) (and "none"), with zh/en names', () => {
    expect(catalogues.industries).toHaveLength(18)
    expect(catalogues.districts).toHaveLength(16)
    expect(catalogues.technologyFields.map((t) => t.zh)).toEqual(['激光制造', '量子', '光子', '新型功能材料', '新型能源', '集成电路', '大飞机', '高端装备', '仪器仪表', '工业软件', '以上都不是'])
    for (const c of [...catalogues.industries, ...catalogues.districts, ...catalogues.technologyFields]) {
      expect(c.zh.length).toBeGreaterThan(0)
      expect(c.en.length).toBeGreaterThan(0)
    }
    for (const list of [catalogues.industries, catalogues.districts, catalogues.technologyFields]) expect(unique(list.map((i) => i.code))).toBe(true)
  })

  it('knows the demo associations of the realm, each addressing known industries', () => {
    expect(catalogues.associations.map((a) => a.code)).toEqual(['sh-ic-association', 'sh-biomedicine-association'])
    expect(catalogues.associations.map((a) => a.zh)).toEqual(['上海市集成电路行业协会', '上海市生物医药行业协会'])
    const industries = new Set<string>(catalogues.industries.map((i) => i.code))
    for (const a of catalogues.associations) for (const i of a.industries) expect(industries.has(i)).toBe(true)
  })

  it('has the required bureaus and one government per district', () => {
    const codes = catalogues.bureaus.map((b) => b.code)
    expect(unique(codes)).toBe(true)
    for (const c of REQUIRED_BUREAUS) expect(codes).toContain(c)
    expect(catalogues.bureaus.filter((b) => b.kind === 'district')).toHaveLength(16)
    expect(catalogues.bureaus.find((b) => b.code === 'nfra-sh')!.kind).toBe('central-sh')
    expect(catalogues.bureaus.find((b) => b.code === 'gov-pudong')!.zh).toBe('浦东新区人民政府')
  })

  it('names every bureau and association the realm gives a user (the apps show names, never codes)', () => {
    const realm = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../infra/keycloak/realm-servicepack.json'), 'utf8')) as {
      users: { attributes?: Record<string, string[]> }[]
    }
    const given = (attribute: string) => realm.users.flatMap((u) => u.attributes?.[attribute] ?? [])
    expect(given('association').length).toBeGreaterThan(0)
    for (const code of given('bureau')) expect(catalogues.bureaus.map((b) => b.code), code).toContain(code)
    for (const code of given('association')) expect(catalogues.associations.map((a) => a.code), code).toContain(code)
    const industries = new Set<string>(catalogues.industries.map((i) => i.code))
    for (const a of catalogues.associations) {
      expect(a.zh.length * a.en.length).toBeGreaterThan(0)
      for (const i of a.industries) expect(industries.has(i), `${a.code} → ${i}`).toBe(true)
    }
  })

  it('routes every appeal category to known bureaus and clauses', () => {
    const codes = new Set(catalogues.bureaus.map((b) => b.code))
    expect(unique(catalogues.appealCategories.map((c) => c.code))).toBe(true)
    for (const zh of ['用地', '用工', '人才', '融资', '技改', '研发', '节能', '物流', '用能/网络', '市场开拓', '政策咨询', '其他']) {
      expect(catalogues.appealCategories.map((c) => c.zh)).toContain(zh)
    }
    for (const c of catalogues.appealCategories) {
      expect(codes.has(c.lead), c.code).toBe(true)
      for (const a of c.assisting) expect(codes.has(a), `${c.code} → ${a}`).toBe(true)
      expect(c.assisting).not.toContain(c.lead)
      expect(c.clauses.length).toBeGreaterThan(0)
    }
    expect(catalogues.appealCategories.find((c) => c.code === 'land')!.lead).toBe('planning')
    expect(catalogues.appealCategories.find((c) => c.code === 'labour')!.lead).toBe('hrss')
    expect(catalogues.appealCategories.find((c) => c.code === 'financing')!.lead).toBe('finance')
  })

  it('a measure routes to a category of its own clause, whose bureaus are exactly the ones the clause names', () => {
    for (const m of measures) {
      const cat = catalogues.appealCategories.find((c) => c.code === m.appealCategory)!
      expect(cat, m.id).toBeDefined()
      expect(cat.clauses, m.id).toContain(m.reference.clause)
      expect([cat.lead, ...cat.assisting].sort(), m.id).toEqual([...m.bureaus].sort())
      // and the category's lead is the measure's lead: the first bureau its clause names (issue 23)
      expect(cat.lead, m.id).toBe(m.bureaus[0])
      expect(cat.districtGovernment, m.id).toBe(m.districtGovernments)
    }
  })

  it.each([
    // (二) 市经济信息化委、市科委; (三) 市经济信息化委、各区政府; (五) 市经济信息化委
    ['leading-industries', 'sheitc', ['stcsm'], false],
    ['key-emerging-industries', 'sheitc', [], true],
    ['core-technology', 'sheitc', [], false],
    // (九) 市经济信息化委、市人才局: the 人才 category is led by 市经济信息化委, as the measure is
    ['talent-introduction', 'sheitc', ['talent'], false],
    ['talent-award', 'sheitc', ['talent'], false],
  ])('appeals about %s go to the bureaus its clause names', (id, lead, assisting, district) => {
    const m = measures.find((x) => x.id === id)!
    const cat = catalogues.appealCategories.find((c) => c.code === m.appealCategory)!
    expect([cat.lead, cat.assisting, cat.districtGovernment]).toEqual([lead, assisting, district])
    expect(cat.clauses).toEqual([m.reference.clause])
  })
})

describe('measures', () => {
  it('has unique ids, including every required one, each citing the plan', () => {
    const ids = measures.map((m) => m.id)
    expect(unique(ids)).toBe(true)
    for (const id of REQUIRED_MEASURES) expect(ids).toContain(id)
    for (const m of measures) {
      expect(m.reference.document).toBe('沪府办规〔2025〕20号')
      expect(m.period).toEqual({ from: '2026-01-01', to: '2028-12-31' })
    }
  })

  it('covers every clause with a support measure', () => {
    const clauses = new Set(measures.map((m) => m.reference.clause))
    for (const c of ['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)', '(十一)', '(十二)', '(十三)', '(十四)', '(十五)', '(十六)', '(十七)']) {
      expect(clauses.has(c), c).toBe(true)
    }
  })

  it('is JSON-serialisable', () => {
    expect(JSON.parse(JSON.stringify(measures))).toEqual(measures)
  })
})

describe('facts', () => {
  it('every fact is read by a measure, or says what the product uses it for, or is retired (and then read by none)', () => {
    const read = new Set<string>()
    for (const m of measures) {
      for (const c of m.conditions) for (const s of c.kind === 'anyOf' ? c.conditions : [c]) read.add(s.fact)
      if ('fact' in m.amount) read.add(m.amount.fact)
      if (m.amount.kind === 'interestSubsidy') read.add(m.amount.termMonthsFact)
      if (m.amount.kind === 'interestSubsidy' && m.amount.startMonthFact) read.add(m.amount.startMonthFact)
      // the district names the district government among the bureaus (各区政府)
      if (m.districtGovernments) read.add('district')
    }
    const use = (f: (typeof factDefinitions)[number]) => (f.retired ? 'retired' : read.has(f.name) ? 'measure' : f.purpose ? 'product' : 'nothing')
    const uses = Object.fromEntries(factDefinitions.map((f) => [f.name, use(f)]))
    expect(Object.entries(uses).filter(([, u]) => u === 'nothing')).toEqual([])
    // the key-enterprise flag (重点企业, ≥ 10亿元) reads the output value; the others no one reads
    expect(Object.entries(uses).filter(([, u]) => u !== 'measure')).toEqual([
      ['annualOutputValue', 'product'],
      ['revenue', 'retired'],
      ['rdExpense', 'retired'],
      ['aboveDesignatedSize', 'retired'],
    ])
    for (const f of factDefinitions.filter((x) => x.retired)) expect(read.has(f.name), f.name).toBe(false)
  })

  it('defines the required facts with labels, questions and help in both languages', () => {
    expect(factDefinitions.map((f) => f.name).sort()).toEqual([...REQUIRED_FACTS].sort())
    for (const f of factDefinitions) {
      for (const t of [f.label, f.question, f.help]) {
        expect(t.zh.length).toBeGreaterThan(0)
        expect(t.en.length).toBeGreaterThan(0)
      }
      if (f.type === 'code') expect(f.catalogue).toBeDefined()
    }
  })

  it('validateFacts accepts well-typed facts and names every wrong field', () => {
    expect(validateFacts({})).toEqual({ ok: true })
    expect(validateFacts({ district: 'pudong', industry: 'steel', revenue: 0, energySavedTce: 1.5, rdHighGrowth: null, other: 'x' })).toEqual({ ok: true })
    const r = validateFacts({ district: 'Pudong', revenue: '5', firstSetCertified: 1, talentAwardNominees: -1, energySavedTce: -0.5, technologyField: 'steel' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors.map((e) => e.field).sort()).toEqual(['district', 'energySavedTce', 'firstSetCertified', 'revenue', 'talentAwardNominees', 'technologyField'])
      expect(r.errors.find((e) => e.field === 'district')!.message).toContain('unknown districts code "Pudong"')
      expect(r.errors.find((e) => e.field === 'technologyField')!.message).toContain('unknown technologyFields code "steel"')
    }
    expect(validateFacts(null)).toEqual({ ok: false, errors: [{ field: '', message: 'facts must be an object' }] })
    expect(validateFacts([1])).toMatchObject({ ok: false })
  })
})
