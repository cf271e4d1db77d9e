import { districts } from './catalogues/districts.js'
import { industries } from './catalogues/industries.js'
import type { FactDefinition, FactName, Facts } from './types.js'

/** The facts the rules read, with their type, unit, labels, questions and help. */
export const factDefinitions: readonly FactDefinition[] = [
  {
    name: 'district', type: 'code', unit: null, catalogue: 'districts',
    label: { zh: '所在区', en: 'District' },
    question: { zh: '企业注册在上海哪个区？', en: 'In which Shanghai district is the enterprise registered?' },
    help: { zh: '用于确定责任单位中的区政府。', en: "Used to route to the district government named among the responsible units." },
  },
  {
    name: 'industry', type: 'code', unit: null, catalogue: 'industries',
    label: { zh: '所属产业', en: 'Industry' },
    question: { zh: '企业主营业务属于哪个产业？', en: "Which industry is the enterprise's main business in?" },
    help: { zh: '按行动方案列明的产业选择；都不符合时选“其他制造业”。', en: 'Pick one of the industries the action plan names, or "Other manufacturing".' },
  },
  {
    name: 'annualOutputValue', type: 'yuan', unit: 'CNY',
    label: { zh: '年产值', en: 'Annual output value' },
    question: { zh: '企业上一年度工业总产值是多少元？', en: "What was the enterprise's gross industrial output value last year, in yuan?" },
    help: { zh: '以统计报表口径填写，单位为元。', en: 'As reported in statistics returns, in yuan.' },
  },
  {
    name: 'revenue', type: 'yuan', unit: 'CNY',
    label: { zh: '营业收入', en: 'Revenue' },
    question: { zh: '企业上一年度营业收入是多少元？', en: "What was the enterprise's revenue last year, in yuan?" },
    help: { zh: '单位为元。', en: 'In yuan.' },
  },
  {
    name: 'rdExpense', type: 'yuan', unit: 'CNY',
    label: { zh: '研发费用', en: 'R&D expense' },
    question: { zh: '企业上一年度研发费用是多少元？', en: "What was the enterprise's R&D expense last year, in yuan?" },
    help: { zh: '按研发费用加计扣除口径，单位为元。', en: 'As for the R&D super-deduction, in yuan.' },
  },
  {
    name: 'basicResearchInvestment', type: 'yuan', unit: 'CNY',
    label: { zh: '基础研究投入', en: 'Basic-research investment' },
    question: { zh: '企业每年基础研究投入是多少元？', en: 'How much does the enterprise invest in basic research per year, in yuan?' },
    help: { zh: '达到1000万元/年起可获一次性财政补助(第(四)条)。', en: 'From CNY 10M a year a one-time grant applies (clause (4)).' },
  },
  {
    name: 'aboveDesignatedSize', type: 'boolean', unit: null,
    label: { zh: '规上企业', en: 'Above designated size' },
    question: { zh: '企业是否为规模以上工业企业？', en: 'Is the enterprise an industrial enterprise above designated size?' },
    help: { zh: '年主营业务收入2000万元及以上的工业企业。', en: 'Industrial enterprises with main-business revenue of CNY 20M or more a year.' },
  },
  {
    name: 'firstSetCertified', type: 'boolean', unit: null,
    label: { zh: '首台(套)/首批次认定', en: 'First-set / first-batch recognition' },
    question: { zh: '企业产品是否符合首台(套)重大技术装备或首批次新材料条件？', en: 'Does a product qualify as first-set major technical equipment or a first-batch new material?' },
    help: { zh: '以市经济信息化委认定为准。', en: 'As recognised by the Municipal Commission of Economy and Informatization.' },
  },
  {
    name: 'firstSetContractAmount', type: 'yuan', unit: 'CNY',
    label: { zh: '首台(套)销售合同金额', en: 'First-set sales contract amount' },
    question: { zh: '首台(套)或首批次产品的销售合同金额是多少元？', en: 'What is the sales contract amount of the first-set / first-batch product, in yuan?' },
    help: { zh: '支持最高不超过合同金额的30%，最高2000万元。', en: 'Support is at most 30% of the contract, at most CNY 20M.' },
  },
  {
    name: 'techRenovationFinancingCost', type: 'yuan', unit: 'CNY',
    label: { zh: '技术改造融资费用', en: 'Technical-renovation financing cost' },
    question: { zh: '技术改造项目固定资产投资贷款利息或设备融资租赁费用是多少元？', en: 'How much interest on technical-renovation fixed-asset loans or equipment finance-lease fees, in yuan?' },
    help: { zh: '累计支持最高不超过2000万元。', en: 'Cumulative support at most CNY 20M.' },
  },
  {
    name: 'energySavedTce', type: 'tonnes', unit: 'tce',
    label: { zh: '节能量(吨标煤)', en: 'Energy saved (tce)' },
    question: { zh: '节能工艺升级和设备改造节约了多少吨标准煤？', en: 'How many tonnes of standard coal equivalent did the energy-saving upgrades save?' },
    help: { zh: '按1000—2000元/吨标煤奖励，最高1000万元。', en: 'CNY 1,000–2,000 per tonne, at most CNY 10M.' },
  },
  {
    name: 'firstNationalGreenFactory', type: 'boolean', unit: null,
    label: { zh: '首次评为国家级绿色工厂', en: 'First rated national green factory' },
    question: { zh: '企业是否首次被评为国家级绿色工厂？', en: 'Was the enterprise rated a national-level green factory for the first time?' },
    help: { zh: '给予20万元一次性奖励。', en: 'One-time reward of CNY 200,000.' },
  },
  {
    name: 'talentAwardNominees', type: 'count', unit: 'persons',
    label: { zh: '人才专项奖励申报人数', en: 'Talent-award nominees' },
    question: { zh: '企业支持多少人申报重点产业领域人才专项奖励？', en: 'How many people does the enterprise nominate for the key-industry talent award?' },
    help: { zh: '每人最高奖励不超过30万元。', en: 'At most CNY 300,000 per person.' },
  },
  {
    name: 'stockingLoanAmount', type: 'yuan', unit: 'CNY',
    label: { zh: '备货贷款金额', en: 'Stocking loans' },
    question: { zh: '用于备货关键零部件及原材料的贷款金额是多少元？', en: 'How much were the loans to stock key components and raw materials, in yuan?' },
    help: { zh: '给予0.8%—1.3%的贴息支持。', en: 'Interest subsidy of 0.8%–1.3%.' },
  },
  {
    name: 'rdHighGrowth', type: 'boolean', unit: null,
    label: { zh: '研发费用连续高增长', en: 'Sustained high R&D growth' },
    question: { zh: '企业研发费用是否连续多年高增长？', en: "Has the enterprise's R&D spending grown strongly for consecutive years?" },
    help: { zh: '可获一次性奖励，金额视具体情况确定。', en: 'A one-time reward may apply; the amount is decided case by case.' },
  },
]

const byName = new Map<string, FactDefinition>(factDefinitions.map((d) => [d.name, d]))

/** The definition of a fact, or undefined. */
export function factDefinition(name: string): FactDefinition | undefined {
  return byName.get(name)
}

const industryCodes = new Set<string>(industries.map((i) => i.code))
const districtCodes = new Set<string>(districts.map((d) => d.code))

/** A fact has a value of the wrong type (or outside its catalogue). `field` names the fact. */
export class FactTypeError extends TypeError {
  readonly field: string
  constructor(field: string, message: string) {
    super(`fact "${field}": ${message}`)
    this.name = 'FactTypeError'
    this.field = field
  }
}

export interface FactError {
  field: string
  message: string
}

export type FactValidation = { ok: true } | { ok: false; errors: FactError[] }

/** Check one value against its definition; returns the problem, or null when fine or absent. */
function checkValue(def: FactDefinition, v: unknown): string | null {
  if (v === undefined || v === null) return null
  switch (def.type) {
    case 'boolean':
      return typeof v === 'boolean' ? null : `must be true or false (got ${describe(v)})`
    case 'yuan':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? null
        : `must be a whole number of yuan ≥ 0 (got ${describe(v)})`
    case 'count':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? null
        : `must be a whole number ≥ 0 (got ${describe(v)})`
    case 'tonnes':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12
        ? null
        : `must be a number of tonnes between 0 and 1e12 (got ${describe(v)})`
    case 'code': {
      const set = def.catalogue === 'districts' ? districtCodes : industryCodes
      if (typeof v !== 'string') return `must be a ${def.catalogue} code (got ${describe(v)})`
      return set.has(v) ? null : `unknown ${def.catalogue} code "${v}"; allowed: ${[...set].join(', ')}`
    }
  }
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return 'an array'
  return typeof v
}

/**
 * Check the declared facts of an object. Absent, `undefined` and `null` are fine (unknown); names
 * that are not facts are ignored. Returns every problem, each naming its field.
 */
export function validateFacts(facts: unknown): FactValidation {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    return { ok: false, errors: [{ field: '', message: 'facts must be an object' }] }
  }
  const errors: FactError[] = []
  const obj = facts as Record<string, unknown>
  for (const def of factDefinitions) {
    const problem = checkValue(def, obj[def.name])
    if (problem !== null) errors.push({ field: def.name, message: problem })
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors }
}

/** Position of each fact in `factDefinitions` (and in the array `readFacts` fills). */
export const FACT_INDEX: Readonly<Record<FactName, number>> = Object.fromEntries(
  factDefinitions.map((d, i) => [d.name, i]),
) as Record<FactName, number>

const DEFS = factDefinitions

/** 1-based position of each code in its catalogue (0 is kept for "unknown"). */
const DISTRICT_POSITION = new Map<unknown, number>(districts.map((d, i) => [d.code, i + 1]))
const INDUSTRY_POSITION = new Map<unknown, number>(industries.map((d, i) => [d.code, i + 1]))

function fail(i: number, v: unknown): never {
  const def = DEFS[i]!
  throw new FactTypeError(def.name, checkValue(def, v) ?? 'has a wrong value')
}

/** A code fact: stores the code, returns its 1-based catalogue position (0 when unknown). */
function code(out: unknown[], i: number, v: unknown, positions: ReadonlyMap<unknown, number>): number {
  if (v === undefined || v === null) {
    out[i] = undefined
    return 0
  }
  const k = typeof v === 'string' ? positions.get(v) : undefined
  if (k === undefined) fail(i, v)
  out[i] = v
  return k
}

/** A yes/no fact: stores it, returns 0 unknown, 1 false, 2 true. */
function yesNo(out: unknown[], i: number, v: unknown): number {
  if (v === true) {
    out[i] = true
    return 2
  }
  if (v === false) {
    out[i] = false
    return 1
  }
  if (v !== undefined && v !== null) fail(i, v)
  out[i] = undefined
  return 0
}

/** A whole number ≥ 0 (yuan, count). */
function whole(out: unknown[], i: number, v: unknown): void {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) out[i] = v
  else if (v === undefined || v === null) out[i] = undefined
  else fail(i, v)
}

/** Tonnes: a finite number between 0 and 1e12. */
function tonnes(out: unknown[], i: number, v: unknown): void {
  if (typeof v === 'number' && v >= 0 && v <= 1e12) out[i] = v
  else if (v === undefined || v === null) out[i] = undefined
  else fail(i, v)
}

/**
 * Read every declared fact into `out` (index = position in `factDefinitions`; absent and null
 * become undefined) and check its type; throws FactTypeError naming the first wrong field. For the
 * facts with a finite domain, `positions` receives the position of the value: 0 unknown, yes/no
 * 1 false / 2 true, codes their 1-based catalogue position (other entries are left alone).
 * Written as straight-line property reads (monomorphic, no allocation): it runs once per evaluation.
 */
export function readFacts(facts: Facts, out: unknown[], positions: number[]): void {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    throw new FactTypeError('', 'facts must be an object')
  }
  positions[0] = code(out, 0, facts.district, DISTRICT_POSITION)
  positions[1] = code(out, 1, facts.industry, INDUSTRY_POSITION)
  whole(out, 2, facts.annualOutputValue)
  whole(out, 3, facts.revenue)
  whole(out, 4, facts.rdExpense)
  whole(out, 5, facts.basicResearchInvestment)
  positions[6] = yesNo(out, 6, facts.aboveDesignatedSize)
  positions[7] = yesNo(out, 7, facts.firstSetCertified)
  whole(out, 8, facts.firstSetContractAmount)
  whole(out, 9, facts.techRenovationFinancingCost)
  tonnes(out, 10, facts.energySavedTce)
  positions[11] = yesNo(out, 11, facts.firstNationalGreenFactory)
  whole(out, 12, facts.talentAwardNominees)
  whole(out, 13, facts.stockingLoanAmount)
  positions[14] = yesNo(out, 14, facts.rdHighGrowth)
}

/** How readFacts reads each position; checked against factDefinitions when the module loads. */
const READ_AS = ['districts', 'industries', 'yuan', 'yuan', 'yuan', 'yuan', 'boolean', 'boolean', 'yuan', 'yuan', 'tonnes', 'boolean', 'count', 'yuan', 'boolean']
if (DEFS.length !== READ_AS.length || DEFS.some((d, i) => (d.type === 'code' ? d.catalogue : d.type) !== READ_AS[i])) {
  throw new Error('readFacts is out of step with factDefinitions')
}
