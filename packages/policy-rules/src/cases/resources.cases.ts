/** Cases of 五、实施资源要素支撑行动: clauses (九)–(十七). */
import { M, r, type MeasureCases } from './case.js'

const MAX_YUAN = 10_000_000_000_000

export const resourceCases: MeasureCases[] = [
  {
    measure: 'talent-introduction',
    text: '支持重点领域企业引育高精尖紧缺人才，符合条件的优先推荐申报国家和我市人才培育计划，并对入选者及其团队予以支持。将符合条件的企业推荐纳入人才引进重点机构，为企业引进急需紧缺人才提供落户保障。',
    eligible: {},
    cases: [{ name: 'concerns every enterprise', facts: {}, expected: { status: 'eligible', amount: null, bureaus: ['sheitc', 'talent'] } }],
  },
  {
    measure: 'talent-award',
    text: '鼓励企业支持相关人才申报重点产业领域人才专项奖励，每人最高奖励不超过30万元。(责任单位：市经济信息化委、市人才局)',
    eligible: { talentAwardNominees: 2 },
    cases: [
      {
        name: '1 person supported: up to 30万 for that person if selected, none of it the enterprise’s',
        facts: { talentAwardNominees: 1 },
        expected: { status: 'eligible', amount: null, amountPerPerson: r(0, 300_000), missing: [], reasonsInclude: ['每位入选者最高30万元', '不计入企业可享资金合计', '申报不等于入选'] },
      },
      { name: '7 people: still up to 30万 per selected person, never 7 × 30万 for the enterprise', facts: { talentAwardNominees: 7 }, expected: { status: 'eligible', amount: null, amountPerPerson: r(0, 300_000) } },
      { name: 'at the bound of persons (10^6)', facts: { talentAwardNominees: 1_000_000 }, expected: { status: 'eligible', amount: null, amountPerPerson: r(0, 300_000) } },
      { name: 'nobody supported', facts: { talentAwardNominees: 0 }, expected: { status: 'ineligible', amount: null, amountPerPerson: null, missing: [] } },
      { name: 'unknown: the per-person award is shown, still not the enterprise’s', facts: {}, expected: { status: 'unknown', amount: null, amountPerPerson: r(0, 300_000), missing: ['talentAwardNominees'] } },
      { name: 'bureaus', facts: { talentAwardNominees: 1, district: 'xuhui' }, expected: { status: 'eligible', bureaus: ['sheitc', 'talent'] } },
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
    text: '(十二)强化金融支持。聚焦重点产业链和产业链核心环节，推动金融机构……对企业备货关键零部件及原材料的贷款，给予0.8%—1.3%的贴息支持。',
    eligible: { stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12 },
    cases: [
      { name: '10M for 12 months: a full year at 0.8 %–1.3 %', facts: { stockingLoanAmount: 10 * M, stockingLoanTermMonths: 12 }, expected: { status: 'eligible', amount: r(80_000, 130_000), missing: [] } },
      { name: '10M for 6 months: half a year', facts: { stockingLoanAmount: 10 * M, stockingLoanTermMonths: 6 }, expected: { status: 'eligible', amount: r(40_000, 65_000) } },
      { name: '10M for 3 months: a quarter, not a full year', facts: { stockingLoanAmount: 10 * M, stockingLoanTermMonths: 3 }, expected: { status: 'eligible', amount: r(20_000, 32_500) } },
      { name: '10M for 18 months', facts: { stockingLoanAmount: 10 * M, stockingLoanTermMonths: 18 }, expected: { status: 'eligible', amount: r(120_000, 195_000) } },
      { name: '87 654 321 for 7 months, rounded down', facts: { stockingLoanAmount: 87_654_321, stockingLoanTermMonths: 7 }, expected: { status: 'eligible', amount: r(409_053, 664_711) } },
      { name: '10 000 for 1 month → [6.67, 10.83] rounded down', facts: { stockingLoanAmount: 10_000, stockingLoanTermMonths: 1 }, expected: { status: 'eligible', amount: r(6, 10) } },
      { name: '1 yuan for 12 months → eligible, amount 0 (floor)', facts: { stockingLoanAmount: 1, stockingLoanTermMonths: 12 }, expected: { status: 'eligible', amount: r(0, 0) } },
      { name: 'a term of 0 months → amount 0', facts: { stockingLoanAmount: 10 * M, stockingLoanTermMonths: 0 }, expected: { status: 'eligible', amount: r(0, 0) } },
      {
        name: 'at the bounds (10^13 for 360 months), exact',
        facts: { stockingLoanAmount: MAX_YUAN, stockingLoanTermMonths: 360 },
        expected: { status: 'eligible', amount: r(2_400_000_000_000, 3_900_000_000_000) },
      },
      {
        name: 'term unknown → amount unknown and the term asked (a rate is yearly)',
        facts: { stockingLoanAmount: 10 * M },
        expected: { status: 'eligible', amount: null, missing: ['stockingLoanTermMonths'], reasonsInclude: ['金额待补充：备货贷款期限', '聚焦重点产业链和产业链核心环节'] },
      },
      { name: 'principal unknown, term known', facts: { stockingLoanTermMonths: 6 }, expected: { status: 'unknown', amount: null, missing: ['stockingLoanAmount'] } },
      { name: 'nothing known', facts: {}, expected: { status: 'unknown', amount: null, missing: ['stockingLoanAmount', 'stockingLoanTermMonths'] } },
      { name: 'no stocking loan', facts: { stockingLoanAmount: 0, stockingLoanTermMonths: 12 }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: 'bureaus', facts: { stockingLoanAmount: 1 }, expected: { status: 'eligible', bureaus: ['finance', 'nfra-sh', 'csrc-sh', 'sheitc'] } },
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
    eligible: {},
    cases: [{ name: 'pilot platforms, case by case', facts: {}, expected: { status: 'eligible', amount: null, missing: [] } }],
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
