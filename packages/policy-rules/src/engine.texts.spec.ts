/**
 * The exact texts, traces and shared results of the compiled evaluator. The cases of
 * cases/measures.cases.ts check statuses and amounts; these lock the reason lines (zh and en) and
 * trace steps of every amount kind and condition outcome, so that the prepared-text evaluation
 * (prefix + value + suffix, lines prepared per date) keeps writing what the plain interpreter wrote.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEvaluator, evaluate, evaluateMeasure, FactTypeError, formatYuan, measures } from './index.js'
import { decimalText, yuanZh } from './format.js'
import type { AmountRange, Facts, FactName, Measure, Status, TraceStep } from './types.js'

const asOf = '2027-03-15'
const PERIOD_ZH = '贴息只计贷款在方案有效期内(至2028年12月31日)、自评估日或贷款起始日(取较晚者)起的月份'
const PERIOD_EN = 'Only the months of the loan inside the plan period (to 2028-12-31), from the evaluation date or the loan start, whichever is later, count'
const KEY_FIELDS_TEST =
  'in [integrated-circuits, biomedicine, artificial-intelligence, intelligent-connected-vehicles, high-end-equipment, advanced-materials, green-low-carbon, fashion-consumer, low-altitude, commercial-space, embodied-ai, bio-manufacturing, smart-terminals]'
const NO_SUM_ZH = '本条未明确资金标准'
const NO_SUM_EN = 'The clause states no funding standard'
const CORE_FIELDS = 'in [laser-manufacturing, quantum, photonics, functional-materials, new-energy, integrated-circuits, large-aircraft, high-end-equipment, instruments, industrial-software]'

interface TextCase {
  measure: string
  facts: Facts
  status: Status
  amount: AmountRange | null
  /** Checked as null unless given. */
  amountPerPerson?: AmountRange
  missing: FactName[]
  reasons: string[]
  reasonsEn: string[]
  /** Trace after the period step. */
  trace: TraceStep[]
}

const textCases: TextCase[] = [
  {
    measure: 'first-set-equipment',
    facts: { firstSetCertified: true, firstSetContractAmount: 12345678 },
    status: 'eligible',
    amount: { min: 0, max: 3703703 },
    missing: [],
    reasons: ['首台(套)/首批次认定：是', '金额：首台(套)销售合同金额1234.56万元的最高30%，不超过2000万元'],
    reasonsEn: ['First-set / first-batch recognition: yes', 'Amount: up to 30% of CNY 12.34M, at most CNY 20M'],
    trace: [{ fact: 'firstSetCertified', value: true, test: '= true', result: 'met' }],
  },
  {
    measure: 'first-set-equipment',
    facts: { firstSetCertified: false, firstSetContractAmount: 12345678 },
    status: 'ineligible',
    amount: null,
    missing: [],
    reasons: ['首台(套)/首批次认定：否'],
    reasonsEn: ['First-set / first-batch recognition: no'],
    trace: [{ fact: 'firstSetCertified', value: false, test: '= true', result: 'not-met' }],
  },
  {
    measure: 'first-set-equipment',
    facts: { firstSetCertified: true },
    status: 'eligible',
    amount: null,
    missing: ['firstSetContractAmount'],
    reasons: ['首台(套)/首批次认定：是', '金额待补充：首台(套)销售合同金额'],
    reasonsEn: ['First-set / first-batch recognition: yes', 'The amount needs: First-set sales contract amount'],
    trace: [{ fact: 'firstSetCertified', value: true, test: '= true', result: 'met' }],
  },
  {
    measure: 'first-set-equipment',
    facts: { firstSetContractAmount: 500000000 },
    status: 'unknown',
    amount: { min: 0, max: 20000000 },
    missing: ['firstSetCertified'],
    reasons: ['待补充：首台(套)/首批次认定', '金额：首台(套)销售合同金额5亿元的最高30%，不超过2000万元'],
    reasonsEn: ['Missing: First-set / first-batch recognition', 'Amount: up to 30% of CNY 500M, at most CNY 20M'],
    trace: [{ fact: 'firstSetCertified', value: null, test: '= true', result: 'unknown' }],
  },
  {
    measure: 'basic-research',
    facts: { basicResearchInvestment: 123456789 },
    status: 'eligible',
    amount: { min: 10000000, max: 10000000 },
    missing: [],
    reasons: ['基础研究投入为1.23亿元，满足“不低于1000万元”', '金额：达到1亿元档，补助1000万元'],
    reasonsEn: ['Basic-research investment is CNY 123.45M: meets "at least CNY 10M"', 'Amount: tier from CNY 100M, grant CNY 10M'],
    trace: [{ fact: 'basicResearchInvestment', value: 123456789, test: '≥ 10000000', result: 'met' }],
  },
  {
    measure: 'basic-research',
    facts: { basicResearchInvestment: 9999 },
    status: 'ineligible',
    amount: null,
    missing: [],
    reasons: ['基础研究投入为9999元，不满足“不低于1000万元”'],
    reasonsEn: ['Basic-research investment is CNY 9.99K: does not meet "at least CNY 10M"'],
    trace: [{ fact: 'basicResearchInvestment', value: 9999, test: '≥ 10000000', result: 'not-met' }],
  },
  {
    measure: 'basic-research',
    facts: {},
    status: 'unknown',
    amount: null,
    missing: ['basicResearchInvestment'],
    reasons: ['待补充：基础研究投入', '金额待补充：基础研究投入'],
    reasonsEn: ['Missing: Basic-research investment', 'The amount needs: Basic-research investment'],
    trace: [{ fact: 'basicResearchInvestment', value: null, test: '≥ 10000000', result: 'unknown' }],
  },
  {
    measure: 'tech-renovation',
    facts: { techRenovationFinancingCost: 25000000 },
    status: 'eligible',
    amount: { min: 0, max: 20000000 },
    missing: [],
    reasons: [
      '技术改造融资费用为2500万元，满足“大于0元”',
      '金额：最高为技术改造融资费用，累计不超过2000万元',
      '“累计支持最高不超过2000万元”是累计上限：本条已获得的支持计入这2000万元，本测算未扣除已获得的支持',
    ],
    reasonsEn: [
      'Technical-renovation financing cost is CNY 25M: meets "more than CNY 0"',
      'Amount: up to Technical-renovation financing cost, cumulative at most CNY 20M',
      '"Cumulative support at most CNY 20M" is a cumulative cap: support already received under this clause counts towards it, and this estimate does not deduct it',
    ],
    trace: [{ fact: 'techRenovationFinancingCost', value: 25000000, test: '> 0', result: 'met' }],
  },
  {
    measure: 'tech-renovation',
    facts: { techRenovationFinancingCost: 0 },
    status: 'ineligible',
    amount: null,
    missing: [],
    reasons: ['技术改造融资费用为0元，不满足“大于0元”'],
    reasonsEn: ['Technical-renovation financing cost is CNY 0: does not meet "more than CNY 0"'],
    trace: [{ fact: 'techRenovationFinancingCost', value: 0, test: '> 0', result: 'not-met' }],
  },
  {
    measure: 'energy-saving',
    facts: { energySavedTce: 1234.56 },
    status: 'eligible',
    amount: { min: 1234560, max: 2469120 },
    missing: [],
    reasons: ['节能量(吨标煤)为1234.56吨标煤，满足“大于0吨标煤”', '金额：按1000—2000元/吨标煤，最高1000万元'],
    reasonsEn: ['Energy saved (tce) is 1234.56 tce: meets "more than 0 tce"', 'Amount: CNY 1000–2000 per tce, at most CNY 10M'],
    trace: [{ fact: 'energySavedTce', value: 1234.56, test: '> 0', result: 'met' }],
  },
  {
    measure: 'energy-saving',
    facts: { energySavedTce: 0.125 },
    status: 'eligible',
    amount: { min: 125, max: 250 },
    missing: [],
    reasons: ['节能量(吨标煤)为0.125吨标煤，满足“大于0吨标煤”', '金额：按1000—2000元/吨标煤，最高1000万元'],
    reasonsEn: ['Energy saved (tce) is 0.125 tce: meets "more than 0 tce"', 'Amount: CNY 1000–2000 per tce, at most CNY 10M'],
    trace: [{ fact: 'energySavedTce', value: 0.125, test: '> 0', result: 'met' }],
  },
  {
    measure: 'energy-saving',
    facts: { energySavedTce: 0 },
    status: 'ineligible',
    amount: null,
    missing: [],
    reasons: ['节能量(吨标煤)为0吨标煤，不满足“大于0吨标煤”'],
    reasonsEn: ['Energy saved (tce) is 0 tce: does not meet "more than 0 tce"'],
    trace: [{ fact: 'energySavedTce', value: 0, test: '> 0', result: 'not-met' }],
  },
  {
    measure: 'talent-award',
    facts: { industry: 'integrated-circuits', talentAwardNominees: 3 },
    status: 'eligible',
    amount: null,
    amountPerPerson: { min: 0, max: 300000 },
    missing: [],
    reasons: ['所属产业为集成电路，属于本条所列范围', '支持申报人才专项奖励的人数为3人，满足“不低于1人”', '奖励：每位入选者最高30万元，归入选者本人，不是企业的资金，不计入企业可享资金合计', '申报不等于入选：是否入选、奖励多少以评审结果为准'],
    reasonsEn: [
      'Industry is Integrated circuits: named by this clause',
      'Number of talent-award applicants is 3: meets "at least 1"',
      "Award: up to CNY 300K for each selected person, paid to the person: not the enterprise's money, not in its total",
      'Applying is not being selected: selection and the award are decided by the review',
    ],
    trace: [
      { fact: 'industry', value: 'integrated-circuits', test: KEY_FIELDS_TEST, result: 'met' },
      { fact: 'talentAwardNominees', value: 3, test: '≥ 1', result: 'met' },
    ],
  },
  {
    // 重点领域: an open list; outside it the bureaus decide (unknown, with no fact to ask).
    measure: 'talent-introduction',
    facts: { industry: 'other' },
    status: 'unknown',
    amount: null,
    missing: [],
    reasons: [
      '所属产业为其他制造业，不在本条列举的范围(集成电路、生物医药、人工智能、智能网联新能源汽车、高端装备、先进材料、绿色低碳、时尚消费品、低空经济、商业航天、具身智能、生物制造、智能终端)；本条列举以“等”结尾，是否属于由责任单位认定',
      NO_SUM_ZH,
    ],
    reasonsEn: [
      'Industry is Other manufacturing: not among Integrated circuits, Biomedicine, Artificial intelligence, Intelligent connected new-energy vehicles, High-end equipment, Advanced materials, Green and low-carbon, Fashion consumer goods, Low-altitude economy, Commercial space, Embodied AI, Bio-manufacturing, Smart terminals; the clause\'s list ends with "etc.", so the bureaus decide',
      NO_SUM_EN,
    ],
    trace: [{ fact: 'industry', value: 'other', test: KEY_FIELDS_TEST, result: 'unknown' }],
  },
  {
    measure: 'stocking-loan-subsidy',
    facts: { keyIndustrialChain: true, stockingLoanAmount: 87654321, stockingLoanTermMonths: 7, stockingLoanStart: '2027-03' },
    status: 'eligible',
    amount: { min: 409053, max: 664711 },
    missing: [],
    reasons: [
      '属于重点产业链或产业链核心环节：是',
      '备货贷款金额为8765.43万元，满足“大于0元”',
      '金额：备货贷款金额×0.8%—1.3%(年贴息率)×计入的月数(2028-12-31前、自2027-03或贷款起始年月起)7个月÷12，向下取整',
      PERIOD_ZH,
    ],
    reasonsEn: [
      'In a key industrial chain or its core links: yes',
      'Stocking-loan principal is CNY 87.65M: meets "more than CNY 0"',
      'Amount: Stocking-loan principal × 0.8%–1.3% (yearly) × 7 months (months inside the period to 2028-12-31, from 2027-03 or the start) ÷ 12, rounded down',
      PERIOD_EN,
    ],
    trace: [
      { fact: 'keyIndustrialChain', value: true, test: '= true', result: 'met' },
      { fact: 'stockingLoanAmount', value: 87654321, test: '> 0', result: 'met' },
    ],
  },
  {
    measure: 'stocking-loan-subsidy',
    facts: { keyIndustrialChain: true, stockingLoanAmount: 87654321, stockingLoanTermMonths: 7 },
    status: 'eligible',
    amount: null,
    missing: ['stockingLoanStart'],
    reasons: ['属于重点产业链或产业链核心环节：是', '备货贷款金额为8765.43万元，满足“大于0元”', '金额待补充：备货贷款起始年月(只计贷款在方案有效期内、评估日以后的月份)', PERIOD_ZH],
    reasonsEn: [
      'In a key industrial chain or its core links: yes',
      'Stocking-loan principal is CNY 87.65M: meets "more than CNY 0"',
      "The amount needs: Stocking-loan start month (only the loan's months inside the plan period, from the evaluation date, count)",
      PERIOD_EN,
    ],
    trace: [
      { fact: 'keyIndustrialChain', value: true, test: '= true', result: 'met' },
      { fact: 'stockingLoanAmount', value: 87654321, test: '> 0', result: 'met' },
    ],
  },
  {
    measure: 'stocking-loan-subsidy',
    facts: { keyIndustrialChain: true, stockingLoanAmount: 87654321, stockingLoanStart: '2027-03' },
    status: 'eligible',
    amount: null,
    missing: ['stockingLoanTermMonths'],
    reasons: ['属于重点产业链或产业链核心环节：是', '备货贷款金额为8765.43万元，满足“大于0元”', '金额待补充：备货贷款期限(贴息率为年率，金额取决于贷款期限)', PERIOD_ZH],
    reasonsEn: [
      'In a key industrial chain or its core links: yes',
      'Stocking-loan principal is CNY 87.65M: meets "more than CNY 0"',
      'The amount needs: Stocking-loan term (the rate is yearly: the amount depends on the term)',
      PERIOD_EN,
    ],
    trace: [
      { fact: 'keyIndustrialChain', value: true, test: '= true', result: 'met' },
      { fact: 'stockingLoanAmount', value: 87654321, test: '> 0', result: 'met' },
    ],
  },
  {
    measure: 'stocking-loan-subsidy',
    facts: {},
    status: 'unknown',
    amount: null,
    missing: ['keyIndustrialChain', 'stockingLoanAmount', 'stockingLoanTermMonths', 'stockingLoanStart'],
    reasons: ['待补充：属于重点产业链或产业链核心环节', '待补充：备货贷款金额', '金额待补充：备货贷款金额、备货贷款期限、备货贷款起始年月', PERIOD_ZH],
    reasonsEn: [
      'Missing: In a key industrial chain or its core links',
      'Missing: Stocking-loan principal',
      'The amount needs: Stocking-loan principal, Stocking-loan term, Stocking-loan start month',
      PERIOD_EN,
    ],
    trace: [
      { fact: 'keyIndustrialChain', value: null, test: '= true', result: 'unknown' },
      { fact: 'stockingLoanAmount', value: null, test: '> 0', result: 'unknown' },
    ],
  },
  {
    measure: 'rd-growth-reward',
    facts: { rdHighGrowth: true },
    status: 'announced',
    amount: null,
    missing: [],
    reasons: ['研发费用连续高增长：是', '本项支持已公布、细则尚在研究制定：条件和金额以正式出台的办法为准，目前不能申请，也不计入企业可享资金'],
    reasonsEn: [
      'Sustained high R&D growth: yes',
      'Announced, rules pending: conditions and amount come with the rules still being drawn up; nothing to apply for yet, and not counted in the total',
    ],
    trace: [{ fact: 'rdHighGrowth', value: true, test: '= true', result: 'met' }],
  },
  {
    measure: 'core-technology',
    facts: { industry: 'artificial-intelligence', technologyField: 'quantum' },
    status: 'eligible',
    amount: null,
    missing: [],
    reasons: ['主要技术领域为量子，属于本条所列范围', NO_SUM_ZH],
    reasonsEn: ['Main technology field is Quantum: named by this clause', NO_SUM_EN],
    trace: [
      { fact: 'industry', value: 'artificial-intelligence', test: 'in [integrated-circuits, high-end-equipment]', result: 'not-met', alternative: true },
      { fact: 'technologyField', value: 'quantum', test: CORE_FIELDS, result: 'met', alternative: true },
    ],
  },
  {
    measure: 'core-technology',
    facts: { industry: 'fashion-consumer' },
    status: 'unknown',
    amount: null,
    missing: ['technologyField'],
    reasons: ['满足以下任一条件即可：所属产业为时尚消费品，不在本条所列范围(集成电路、高端装备)；待补充：主要技术领域', NO_SUM_ZH],
    reasonsEn: [
      'Any one of these is enough: Industry is Fashion consumer goods: not among Integrated circuits, High-end equipment; Missing: Main technology field',
      NO_SUM_EN,
    ],
    trace: [
      { fact: 'industry', value: 'fashion-consumer', test: 'in [integrated-circuits, high-end-equipment]', result: 'not-met', alternative: true },
      { fact: 'technologyField', value: null, test: CORE_FIELDS, result: 'unknown', alternative: true },
    ],
  },
  {
    // "……新型能源等前沿技术", "……工业软件等重点产业链": open lists, a field not named is for the bureaus.
    measure: 'core-technology',
    facts: { industry: 'advanced-materials', technologyField: 'none' },
    status: 'unknown',
    amount: null,
    missing: [],
    reasons: [
      '满足以下任一条件即可：所属产业为先进材料，不在本条所列范围(集成电路、高端装备)；主要技术领域为以上都不是，不在本条列举的范围(激光制造、量子、光子、新型功能材料、新型能源、集成电路、大飞机、高端装备、仪器仪表、工业软件)；本条列举以“等”结尾，是否属于由责任单位认定',
      NO_SUM_ZH,
    ],
    reasonsEn: [
      'Any one of these is enough: Industry is Advanced materials: not among Integrated circuits, High-end equipment; Main technology field is None of these: not among Laser manufacturing, Quantum, Photonics, New functional materials, New energy, Integrated circuits, Large aircraft, High-end equipment, Instruments and meters, Industrial software; the clause\'s list ends with "etc.", so the bureaus decide',
      NO_SUM_EN,
    ],
    trace: [
      { fact: 'industry', value: 'advanced-materials', test: 'in [integrated-circuits, high-end-equipment]', result: 'not-met', alternative: true },
      { fact: 'technologyField', value: 'none', test: CORE_FIELDS, result: 'unknown', alternative: true },
    ],
  },
  {
    measure: 'chemical-projects',
    facts: { chemicalProducer: true, outsideChemicalPark: false },
    status: 'ineligible',
    amount: null,
    missing: [],
    // The facts still unknown would change nothing: their lines are left out, the trace shows them.
    reasons: ['化工生产企业：是', '位于化工园区外：否'],
    reasonsEn: ['Chemical producer: yes', 'Outside a chemical park: no'],
    trace: [
      { fact: 'chemicalProducer', value: true, test: '= true', result: 'met' },
      { fact: 'outsideChemicalPark', value: false, test: '= true', result: 'not-met' },
      { fact: 'existingChemicalPlant', value: null, test: '= true', result: 'unknown' },
      { fact: 'chemicalProjectFitsZoning', value: null, test: '= true', result: 'unknown' },
      { fact: 'chemicalProjectNoNewLand', value: null, test: '= true', result: 'unknown' },
      { fact: 'chemicalProjectNoAddedRisk', value: null, test: '= true', result: 'unknown' },
    ],
  },
  {
    measure: 'leading-industries',
    facts: { industry: 'steel', district: 'pudong' },
    status: 'ineligible',
    amount: null,
    missing: [],
    reasons: ['所属产业为钢铁，不在本条所列范围(集成电路、生物医药、人工智能、生物制造)'],
    reasonsEn: ['Industry is Steel: not among Integrated circuits, Biomedicine, Artificial intelligence, Bio-manufacturing'],
    trace: [
      { fact: 'industry', value: 'steel', test: 'in [integrated-circuits, biomedicine, artificial-intelligence, bio-manufacturing]', result: 'not-met' },
      { fact: 'industry', value: 'steel', test: 'in [integrated-circuits, biomedicine, bio-manufacturing]', result: 'not-met', alternative: true },
      { fact: 'aiComputingChips', value: null, test: '= true', result: 'unknown', alternative: true },
    ],
  },
  {
    measure: 'leading-industries',
    facts: { industry: 'biomedicine' },
    status: 'eligible',
    amount: null,
    missing: [],
    reasons: ['所属产业为生物医药，属于本条所列范围', NO_SUM_ZH],
    reasonsEn: ['Industry is Biomedicine: named by this clause', NO_SUM_EN],
    trace: [
      { fact: 'industry', value: 'biomedicine', test: 'in [integrated-circuits, biomedicine, artificial-intelligence, bio-manufacturing]', result: 'met' },
      { fact: 'industry', value: 'biomedicine', test: 'in [integrated-circuits, biomedicine, bio-manufacturing]', result: 'met', alternative: true },
      { fact: 'aiComputingChips', value: null, test: '= true', result: 'unknown', alternative: true },
    ],
  },
  {
    // For AI the clause names only 推动高性能智算芯片加快发展: the chips are asked.
    measure: 'leading-industries',
    facts: { industry: 'artificial-intelligence' },
    status: 'unknown',
    amount: null,
    missing: ['aiComputingChips'],
    reasons: ['所属产业为人工智能，属于本条所列范围', '满足以下任一条件即可：所属产业为人工智能，不在本条所列范围(集成电路、生物医药、生物制造)；待补充：高性能智算芯片', NO_SUM_ZH],
    reasonsEn: [
      'Industry is Artificial intelligence: named by this clause',
      'Any one of these is enough: Industry is Artificial intelligence: not among Integrated circuits, Biomedicine, Bio-manufacturing; Missing: High-performance AI computing chips',
      NO_SUM_EN,
    ],
    trace: [
      { fact: 'industry', value: 'artificial-intelligence', test: 'in [integrated-circuits, biomedicine, artificial-intelligence, bio-manufacturing]', result: 'met' },
      { fact: 'industry', value: 'artificial-intelligence', test: 'in [integrated-circuits, biomedicine, bio-manufacturing]', result: 'not-met', alternative: true },
      { fact: 'aiComputingChips', value: null, test: '= true', result: 'unknown', alternative: true },
    ],
  },
]

describe('reason lines and traces', () => {
  it.each(textCases.map((c) => [`${c.measure} ${JSON.stringify(c.facts)}`, c] as const))('%s', (_name, c) => {
    const e = evaluateMeasure(c.measure, c.facts, { asOf, reasonsEn: true })
    expect(e.status).toBe(c.status)
    expect(e.amount).toEqual(c.amount)
    expect(e.amountPerPerson).toEqual(c.amountPerPerson ?? null)
    expect(e.missing).toEqual(c.missing)
    expect(e.reasons).toEqual(c.reasons)
    expect(e.reasonsEn).toEqual(c.reasonsEn)
    expect(e.trace.slice(1)).toEqual(c.trace)
    // The zh-only evaluation writes the same zh lines.
    const zh = evaluateMeasure(c.measure, c.facts, { asOf })
    expect(zh.reasons).toEqual(c.reasons)
    expect(zh.reasonsEn).toBeUndefined()
  })

  it('tiers with equal amounts: the line names the lowest such tier; below every tier uses a 0 tier if any', () => {
    const defs: Measure[] = JSON.parse(JSON.stringify(measures))
    const br = defs.find((m) => m.id === 'basic-research')!
    br.params.tiers![0]!.value = [
      { gte: 100_000_000, amount: 5_000_000 },
      { gte: 50_000_000, amount: 5_000_000 },
      { gte: 20_000_000, amount: 0 },
    ]
    const ev = createEvaluator(defs)
    const at = (v: number) => {
      const e = ev.evaluateMeasure('basic-research', { basicResearchInvestment: v }, { asOf, reasonsEn: true })
      return [e.amount, e.reasons[1], e.reasonsEn![1]]
    }
    expect(at(150_000_000)).toEqual([{ min: 5_000_000, max: 5_000_000 }, '金额：达到5000万元档，补助500万元', 'Amount: tier from CNY 50M, grant CNY 5M'])
    expect(at(60_000_000)).toEqual([{ min: 5_000_000, max: 5_000_000 }, '金额：达到5000万元档，补助500万元', 'Amount: tier from CNY 50M, grant CNY 5M'])
    expect(at(30_000_000)).toEqual([{ min: 0, max: 0 }, '金额：达到2000万元档，补助0元', 'Amount: tier from CNY 20M, grant CNY 0'])
    expect(at(15_000_000)).toEqual([{ min: 0, max: 0 }, '金额：达到2000万元档，补助0元', 'Amount: tier from CNY 20M, grant CNY 0'])
  })

  it('several conditions: each is traced and explained in order; missing facts are listed once', () => {
    const defs: Measure[] = JSON.parse(JSON.stringify(measures))
    const es = defs.find((m) => m.id === 'energy-saving')!
    es.conditions = [
      { kind: 'gte', fact: 'annualOutputValue', value: 1_000_000 },
      { kind: 'in', fact: 'industry', values: ['steel', 'other'] },
      { kind: 'lt', fact: 'energySavedTce', value: 5000 },
    ]
    const ev = createEvaluator(defs)
    const e = ev.evaluateMeasure('energy-saving', { annualOutputValue: 2_500_000, industry: 'steel' }, { asOf })
    expect(e.status).toBe('unknown')
    expect(e.missing).toEqual(['energySavedTce'])
    expect(e.reasons).toEqual(['年产值为250万元，满足“不低于100万元”', '所属产业为钢铁，属于本条所列范围', '待补充：节能量(吨标煤)', '金额待补充：节能量(吨标煤)'])
    expect(e.trace.slice(1).map((t) => t.result)).toEqual(['met', 'met', 'unknown'])
    const no = ev.evaluateMeasure('energy-saving', { annualOutputValue: 2_500_000, industry: 'biomedicine', energySavedTce: 12.5 }, { asOf })
    expect(no.status).toBe('ineligible')
    expect(no.reasons[1]).toMatch(/^所属产业为生物医药，不在本条所列范围\(/)
    expect(no.reasons[2]).toBe('节能量(吨标煤)为12.5吨标煤，满足“低于5000吨标煤”')
  })
})

describe('shared results', () => {
  it('when every number a measure reads is unknown, its result is shared and frozen; otherwise fresh', () => {
    const a = evaluateMeasure('basic-research', { district: 'xuhui' }, { asOf })
    const b = evaluateMeasure('basic-research', { district: 'pudong', industry: 'steel' }, { asOf })
    expect(a).toBe(b)
    expect(Object.isFrozen(a) && Object.isFrozen(a.trace) && Object.isFrozen(a.reasons) && Object.isFrozen(a.trace[1])).toBe(true)
    const c = evaluateMeasure('basic-research', { basicResearchInvestment: 1 }, { asOf })
    const d = evaluateMeasure('basic-research', { basicResearchInvestment: 1 }, { asOf })
    expect(c).not.toBe(d)
    expect(c).toEqual(d)
    expect(Object.isFrozen(c)).toBe(false)
  })

  it('a shared result still depends on the codes and yes/no facts the measure reads', () => {
    const yes = evaluateMeasure('first-set-equipment', { firstSetCertified: true, district: 'pudong' }, { asOf })
    const no = evaluateMeasure('first-set-equipment', { firstSetCertified: false, district: 'pudong' }, { asOf })
    const elsewhere = evaluateMeasure('first-set-equipment', { firstSetCertified: true, district: 'xuhui' }, { asOf })
    expect([yes.status, no.status]).toEqual(['eligible', 'ineligible'])
    expect(yes.bureaus).toEqual(['sheitc', 'gov-pudong'])
    expect(elsewhere.bureaus).toEqual(['sheitc', 'gov-xuhui'])
    const withAmount = evaluateMeasure('first-set-equipment', { firstSetCertified: true, firstSetContractAmount: 1e6, district: 'pudong' }, { asOf })
    expect(withAmount.amount).toEqual({ min: 0, max: 300_000 })
    expect(withAmount.bureaus).toEqual(['sheitc', 'gov-pudong'])
  })

  it('evaluate() and evaluateMeasure() agree for every measure on many profiles', () => {
    const profiles: Facts[] = [
      { district: 'jingan', industry: 'embodied-ai', firstSetCertified: true, energySavedTce: 0.07, stockingLoanAmount: 123 },
      { industry: 'petrochemical', outsideChemicalPark: true, existingChemicalPlant: true, technologyField: 'new-energy', stockingLoanAmount: 5e7, stockingLoanTermMonths: 9 },
      { industry: 'other', technologyField: 'none', talentAwardNominees: 4, rdHighGrowth: true, chemicalProjectNoNewLand: false },
    ]
    for (const facts of profiles) {
      const all = evaluate(facts, { asOf })
      for (const e of all) expect(evaluateMeasure(e.measureId, facts, { asOf })).toEqual(e)
    }
  })
})

describe('reading facts', () => {
  it('names the first wrongly typed fact in definition order', () => {
    const bad = { rdHighGrowth: 'yes', district: 'nowhere', revenue: -5 } as unknown as Facts
    expect(() => evaluate(bad, { asOf })).toThrow(FactTypeError)
    try {
      evaluate(bad, { asOf })
    } catch (e) {
      expect((e as FactTypeError).field).toBe('district')
    }
    expect(() => evaluate({ energySavedTce: 1e8 + 1 }, { asOf })).toThrow(/energySavedTce/)
    expect(() => evaluate({ energySavedTce: -0.5 }, { asOf })).toThrow(/energySavedTce/)
    expect(() => evaluate({ technologyField: 'steel' }, { asOf })).toThrow(/technologyField/)
    expect(evaluate({ energySavedTce: 1e8, district: null, rdHighGrowth: null } as unknown as Facts, { asOf })).toHaveLength(measures.length)
  })
})

describe('fast formatting', () => {
  it('yuanZh(n) is formatYuan(n, "zh")', () => {
    for (const n of [0, 1, 9_999, 10_000, 10_001, 12_345, 99_999_999, 100_000_000, 123_456_789, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      expect(yuanZh(n)).toBe(formatYuan(n, 'zh'))
    }
    fc.assert(fc.property(fc.maxSafeNat(), (n) => yuanZh(n) === formatYuan(n, 'zh')))
  })

  it('decimalText(v) is String(v) for every quantity of tonnes', () => {
    for (const v of [0, -0, 0.01, 0.07, 0.1, 0.125, 0.29, 1, 1.005, 1234.56, 5000.001, 1e-7, 999_999_999_999.99, 1e12]) {
      expect(decimalText(v)).toBe(String(v))
    }
    fc.assert(fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (v) => decimalText(v) === String(v)))
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (c) => decimalText(c / 100) === String(c / 100)))
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000 }), (c) => decimalText(c / 1000) === String(c / 1000)))
  })
})
