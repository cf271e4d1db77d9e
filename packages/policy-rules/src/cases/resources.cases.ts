/** Cases of 五、实施资源要素支撑行动: clauses (九)–(十七). */
import { M, r, type MeasureCases } from './case.js'

const MAX_YUAN = 10_000_000_000_000
/** In a key industrial chain, loan starting in the default evaluation month (2026-06). */
const KEY = { keyIndustrialChain: true, stockingLoanStart: '2026-06' } as const

export const resourceCases: MeasureCases[] = [
  {
    measure: 'talent-introduction',
    text: '支持重点领域企业引育高精尖紧缺人才，符合条件的优先推荐申报国家和我市人才培育计划，并对入选者及其团队予以支持。将符合条件的企业推荐纳入人才引进重点机构，为企业引进急需紧缺人才提供落户保障。',
    eligible: { industry: 'integrated-circuits' },
    cases: [
      { name: 'a key field (integrated circuits, 先导产业 of (二))', facts: { industry: 'integrated-circuits' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc', 'talent'] } },
      { name: 'a key field (low-altitude, 新兴产业 of (三))', facts: { industry: 'low-altitude' }, expected: { status: 'eligible' } },
      {
        name: 'outside the key fields (other manufacturing): unknown for the bureaus, not eligible and not 暂不符合',
        facts: { industry: 'other' },
        expected: { status: 'unknown', amount: null, missing: [], reasonsInclude: ['是否属于由责任单位认定'] },
      },
      { name: 'outside the key fields (steel): unknown', facts: { industry: 'steel' }, expected: { status: 'unknown' } },
      { name: 'no facts: unknown, never eligible', facts: {}, expected: { status: 'unknown', missing: ['industry'] } },
      { name: 'the text says nothing of money: 本条未明确资金标准', facts: { industry: 'biomedicine' }, expected: { status: 'eligible', amount: null, reasonsInclude: ['本条未明确资金标准'] } },
    ],
  },
  {
    measure: 'talent-award',
    text: '鼓励企业支持相关人才申报重点产业领域人才专项奖励，每人最高奖励不超过30万元。(责任单位：市经济信息化委、市人才局)',
    eligible: { industry: 'integrated-circuits', talentAwardNominees: 2 },
    cases: [
      {
        name: '1 person supported: up to 30万 for that person if selected, none of it the enterprise’s',
        facts: { industry: 'integrated-circuits', talentAwardNominees: 1 },
        expected: { status: 'eligible', amount: null, amountPerPerson: r(0, 300_000), missing: [], reasonsInclude: ['每位入选者最高30万元', '不计入企业可享资金合计', '申报不等于入选'] },
      },
      { name: '7 people: still up to 30万 per selected person, never 7 × 30万 for the enterprise', facts: { industry: 'biomedicine', talentAwardNominees: 7 }, expected: { status: 'eligible', amount: null, amountPerPerson: r(0, 300_000) } },
      { name: 'at the bound of persons (10^6)', facts: { industry: 'smart-terminals', talentAwardNominees: 1_000_000 }, expected: { status: 'eligible', amount: null, amountPerPerson: r(0, 300_000) } },
      { name: 'nobody supported', facts: { talentAwardNominees: 0 }, expected: { status: 'ineligible', amount: null, amountPerPerson: null, missing: [] } },
      { name: 'unknown: the per-person award is shown, still not the enterprise’s', facts: {}, expected: { status: 'unknown', amount: null, amountPerPerson: r(0, 300_000), missing: ['industry', 'talentAwardNominees'] } },
      {
        name: '重点产业领域: outside the key fields (other manufacturing) is unknown, not eligible',
        facts: { industry: 'other', talentAwardNominees: 3 },
        expected: { status: 'unknown', amount: null, missing: [], reasonsInclude: ['是否属于由责任单位认定'] },
      },
      { name: 'people supported, industry unknown', facts: { talentAwardNominees: 3 }, expected: { status: 'unknown', missing: ['industry'] } },
      { name: 'bureaus', facts: { industry: 'integrated-circuits', talentAwardNominees: 1, district: 'xuhui' }, expected: { status: 'eligible', bureaus: ['sheitc', 'talent'] } },
    ],
  },
  {
    measure: 'labour-support',
    text: '(十)加强用工保障。建立制造业企业紧缺人才、紧缺工种目录……(责任单位：市人力资源社会保障局、市经济信息化委)',
    eligible: {},
    cases: [{ name: 'labour', facts: {}, expected: { status: 'eligible', bureaus: ['hrss', 'sheitc'] } }],
  },
  {
    measure: 'industrial-land',
    text: '(十一)拓展空间供给……(责任单位：市规划资源局、市经济信息化委、各区政府)',
    eligible: {},
    cases: [{ name: 'land with district', facts: { district: 'chongming' }, expected: { status: 'eligible', bureaus: ['planning', 'sheitc', 'gov-chongming'] } }],
  },
  {
    measure: 'manufacturing-finance',
    text: '推动金融机构推出利息更低、额度更高、期限更长的制造业贷款产品……支持制造业企业发行科技创新债券。',
    eligible: {},
    cases: [{ name: 'manufacturing loans and bonds', facts: { district: 'minhang' }, expected: { status: 'eligible', amount: null, bureaus: ['finance', 'nfra-sh', 'csrc-sh', 'sheitc'] } }],
  },
  {
    measure: 'stocking-loan-subsidy',
    text: '(十二)强化金融支持。聚焦重点产业链和产业链核心环节，推动金融机构……对企业备货关键零部件及原材料的贷款，给予0.8%—1.3%的贴息支持。……本方案自2026年1月1日起实施，有效期至2028年12月31日。',
    eligible: { keyIndustrialChain: true, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12, stockingLoanStart: '2026-01' },
    cases: [
      { name: '10M for 12 months from the evaluation month: a full year at 0.8 %–1.3 %', facts: { ...KEY, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12 }, expected: { status: 'eligible', amount: r(80_000, 130_000), missing: [] } },
      { name: '10M for 6 months: half a year', facts: { ...KEY, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 6 }, expected: { status: 'eligible', amount: r(40_000, 65_000) } },
      { name: '10M for 3 months: a quarter, not a full year', facts: { ...KEY, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 3 }, expected: { status: 'eligible', amount: r(20_000, 32_500) } },
      { name: '10M for 18 months', facts: { ...KEY, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 18 }, expected: { status: 'eligible', amount: r(120_000, 195_000) } },
      { name: '87 654 321 for 7 months, rounded down', facts: { ...KEY, stockingLoanAmount: 87_654_321, stockingLoanTermMonths: 7 }, expected: { status: 'eligible', amount: r(409_053, 664_711) } },
      { name: '10 000 for 1 month → [6.67, 10.83] rounded down', facts: { ...KEY, stockingLoanAmount: 10_000, stockingLoanTermMonths: 1 }, expected: { status: 'eligible', amount: r(6, 10) } },
      { name: '1 yuan for 12 months → eligible, amount 0 (floor)', facts: { ...KEY, stockingLoanAmount: 1, stockingLoanTermMonths: 12 }, expected: { status: 'eligible', amount: r(0, 0) } },
      { name: 'a term of 0 months → amount 0', facts: { ...KEY, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 0 }, expected: { status: 'eligible', amount: r(0, 0) } },
      // 有效期至2028年12月31日: only the months inside the plan count.
      {
        name: 'a 30-year loan from 2026-06: only 2026-06 … 2028-12 count (31 months), not 360',
        facts: { ...KEY, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 360 },
        expected: { status: 'eligible', amount: r(206_666, 335_833), reasonsInclude: ['计入的月数', '31个月'] },
      },
      {
        name: 'a 3-year loan pays what a 30-year loan pays when both run past the plan (31 months each)',
        facts: { ...KEY, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 36 },
        expected: { status: 'eligible', amount: r(206_666, 335_833) },
      },
      {
        name: 'a loan started 2024-01 for 60 months, evaluated 2026-06-01: from the evaluation month (31 months), not from its start',
        facts: { keyIndustrialChain: true, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 60, stockingLoanStart: '2024-01' },
        expected: { status: 'eligible', amount: r(206_666, 335_833) },
      },
      {
        name: 'a loan that ended before the evaluation month: no month counts',
        facts: { keyIndustrialChain: true, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12, stockingLoanStart: '2025-01' },
        expected: { status: 'eligible', amount: r(0, 0) },
      },
      {
        name: 'a loan starting later (2027-01, 12 months): from its start, all 12 months inside the plan',
        facts: { keyIndustrialChain: true, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12, stockingLoanStart: '2027-01' },
        expected: { status: 'eligible', amount: r(80_000, 130_000) },
      },
      {
        name: 'a loan starting 2028-07 for 12 months: 6 months before the plan ends',
        facts: { keyIndustrialChain: true, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12, stockingLoanStart: '2028-07' },
        expected: { status: 'eligible', amount: r(40_000, 65_000) },
      },
      {
        name: 'evaluated on the last day (2028-12-31): one month left',
        asOf: '2028-12-31',
        facts: { keyIndustrialChain: true, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 360, stockingLoanStart: '2026-01' },
        expected: { status: 'eligible', amount: r(6_666, 10_833) },
      },
      {
        name: 'at the bounds (10^13 for 360 months from 2026-06): 31 months, exact',
        facts: { ...KEY, stockingLoanAmount: MAX_YUAN, stockingLoanTermMonths: 360 },
        expected: { status: 'eligible', amount: r(206_666_666_666, 335_833_333_333) },
      },
      {
        name: 'start unknown → amount unknown and the start asked',
        facts: { keyIndustrialChain: true, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12 },
        expected: { status: 'eligible', amount: null, missing: ['stockingLoanStart'], reasonsInclude: ['金额待补充：备货贷款起始年月'] },
      },
      {
        name: 'term unknown → amount unknown and the term asked (a rate is yearly)',
        facts: { ...KEY, stockingLoanAmount: 10 * M },
        expected: { status: 'eligible', amount: null, missing: ['stockingLoanTermMonths'], reasonsInclude: ['金额待补充：备货贷款期限', '只计贷款在方案有效期内'] },
      },
      // 聚焦重点产业链和产业链核心环节: outside them, not eligible.
      {
        name: 'not in a key industrial chain: ineligible whatever the loan',
        facts: { keyIndustrialChain: false, stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12, stockingLoanStart: '2026-06' },
        expected: { status: 'ineligible', amount: null, missing: [] },
      },
      {
        name: 'key chain unknown: unknown (asked), never eligible',
        facts: { stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12, stockingLoanStart: '2026-06' },
        expected: { status: 'unknown', amount: r(80_000, 130_000), missing: ['keyIndustrialChain'] },
      },
      { name: 'principal unknown, term known', facts: { ...KEY, stockingLoanTermMonths: 6 }, expected: { status: 'unknown', amount: null, missing: ['stockingLoanAmount'] } },
      { name: 'nothing known', facts: {}, expected: { status: 'unknown', amount: null, missing: ['keyIndustrialChain', 'stockingLoanAmount', 'stockingLoanTermMonths', 'stockingLoanStart'] } },
      { name: 'no loan for stocking key components and raw materials (0)', facts: { ...KEY, stockingLoanAmount: 0, stockingLoanTermMonths: 12 }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: 'bureaus', facts: { ...KEY, stockingLoanAmount: 1 }, expected: { status: 'eligible', bureaus: ['finance', 'nfra-sh', 'csrc-sh', 'sheitc'] } },
    ],
  },
  {
    measure: 'first-set-insurance',
    text: '引导保险机构围绕首台(套)重大技术装备、首批次新材料提供定制化保险服务。',
    eligible: { firstSetCertified: true },
    cases: [
      { name: 'first set certified', facts: { firstSetCertified: true }, expected: { status: 'eligible', amount: null, missing: [] } },
      { name: 'not certified', facts: { firstSetCertified: false }, expected: { status: 'ineligible' } },
      { name: 'unknown', facts: {}, expected: { status: 'unknown', missing: ['firstSetCertified'] } },
    ],
  },
  {
    measure: 'industrial-logistics',
    text: '(十三)加大物流配套支撑……(责任单位：市经济信息化委、市规划资源局、市交通委、市应急局、市公安局)',
    eligible: {},
    cases: [{ name: 'logistics', facts: {}, expected: { status: 'eligible', bureaus: ['sheitc', 'planning', 'transport', 'emergency', 'police'] } }],
  },
  {
    measure: 'cost-reduction',
    text: '(十四)推进降本增效……(责任单位：市经济信息化委、市发展改革委、市生态环境局、市通信管理局)',
    eligible: {},
    cases: [{ name: 'cost reduction', facts: {}, expected: { status: 'eligible', bureaus: ['sheitc', 'ndrc', 'ecology', 'comms'] } }],
  },
  {
    measure: 'pilot-platforms',
    text: '对研发使用、新布局建设中试平台或者提升中试平台能级给予支持。(责任单位：市经济信息化委、各区政府)',
    eligible: { pilotPlatform: true },
    cases: [
      { name: 'uses, builds or upgrades a pilot platform: case by case', facts: { pilotPlatform: true }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc'] } },
      { name: 'with its district government', facts: { pilotPlatform: true, district: 'jiading' }, expected: { status: 'eligible', bureaus: ['sheitc', 'gov-jiading'] } },
      { name: 'no pilot platform: ineligible', facts: { pilotPlatform: false }, expected: { status: 'ineligible', missing: [] } },
      { name: 'no facts at all: unknown, never eligible', facts: {}, expected: { status: 'unknown', missing: ['pilotPlatform'] } },
    ],
  },
  {
    measure: 'market-expansion',
    text: '(十六)开拓国内国际市场……(责任单位：市商务委、市经济信息化委)',
    eligible: {},
    cases: [{ name: 'markets', facts: {}, expected: { status: 'eligible', bureaus: ['commerce', 'sheitc'] } }],
  },
  {
    measure: 'enterprise-services',
    text: '(十七)优化企业服务。发挥企业“服务包”作用，协调解决企业诉求。……(责任单位：市经济信息化委)',
    eligible: {},
    cases: [{ name: 'services', facts: {}, expected: { status: 'eligible', bureaus: ['sheitc'] } }],
  },
]
