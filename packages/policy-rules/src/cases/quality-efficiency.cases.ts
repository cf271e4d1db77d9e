/** Cases of 四、实施能级质效跃升行动: clauses (六)–(八). */
import type { Facts } from '../types.js'
import { M, r, type MeasureCases } from './case.js'

/** A chemical plant that meets every condition of the chemical-projects sentence of (六). */
const chemical: Facts = {
  chemicalProducer: true,
  outsideChemicalPark: true,
  existingChemicalPlant: true,
  chemicalProjectFitsZoning: true,
  chemicalProjectNoNewLand: true,
  chemicalProjectNoAddedRisk: true,
}
const CHEMICAL_FACTS = ['outsideChemicalPark', 'existingChemicalPlant', 'chemicalProjectFitsZoning', 'chemicalProjectNoNewLand', 'chemicalProjectNoAddedRisk'] as const

export const qualityEfficiencyCases: MeasureCases[] = [
  {
    measure: 'tech-renovation',
    text: '对技术改造项目固定资产投资贷款产生的利息或者设备融资租赁费用给予支持，累计支持最高不超过2000万元。',
    eligible: { techRenovationFinancingCost: 3 * M },
    cases: [
      { name: 'cost 0', facts: { techRenovationFinancingCost: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: 'cost 1', facts: { techRenovationFinancingCost: 1 }, expected: { status: 'eligible', amount: r(0, 1), missing: [] } },
      { name: '19 999 999', facts: { techRenovationFinancingCost: 19_999_999 }, expected: { status: 'eligible', amount: r(0, 19_999_999) } },
      { name: 'at the cap, which is cumulative (said in the reasons)', facts: { techRenovationFinancingCost: 20 * M }, expected: { status: 'eligible', amount: r(0, 20 * M), reasonsInclude: ['累计上限', '未扣除已获得的支持'] } },
      { name: 'above the cap', facts: { techRenovationFinancingCost: 20 * M + 1 }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
      { name: 'unknown (the cumulative cap is said here too)', facts: {}, expected: { status: 'unknown', amount: null, missing: ['techRenovationFinancingCost'], reasonsInclude: ['累计上限'] } },
    ],
  },
  {
    measure: 'chemical-projects',
    text: '支持化工园区外存量化工企业在符合规划及生态环境分区管控要求、不新增供地、不增加环境风险水平的情况下，开展项目建设。……(责任单位：市经济信息化委、市生态环境局)',
    eligible: chemical,
    cases: [
      { name: 'every condition the text names holds', facts: chemical, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc', 'ecology'] } },
      { name: 'a chemical producer alone is not enough: the rest is asked', facts: { chemicalProducer: true }, expected: { status: 'unknown', missing: [...CHEMICAL_FACTS] } },
      // "化工园区外存量化工企业": any chemical enterprise, whatever its industry label.
      { name: 'a chemical plant classed as new materials: in, whatever the industry label', facts: { ...chemical, industry: 'advanced-materials' }, expected: { status: 'eligible', missing: [] } },
      { name: 'a chemical plant classed as biomedicine: in', facts: { ...chemical, industry: 'biomedicine' }, expected: { status: 'eligible' } },
      { name: 'a petrochemical firm that is asked whether it produces chemicals', facts: { industry: 'petrochemical' }, expected: { status: 'unknown', missing: ['chemicalProducer', ...CHEMICAL_FACTS] } },
      { name: 'inside a chemical park', facts: { ...chemical, outsideChemicalPark: false }, expected: { status: 'ineligible', missing: [] } },
      { name: 'not an existing plant', facts: { ...chemical, existingChemicalPlant: false }, expected: { status: 'ineligible', missing: [] } },
      { name: 'does not fit the plans and environmental zoning', facts: { ...chemical, chemicalProjectFitsZoning: false }, expected: { status: 'ineligible' } },
      { name: 'needs new land', facts: { ...chemical, chemicalProjectNoNewLand: false }, expected: { status: 'ineligible' } },
      { name: 'adds environmental risk', facts: { ...chemical, chemicalProjectNoAddedRisk: false }, expected: { status: 'ineligible' } },
      { name: 'location unknown', facts: { ...chemical, outsideChemicalPark: null }, expected: { status: 'unknown', missing: ['outsideChemicalPark'] } },
      { name: 'existing plant unknown', facts: { ...chemical, existingChemicalPlant: null }, expected: { status: 'unknown', missing: ['existingChemicalPlant'] } },
      { name: 'zoning unknown', facts: { ...chemical, chemicalProjectFitsZoning: null }, expected: { status: 'unknown', missing: ['chemicalProjectFitsZoning'] } },
      { name: 'new land unknown', facts: { ...chemical, chemicalProjectNoNewLand: null }, expected: { status: 'unknown', missing: ['chemicalProjectNoNewLand'] } },
      { name: 'risk unknown', facts: { ...chemical, chemicalProjectNoAddedRisk: null }, expected: { status: 'unknown', missing: ['chemicalProjectNoAddedRisk'] } },
      { name: 'not a chemical producer, whatever else holds (even petrochemical by label)', facts: { ...chemical, industry: 'petrochemical', chemicalProducer: false }, expected: { status: 'ineligible', missing: [] } },
      { name: 'chemical producer unknown', facts: { ...chemical, chemicalProducer: null }, expected: { status: 'unknown', missing: ['chemicalProducer'] } },
    ],
  },
  {
    measure: 'retained-earnings-reinvestment',
    text: '支持企业用未分配利润扩大生产和开展技术改造。(责任单位：市经济信息化委、市生态环境局)',
    eligible: {},
    cases: [
      { name: 'every enterprise, not only chemical ones', facts: { industry: 'integrated-circuits' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc', 'ecology'] } },
      { name: 'a chemical plant inside a park too', facts: { industry: 'petrochemical', outsideChemicalPark: false }, expected: { status: 'eligible' } },
      { name: 'nothing known', facts: {}, expected: { status: 'eligible', missing: [] } },
    ],
  },
  {
    measure: 'digital-transformation',
    text: '(七)深化数智转型。开展“AI+制造”赋能行动……(责任单位：市经济信息化委、各区政府)',
    eligible: {},
    cases: [
      { name: 'concerns every enterprise', facts: {}, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc'] } },
      { name: 'with district', facts: { district: 'songjiang' }, expected: { status: 'eligible', bureaus: ['sheitc', 'gov-songjiang'] } },
    ],
  },
  {
    measure: 'carbon-footprint-esg',
    text: '(八)加快绿色转型。围绕产品碳足迹管理，引导企业开发绿色低碳产品，开展环境、社会、治理(ESG)评价和评级。',
    eligible: {},
    cases: [
      { name: 'concerns every enterprise', facts: { district: 'baoshan', industry: 'steel' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc'] } },
    ],
  },
  {
    measure: 'energy-saving',
    text: '支持企业开展能源低碳、生产节能工艺升级和设备改造，按照1000—2000元/吨标煤给予奖励，最高不超过1000万元。',
    eligible: { energySavedTce: 100 },
    cases: [
      { name: '0 tce', facts: { energySavedTce: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: '0.5 tce', facts: { energySavedTce: 0.5 }, expected: { status: 'eligible', amount: r(500, 1000) } },
      { name: '1 tce', facts: { energySavedTce: 1 }, expected: { status: 'eligible', amount: r(1000, 2000) } },
      { name: '1.0006 tce → at most [1000.6, 2001.2], rounded down', facts: { energySavedTce: 1.0006 }, expected: { status: 'eligible', amount: r(1000, 2001) } },
      { name: '1234.5678 tce → [1 234 567.8, 2 469 135.6] rounded down', facts: { energySavedTce: 1234.5678 }, expected: { status: 'eligible', amount: r(1_234_567, 2_469_135) } },
      { name: '0.0009995 tce (more than six decimals: truncated to whole grams, 0.999 kg) → [0, 1]', facts: { energySavedTce: 0.0009995 }, expected: { status: 'eligible', amount: r(0, 1) } },
      { name: '4999.9995 tce (max just under the cap)', facts: { energySavedTce: 4999.9995 }, expected: { status: 'eligible', amount: r(4_999_999, 9_999_999) } },
      { name: '4999 tce (max under cap)', facts: { energySavedTce: 4999 }, expected: { status: 'eligible', amount: r(4_999_000, 9_998_000) } },
      { name: '5000 tce (max reaches cap)', facts: { energySavedTce: 5000 }, expected: { status: 'eligible', amount: r(5 * M, 10 * M) } },
      { name: '5001 tce (max capped)', facts: { energySavedTce: 5001 }, expected: { status: 'eligible', amount: r(5_001_000, 10 * M) } },
      { name: '9999 tce', facts: { energySavedTce: 9999 }, expected: { status: 'eligible', amount: r(9_999_000, 10 * M) } },
      { name: '10 000 tce (both capped)', facts: { energySavedTce: 10_000 }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
      { name: 'at the bound of tonnes (10^8)', facts: { energySavedTce: 100_000_000 }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
      { name: 'unknown', facts: {}, expected: { status: 'unknown', amount: null, missing: ['energySavedTce'] } },
    ],
  },
  {
    measure: 'green-factory',
    text: '首次评为国家级绿色工厂的，给予20万元一次性奖励。(责任单位：市经济信息化委)……本方案自2026年1月1日起实施，有效期至2028年12月31日。',
    eligible: { firstNationalGreenFactory: true, greenFactoryFirstRatedYear: '2026' },
    cases: [
      { name: 'first national rating in 2026 (within the plan)', facts: { firstNationalGreenFactory: true, greenFactoryFirstRatedYear: '2026' }, expected: { status: 'eligible', amount: r(200_000, 200_000), missing: [] } },
      { name: 'first rated 2028, the plan’s last year', facts: { firstNationalGreenFactory: true, greenFactoryFirstRatedYear: '2028' }, expected: { status: 'eligible', amount: r(200_000, 200_000) } },
      {
        name: 'first rated 2025 or earlier: before the plan period, not eligible',
        facts: { firstNationalGreenFactory: true, greenFactoryFirstRatedYear: 'before-2026' },
        expected: { status: 'ineligible', amount: null, missing: [], reasonsInclude: ['首次评为国家级绿色工厂的年份为2025年及以前'] },
      },
      {
        name: 'first rated, year unknown: the year is asked',
        facts: { firstNationalGreenFactory: true },
        expected: { status: 'unknown', amount: r(200_000, 200_000), missing: ['greenFactoryFirstRatedYear'] },
      },
      { name: 'not first', facts: { firstNationalGreenFactory: false }, expected: { status: 'ineligible', amount: null, missing: [] } },
      { name: 'unknown (amount shown as potential)', facts: {}, expected: { status: 'unknown', amount: r(200_000, 200_000), missing: ['firstNationalGreenFactory', 'greenFactoryFirstRatedYear'] } },
    ],
  },
]
