/**
 * The interpreter. A measure definition (JSON) is compiled once per evaluation date (and language
 * set): dated parameters are resolved for that date, thresholds, rates and caps become plain
 * numbers, and every reason text that does not depend on the profile is written out in advance
 * (a line is then at most prefix + formatted value + suffix). Evaluating a profile only reads the
 * facts once, compares numbers, formats the values it shows and builds the result, through small
 * switches rather than per-measure closures. Results that depend on codes and yes/no facts only
 * (including any measure's result when the number facts it reads are all unknown) are computed
 * once per combination and shared, frozen.
 * Compiled catalogues are cached per date (a small cache: a handful of dates are used at a time).
 *
 * Three-valued logic: a condition on an absent fact is `unknown` and its fact is reported in
 * `missing`; any unmet condition makes the measure `ineligible` (and `missing` empty, since no
 * fact would change that); otherwise any unknown condition makes it `unknown`. Alternatives
 * (`anyOf`) are a three-valued OR. A measure whose amount kind is `announced` (rules pending) says
 * `announced` where it would say `eligible`; money for selected people (`perPerson`) goes to
 * `amountPerPerson`, never to `amount`.
 */
import { applyBps, bpsToPercent, mulDivFloor, perUnit } from './arithmetic.js'
import { isCalendarDate } from './calendar.js'
import { districtGovernmentCode } from './catalogues/bureaus.js'
import { catalogues, monthNumber } from './catalogues/index.js'
import { FACT_INDEX, factDefinition, readFacts } from './facts/index.js'
import { decimalText, formatYuan, yuanZh } from './format.js'
import type {
  AmountFormula,
  AmountRange,
  Condition,
  DatedValue,
  EvaluateOptions,
  Evaluation,
  FactDefinition,
  FactName,
  Facts,
  Measure,
  NumberOperand,
  ParamValue,
  SimpleCondition,
  Tier,
  TraceStep,
} from './types.js'

const { districts, industries, technologyFields } = catalogues

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

/** The value in force on `asOf`: the last entry whose `from` ≤ asOf (entries in date order). */
export function resolveParam<T>(values: readonly DatedValue<T>[], asOf: string): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined
  for (const v of values) {
    if (v.from <= asOf) found = v
    else break
  }
  return found
}

class ParamUnavailable extends Error {}

function operand(m: Measure, op: NumberOperand, asOf: string): number {
  if (typeof op === 'number') return op
  const dv = resolveParam(m.params[op.param] ?? [], asOf)
  if (dv === undefined || typeof dv.value !== 'number') throw new ParamUnavailable(op.param)
  return dv.value
}

function tiersParam(m: Measure, name: string, asOf: string): Tier[] {
  const dv = resolveParam<ParamValue>(m.params[name] ?? [], asOf)
  if (dv === undefined || !Array.isArray(dv.value)) throw new ParamUnavailable(name)
  return [...dv.value].sort((a, b) => b.gte - a.gte)
}

// ---------------------------------------------------------------------------------------------
// Value texts
// ---------------------------------------------------------------------------------------------

const codeNames = new Map<string, { zh: string; en: string }>()
for (const i of industries) codeNames.set('industries:' + i.code, i)
for (const d of districts) codeNames.set('districts:' + d.code, d)
for (const t of technologyFields) codeNames.set('technologyFields:' + t.code, t)
for (const y of catalogues.ratingYears) codeNames.set('ratingYears:' + y.code, y)
for (const mo of catalogues.loanStartMonths) codeNames.set('loanStartMonths:' + mo.code, mo)

function valueText(def: FactDefinition, v: unknown, zh: boolean): string {
  switch (def.type) {
    case 'yuan':
      return formatYuan(v as number, zh ? 'zh' : 'en')
    case 'tonnes':
      return zh ? v + '吨标煤' : v + ' tce'
    case 'count':
      if (def.unit === 'months') return zh ? v + '个月' : v + ' months'
      return zh ? v + '人' : String(v)
    case 'boolean':
      return v ? (zh ? '是' : 'yes') : zh ? '否' : 'no'
    case 'code': {
      const n = codeNames.get(def.catalogue + ':' + String(v))
      return n === undefined ? String(v) : zh ? n.zh : n.en
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Compiled forms
// ---------------------------------------------------------------------------------------------
//
// A compiled condition or amount is a plain record of numbers and prepared texts, read by one
// evaluation function (`compute`) through small switches: no closure call, no template string and
// no number formatting beyond the value read happen per profile on the zh path. A reason line is at
// most `prefix + value text + suffix`, where prefix and suffix were prepared at compile time (and
// the whole line when it does not show the value). English lines, asked for less often, keep
// their closures.

/** Condition operators. */
const OP_TRUE = 0
const OP_IN = 1
const OP_GT = 2
const OP_GTE = 3
const OP_LT = 4
const OP_LTE = 5
/** anyOf: three-valued OR of `subs`. */
const OP_ANY = 6

/** How a value is written in a zh reason (VT_NONE: the line does not show the value). */
const VT_NONE = 0
const VT_YUAN = 1
const VT_TONNES = 2
const VT_COUNT = 3
const VT_BOOLEAN = 4
const VT_CODE = 5
const VT_MONTHS = 6

/** Amount kinds. AM_CONST: no fact read (fixed, case by case, none). */
const AM_CONST = 0
const AM_TIERS = 1
const AM_PERCENT = 2
const AM_PER_UNIT = 3
const AM_INTEREST = 4
const AM_UP_TO = 5

interface CompiledCondition {
  /** The fact tested (OP_ANY: the first alternative's, unused). */
  fact: FactName
  /** Position of the fact in the values array filled by readFacts (OP_ANY: -1). */
  index: number
  /** OP_ANY: the alternatives (simple conditions); null otherwise. */
  subs: CompiledCondition[] | null
  test: string
  op: number
  /** Threshold of gt/gte/lt/lte. */
  threshold: number
  /** Codes of `in`. */
  set: ReadonlySet<unknown> | null
  /** `in` over an open list (the text's list ends with 等): a value not named is unknown, not unmet. */
  open: boolean
  /** zh reason: vt === VT_NONE ? (met ? metZh : notMetZh) : preZh + value text + (met ? metZh : notMetZh). */
  vt: number
  codeZh: ReadonlyMap<unknown, string> | null
  preZh: string
  metZh: string
  notMetZh: string
  reasonEn(v: unknown, met: boolean): string
  unknownZh: string
  unknownEn: string
}

interface CompiledAmount {
  kind: number
  /** Fact the amount needs, or null (AM_CONST). */
  fact: FactName | null
  index: number
  /** AM_INTEREST: the term in months (second fact); otherwise null / -1. */
  fact2: FactName | null
  index2: number
  /** AM_INTEREST with a start month (third fact, `YYYY-MM`); otherwise null / -1. */
  fact3: FactName | null
  index3: number
  /** AM_INTEREST with a start: month numbers of the evaluation date and of the period's last day. */
  fromMonth: number
  toMonth: number
  missing3Zh: string
  missing3En: string
  /** AM_CONST: the amount (min = max), or -1 for none. */
  fixed: number
  /** AM_CONST of a perPerson formula: the range for each selected person (frozen); otherwise null. */
  perPerson: AmountRange | null
  /** AM_INTEREST: the zh amount line for each term in months, written once when first needed. */
  termLines: (string | undefined)[]
  lo: number
  hi: number
  cap: number
  /** AM_PER_UNIT: quantities from which the cap applies at the low / high end. */
  capQtyLo: number
  capQtyHi: number
  /** AM_TIERS: tiers by `gte` descending, their zh lines, and the line below every tier. */
  tiers: readonly Tier[]
  tierZh: readonly string[]
  belowZh: string
  /** zh reason when it does not show the value (AM_CONST, or the value is stated by a condition). */
  constZh: string | null
  /** Otherwise preZh + value text + sufZh. */
  preZh: string
  sufZh: string
  vt: number
  codeZh: ReadonlyMap<unknown, string> | null
  reasonEn(v: number, a: AmountRange | null, v2: number): string
  /** "The amount needs …" lines: [0] the first fact missing (or both), [1] only the second (AM_INTEREST). */
  missingZh: string
  missingEn: string
  missing2Zh: string
  missing2En: string
}

interface CompiledMeasure {
  id: string
  reference: Readonly<{ document: string; clause: string }>
  periodStep: Readonly<TraceStep>
  /** Why it is ineligible whatever the facts (out of period, parameter not in force). */
  blockedZh: string | null
  blockedEn: string | null
  conditions: CompiledCondition[]
  /** The single simple condition when there is exactly one (the common case: computeOne), else null. */
  one: CompiledCondition | null
  amount: CompiledAmount
  /** Amount kind `announced`: where the conditions hold, the status is `announced`, never `eligible`. */
  announced: boolean
  /** Reason lines of the measure's notes, added when it is not ineligible. */
  notesZh: readonly string[]
  notesEn: readonly string[]
  noConditionZh: string
  noConditionEn: string
  /** Frozen bureau lists: [0] without district, [i] with the district of index i (1-based). */
  bureausByDistrict: readonly (readonly string[])[]
  /**
   * Shared (frozen) results. The facts the result depends on are split into those with a finite
   * domain (codes, booleans: `memoFacts`, with `memoStrides` to form a key) and the others
   * (numbers: `numberFacts`). When every number fact is unknown (or there are none), the result
   * depends on the finite facts only and is computed once per combination: `memo`, null when the
   * combinations are too many.
   */
  memo: (Evaluation | undefined)[] | null
  memoFacts: number[]
  memoStrides: number[]
  numberFacts: number[]
  /** Whether evaluations carry `reasonsEn`. */
  english: boolean
}

const opZh = { gt: '大于', gte: '不低于', lt: '低于', lte: '不超过' } as const
const opEn = { gt: 'more than', gte: 'at least', lt: 'less than', lte: 'at most' } as const
const opSym = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const
const opCode = { gt: OP_GT, gte: OP_GTE, lt: OP_LT, lte: OP_LTE } as const

function mustFact(name: string): FactDefinition {
  const def = factDefinition(name)
  if (def === undefined) throw new Error(`unknown fact "${name}"`)
  return def
}

function valueKind(def: FactDefinition): number {
  switch (def.type) {
    case 'yuan':
      return VT_YUAN
    case 'tonnes':
      return VT_TONNES
    case 'count':
      return def.unit === 'months' ? VT_MONTHS : VT_COUNT
    case 'boolean':
      return VT_BOOLEAN
    case 'code':
      return VT_CODE
  }
}

/** zh names of the codes of a code fact's catalogue (null for other facts). */
function codeNamesZh(def: FactDefinition): ReadonlyMap<unknown, string> | null {
  if (def.type !== 'code') return null
  const prefix = def.catalogue + ':'
  const out = new Map<unknown, string>()
  for (const [key, n] of codeNames) if (key.startsWith(prefix)) out.set(key.slice(prefix.length), n.zh)
  return out
}

/** The zh text of a value read; the same as valueText(def, v, true). */
function valueZh(vt: number, codeZh: ReadonlyMap<unknown, string> | null, v: unknown): string {
  switch (vt) {
    case VT_YUAN:
      return yuanZh(v as number)
    case VT_TONNES:
      return decimalText(v as number) + '吨标煤'
    case VT_COUNT:
      return v + '人'
    case VT_MONTHS:
      return v + '个月'
    case VT_BOOLEAN:
      return v ? '是' : '否'
    default:
      return codeZh!.get(String(v)) ?? String(v)
  }
}

/** Header of the lines of alternatives that are not met (yet). */
const ANY_OF_ZH = '满足以下任一条件即可：'
const ANY_OF_EN = 'Any one of these is enough:'

function compileCondition(m: Measure, c: Condition, asOf: string): CompiledCondition {
  if (c.kind === 'anyOf') {
    const subs = c.conditions.map((sub) => compileSimple(m, sub, asOf))
    return {
      ...subs[0]!,
      index: -1,
      subs,
      test: 'any of',
      op: OP_ANY,
      unknownZh: ANY_OF_ZH,
      unknownEn: ANY_OF_EN,
    }
  }
  return compileSimple(m, c, asOf)
}

function compileSimple(m: Measure, c: SimpleCondition, asOf: string): CompiledCondition {
  const def = mustFact(c.fact)
  const label = def.label
  const base = {
    fact: c.fact,
    index: FACT_INDEX[c.fact],
    subs: null,
    open: false,
    codeZh: codeNamesZh(def),
    unknownZh: `待补充：${label.zh}`,
    unknownEn: `Missing: ${label.en}`,
  }
  switch (c.kind) {
    case 'isTrue':
      return {
        ...base,
        test: '= true',
        op: OP_TRUE,
        threshold: 0,
        set: null,
        vt: VT_NONE,
        preZh: '',
        metZh: label.zh + '：是',
        notMetZh: label.zh + '：否',
        reasonEn: (_v, met) => label.en + (met ? ': yes' : ': no'),
      }
    case 'in': {
      const names = c.values.map((code) => codeNames.get(def.catalogue + ':' + code) ?? { zh: code, en: code })
      const listZh = names.map((n) => n.zh).join('、')
      const listEn = names.map((n) => n.en).join(', ')
      return {
        ...base,
        test: 'in [' + c.values.join(', ') + ']',
        op: OP_IN,
        threshold: 0,
        set: new Set<unknown>(c.values),
        open: c.open === true,
        vt: valueKind(def),
        preZh: `${label.zh}为`,
        metZh: '，属于本条所列范围',
        notMetZh: c.open === true
          ? `，不在本条列举的范围(${listZh})；本条列举以“等”结尾，是否属于由责任单位认定`
          : `，不在本条所列范围(${listZh})`,
        reasonEn: (v, met) =>
          `${label.en} is ${valueText(def, v, false)}: ` +
          (met ? 'named by this clause' : c.open === true ? `not among ${listEn}; the clause's list ends with "etc.", so the bureaus decide` : `not among ${listEn}`),
      }
    }
    default: {
      const t = operand(m, c.value, asOf)
      const kind = c.kind
      const tZh = def.type === 'yuan' ? formatYuan(t, 'zh') : valueText(def, t, true)
      const tEn = def.type === 'yuan' ? formatYuan(t, 'en') : valueText(def, t, false)
      return {
        ...base,
        test: opSym[kind] + ' ' + t,
        op: opCode[kind],
        threshold: t,
        set: null,
        vt: valueKind(def),
        preZh: `${label.zh}为`,
        metZh: `，满足“${opZh[kind]}${tZh}”`,
        notMetZh: `，不满足“${opZh[kind]}${tZh}”`,
        reasonEn: (v, met) => `${label.en} is ${valueText(def, v, false)}: ${met ? 'meets' : 'does not meet'} "${opEn[kind]} ${tEn}"`,
      }
    }
  }
}

/** Fields of an amount that its kind does not use. */
const AMOUNT_DEFAULTS = {
  fact: null,
  index: -1,
  fact2: null,
  index2: -1,
  fact3: null,
  index3: -1,
  fromMonth: 0,
  toMonth: 0,
  missing3Zh: '',
  missing3En: '',
  fixed: -1,
  perPerson: null,
  termLines: [] as (string | undefined)[],
  lo: 0,
  hi: 0,
  cap: 0,
  capQtyLo: 0,
  capQtyHi: 0,
  tiers: [] as readonly Tier[],
  tierZh: [] as readonly string[],
  belowZh: '',
  constZh: null,
  preZh: '',
  sufZh: '',
  vt: VT_NONE,
  codeZh: null,
  missingZh: '',
  missingEn: '',
  missing2Zh: '',
  missing2En: '',
}

function compileAmount(m: Measure, f: AmountFormula, asOf: string): CompiledAmount {
  switch (f.kind) {
    case 'caseByCase':
      return { ...AMOUNT_DEFAULTS, kind: AM_CONST, constZh: '金额视具体情况确定', reasonEn: () => 'Amount decided case by case' }
    case 'none':
      return {
        ...AMOUNT_DEFAULTS,
        kind: AM_CONST,
        // The text states no sum for these: it is silent, which is not saying there is no money.
        constZh: '本条未明确资金标准',
        reasonEn: () => 'The clause states no funding standard',
      }
    case 'fixed': {
      const a = operand(m, f.amount, asOf)
      const en = `Amount: ${formatYuan(a, 'en')} one-time`
      return { ...AMOUNT_DEFAULTS, kind: AM_CONST, fixed: a, constZh: `金额：一次性${formatYuan(a, 'zh')}`, reasonEn: () => en }
    }
    case 'perPerson': {
      const max = operand(m, f.max, asOf)
      const en = `Award: up to ${formatYuan(max, 'en')} for each selected person, paid to the person: not the enterprise's money, not in its total`
      return {
        ...AMOUNT_DEFAULTS,
        kind: AM_CONST,
        perPerson: Object.freeze({ min: 0, max }),
        constZh: `奖励：每位入选者最高${formatYuan(max, 'zh')}，归入选者本人，不是企业的资金，不计入企业可享资金合计`,
        reasonEn: () => en,
      }
    }
    case 'announced':
      return {
        ...AMOUNT_DEFAULTS,
        kind: AM_CONST,
        constZh: '本项支持已公布、细则尚在研究制定：条件和金额以正式出台的办法为准，目前不能申请，也不计入企业可享资金',
        reasonEn: () => 'Announced, rules pending: conditions and amount come with the rules still being drawn up; nothing to apply for yet, and not counted in the total',
      }
    default:
      return compileFactAmount(m, f, asOf)
  }
}

type FactFormula = Exclude<AmountFormula, { kind: 'caseByCase' | 'none' | 'fixed' | 'perPerson' | 'announced' }>

function compileFactAmount(m: Measure, f: FactFormula, asOf: string): CompiledAmount {
  const def = mustFact(f.fact)
  const label = def.label
  // A condition on the same fact already states its value in the reasons.
  const stated = m.conditions.some((c) => c.kind !== 'anyOf' && c.fact === f.fact)
  const enV = (v: number) => (stated ? label.en : valueText(def, v, false))
  const base = {
    ...AMOUNT_DEFAULTS,
    fact: f.fact,
    index: FACT_INDEX[f.fact],
    vt: valueKind(def),
    codeZh: codeNamesZh(def),
    missingZh: `金额待补充：${label.zh}`,
    missingEn: `The amount needs: ${label.en}`,
  }
  /** zh line `pre + value + suf`, or `pre + suf` when a condition already states the value. */
  const line = (preZh: string, sufZh: string) => ({ preZh, sufZh, constZh: stated ? preZh + sufZh : null })
  switch (f.kind) {
    case 'tiers': {
      const tiers = tiersParam(m, f.tiers.param, asOf)
      // Lines by tier amount (for equal amounts the lowest such tier names the line).
      const zhByAmount = new Map(tiers.map((t) => [t.amount, `金额：达到${formatYuan(t.gte, 'zh')}档，补助${formatYuan(t.amount, 'zh')}`]))
      const enByAmount = new Map(tiers.map((t) => [t.amount, `Amount: tier from ${formatYuan(t.gte, 'en')}, grant ${formatYuan(t.amount, 'en')}`]))
      return {
        ...base,
        kind: AM_TIERS,
        tiers,
        tierZh: tiers.map((t) => zhByAmount.get(t.amount)!),
        belowZh: zhByAmount.get(0) ?? '金额：未达到任何档次',
        reasonEn: (_v, a) => enByAmount.get(a === null ? -1 : a.max) ?? 'Amount: below every tier',
      }
    }
    case 'percentOfCapped': {
      const lo = operand(m, f.minBps, asOf)
      const hi = operand(m, f.maxBps, asOf)
      const cap = operand(m, f.cap, asOf)
      const pct = lo === 0 ? '最高' + bpsToPercent(hi) : bpsToPercent(lo) + '—' + bpsToPercent(hi)
      const pctEn = lo === 0 ? 'up to ' + bpsToPercent(hi) : bpsToPercent(lo) + '–' + bpsToPercent(hi)
      const capEn = formatYuan(cap, 'en')
      return {
        ...base,
        kind: AM_PERCENT,
        lo,
        hi,
        cap,
        ...line(`金额：${label.zh}`, `的${pct}，不超过${formatYuan(cap, 'zh')}`),
        reasonEn: (v) => `Amount: ${pctEn} of ${enV(v)}, at most ${capEn}`,
      }
    }
    case 'perUnitRange': {
      const lo = operand(m, f.minPerUnit, asOf)
      const hi = operand(m, f.maxPerUnit, asOf)
      const cap = f.cap === undefined ? Number.MAX_SAFE_INTEGER : operand(m, f.cap, asOf)
      const capZh = f.cap === undefined ? '' : `，最高${formatYuan(cap, 'zh')}`
      const capEn = f.cap === undefined ? '' : `, at most ${formatYuan(cap, 'en')}`
      const unitZh = def.type === 'tonnes' ? '吨标煤' : def.unit === 'persons' ? '人' : def.unit === 'months' ? '月' : '单位'
      const unitEn = def.type === 'tonnes' ? 'tce' : def.unit === 'persons' ? 'person' : def.unit === 'months' ? 'month' : 'unit'
      const rateZh = lo === 0 ? `最高${formatYuan(hi, 'zh')}/${unitZh}` : `${lo}—${hi}元/${unitZh}`
      const rateEn = lo === 0 ? `up to ${formatYuan(hi, 'en')} per ${unitEn}` : `CNY ${lo}–${hi} per ${unitEn}`
      return {
        ...base,
        kind: AM_PER_UNIT,
        lo,
        hi,
        cap,
        // Above these quantities the cap applies at both ends; avoids large products.
        capQtyLo: lo > 0 ? cap / lo : Infinity,
        capQtyHi: hi > 0 ? cap / hi : Infinity,
        // zh: "金额：{value}，按{rate}{cap}", or "金额：按{rate}{cap}" when stated.
        preZh: '金额：',
        sufZh: `，按${rateZh}${capZh}`,
        constZh: stated ? `金额：按${rateZh}${capZh}` : null,
        reasonEn: () => `Amount: ${rateEn}${capEn}`,
      }
    }
    case 'interestSubsidy': {
      const lo = operand(m, f.minBps, asOf)
      const hi = operand(m, f.maxBps, asOf)
      const term = mustFact(f.termMonthsFact)
      const rate = bpsToPercent(lo) + '—' + bpsToPercent(hi)
      const rateEn = bpsToPercent(lo) + '–' + bpsToPercent(hi)
      const both = f.termMonthsFact === f.fact ? label : { zh: `${label.zh}、${term.label.zh}`, en: `${label.en}, ${term.label.en}` }
      const start = f.startMonthFact === undefined ? undefined : mustFact(f.startMonthFact)
      const needed = start === undefined ? both : { zh: `${both.zh}、${start.label.zh}`, en: `${both.en}, ${start.label.en}` }
      const monthsZh = start === undefined ? term.label.zh : `计入的月数(${m.period.to}前、自${asOf.slice(0, 7)}或贷款起始年月起)`
      const monthsEn = start === undefined ? '' : ` (months inside the period to ${m.period.to}, from ${asOf.slice(0, 7)} or the start)`
      return {
        ...base,
        kind: AM_INTEREST,
        lo,
        hi,
        fact2: f.termMonthsFact,
        index2: FACT_INDEX[f.termMonthsFact],
        fact3: start === undefined ? null : start.name,
        index3: start === undefined ? -1 : FACT_INDEX[start.name],
        fromMonth: monthNumber(asOf),
        toMonth: monthNumber(m.period.to),
        missing3Zh: start === undefined ? '' : `金额待补充：${start.label.zh}(只计贷款在方案有效期内、评估日以后的月份)`,
        missing3En: start === undefined ? '' : `The amount needs: ${start.label.en} (only the loan's months inside the plan period, from the evaluation date, count)`,
        termLines: [],
        // zh: "金额：{principal}的{rate}年贴息，按期限{months}折算"; the principal's value is in its condition and the trace.
        preZh: `金额：${label.zh}×${rate}(年贴息率)×${monthsZh}`,
        sufZh: '÷12，向下取整',
        constZh: null,
        vt: valueKind(term),
        codeZh: null,
        reasonEn: (_v, _a, months) => `Amount: ${label.en} × ${rateEn} (yearly) × ${valueText(term, months, false)}${monthsEn} ÷ 12, rounded down`,
        missingZh: `金额待补充：${needed.zh}`,
        missingEn: `The amount needs: ${needed.en}`,
        missing2Zh: `金额待补充：${term.label.zh}(贴息率为年率，金额取决于贷款期限)`,
        missing2En: `The amount needs: ${term.label.en} (the rate is yearly: the amount depends on the term)`,
      }
    }
    case 'upToFact': {
      const cap = operand(m, f.cap, asOf)
      const capEn = formatYuan(cap, 'en')
      return {
        ...base,
        kind: AM_UP_TO,
        cap,
        ...line(`金额：最高为${label.zh}`, `，累计不超过${formatYuan(cap, 'zh')}`),
        reasonEn: (v) => `Amount: up to ${enV(v)}, cumulative at most ${capEn}`,
      }
    }
  }
}

/** Largest number of shared results kept per measure and date (combinations of codes and yes/no facts). */
const MEMO_LIMIT = 8192

function compileMeasure(m: Measure, asOf: string, english: boolean): CompiledMeasure {
  const inPeriod = m.period.from <= asOf && asOf <= m.period.to
  let blockedZh: string | null = null
  let blockedEn: string | null = null
  if (!inPeriod) {
    const before = asOf < m.period.from
    blockedZh = before
      ? `评估日期${asOf}早于本措施实施日期${m.period.from}`
      : `评估日期${asOf}晚于本措施有效期截止日${m.period.to}`
    blockedEn = before
      ? `Evaluation date ${asOf} is before the measure takes effect on ${m.period.from}`
      : `Evaluation date ${asOf} is after the measure expired on ${m.period.to}`
  }
  let conditions: CompiledCondition[] = []
  let amount: CompiledAmount
  try {
    conditions = m.conditions.map((c) => compileCondition(m, c, asOf))
    amount = compileAmount(m, m.amount, asOf)
  } catch (e) {
    if (!(e instanceof ParamUnavailable)) throw e
    if (blockedZh === null) {
      blockedZh = `参数“${e.message}”在${asOf}尚未生效`
      blockedEn = `Parameter "${e.message}" is not in force on ${asOf}`
    }
    amount = compileAmount(m, { kind: 'none' }, asOf)
  }
  const bureausByDistrict: (readonly string[])[] = [Object.freeze([...m.bureaus])]
  for (const d of districts) {
    bureausByDistrict.push(m.districtGovernments ? Object.freeze([...m.bureaus, districtGovernmentCode(d.code)]) : bureausByDistrict[0]!)
  }
  // Facts the result depends on, split into finite-domain facts and numbers.
  const deps = new Set<number>()
  if (blockedZh === null) {
    for (const c of conditions) {
      if (c.subs === null) deps.add(c.index)
      else for (const sub of c.subs) deps.add(sub.index)
    }
    if (amount.index >= 0) deps.add(amount.index)
    if (amount.index2 >= 0) deps.add(amount.index2)
    if (amount.index3 >= 0) deps.add(amount.index3)
  }
  if (m.districtGovernments) deps.add(FACT_INDEX.district)
  const memoFacts = [...deps].filter((i) => radix(i) > 0)
  const numberFacts = [...deps].filter((i) => radix(i) === 0)
  const memoStrides: number[] = []
  let size = 1
  for (const i of memoFacts) {
    memoStrides.push(size)
    size *= radix(i)
  }
  return {
    id: m.id,
    reference: Object.freeze({ document: m.reference.document, clause: m.reference.clause }),
    periodStep: Object.freeze<TraceStep>({ fact: 'asOf', value: asOf, test: m.period.from + ' ≤ asOf ≤ ' + m.period.to, result: inPeriod ? 'met' : 'not-met' }),
    blockedZh,
    blockedEn,
    conditions,
    one: conditions.length === 1 && conditions[0]!.subs === null ? conditions[0]! : null,
    amount,
    announced: m.amount.kind === 'announced',
    notesZh: Object.freeze((m.notes ?? []).map((n) => n.zh)),
    notesEn: Object.freeze((m.notes ?? []).map((n) => n.en)),
    noConditionZh: `适用对象：${m.targets.zh}`,
    noConditionEn: `Applies to: ${m.targets.en}`,
    bureausByDistrict,
    memo: size <= MEMO_LIMIT ? new Array<Evaluation | undefined>(size) : null,
    memoFacts,
    memoStrides,
    numberFacts,
    english,
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

/** Throws a RangeError unless `asOf` is a real calendar date written YYYY-MM-DD. */
export function assertIsoDate(asOf: unknown, what = 'asOf'): asserts asOf is string {
  if (isCalendarDate(asOf)) return
  throw new RangeError(`${what} must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(asOf)})`)
}

const DISTRICT = FACT_INDEX.district
const factDefs = Object.entries(FACT_INDEX).sort((a, b) => a[1] - b[1]).map(([name]) => mustFact(name))

/** Number of distinct values (unknown included) of a fact with a finite domain; 0 otherwise. */
function radix(i: number): number {
  const def = factDefs[i]!
  if (def.type === 'boolean') return 3
  if (def.type === 'code') return catalogues[def.catalogue ?? 'industries'].length + 1
  return 0
}

const EMPTY: FactName[] = Object.freeze([]) as unknown as FactName[]

function deepFreeze(e: Evaluation): Evaluation {
  for (const t of e.trace) Object.freeze(t)
  Object.freeze(e.trace)
  Object.freeze(e.reasons)
  if (e.reasonsEn !== undefined) Object.freeze(e.reasonsEn)
  Object.freeze(e.missing)
  if (e.amount !== null) Object.freeze(e.amount)
  return Object.freeze(e)
}

function run(cm: CompiledMeasure, vals: unknown[], fin: number[]): Evaluation {
  const memo = cm.memo
  if (memo === null) return compute(cm, vals, fin[DISTRICT]!)
  const nf = cm.numberFacts
  for (let i = 0; i < nf.length; i++) {
    if (vals[nf[i]!] !== undefined) return compute(cm, vals, fin[DISTRICT]!)
  }
  const mf = cm.memoFacts
  const st = cm.memoStrides
  let key = 0
  for (let i = 0; i < mf.length; i++) key += fin[mf[i]!]! * st[i]!
  let e = memo[key]
  if (e === undefined) {
    e = deepFreeze(compute(cm, vals, fin[DISTRICT]!))
    memo[key] = e
  }
  return e
}


function check(c: CompiledCondition, v: unknown): boolean {
  switch (c.op) {
    case OP_TRUE:
      return v === true
    case OP_IN:
      return c.set!.has(v)
    case OP_GT:
      return (v as number) > c.threshold
    case OP_GTE:
      return (v as number) >= c.threshold
    case OP_LT:
      return (v as number) < c.threshold
    default:
      return (v as number) <= c.threshold
  }
}

function conditionZh(c: CompiledCondition, v: unknown, met: boolean): string {
  if (c.vt === VT_NONE) return met ? c.metZh : c.notMetZh
  return c.preZh + valueZh(c.vt, c.codeZh, v) + (met ? c.metZh : c.notMetZh)
}

/** Denominator of a yearly rate in basis points applied for a number of months: 12 × 10 000. */
const MONTHS_BPS = 12 * 10_000

/** The amount for known values of the amount's facts (kinds other than AM_CONST). */
function amountFor(am: CompiledAmount, v: number, v2: number): AmountRange {
  switch (am.kind) {
    case AM_TIERS: {
      const tiers = am.tiers
      for (let i = 0; i < tiers.length; i++) {
        const t = tiers[i]!
        if (v >= t.gte) return { min: t.amount, max: t.amount }
      }
      return { min: 0, max: 0 }
    }
    case AM_PERCENT: {
      const cap = am.cap
      const a = applyBps(v, am.lo)
      const b = applyBps(v, am.hi)
      return { min: a < cap ? a : cap, max: b < cap ? b : cap }
    }
    case AM_PER_UNIT: {
      const cap = am.cap
      return {
        min: v >= am.capQtyLo ? cap : Math.min(perUnit(v, am.lo), cap),
        max: v >= am.capQtyHi ? cap : Math.min(perUnit(v, am.hi), cap),
      }
    }
    case AM_INTEREST:
      // principal × bps × months ÷ (12 × 10 000), floored; exact within the facts' bounds.
      return { min: mulDivFloor(v, am.lo * v2, MONTHS_BPS), max: mulDivFloor(v, am.hi * v2, MONTHS_BPS) }
    default: {
      const cap = am.cap
      return { min: 0, max: v < cap ? v : cap }
    }
  }
}

/** The zh amount line for known values of the amount's facts. */
function amountZh(am: CompiledAmount, v: number, v2: number): string {
  if (am.kind === AM_TIERS) {
    const tiers = am.tiers
    for (let i = 0; i < tiers.length; i++) if (v >= tiers[i]!.gte) return am.tierZh[i]!
    return am.belowZh
  }
  if (am.kind === AM_INTEREST) {
    // A term is a whole number of months within its bound: one line per term, kept.
    const lines = am.termLines
    return lines[v2] ?? (lines[v2] = am.preZh + valueZh(am.vt, null, v2) + am.sufZh)
  }
  if (am.constZh !== null) return am.constZh
  return am.preZh + valueZh(am.vt, am.codeZh, v) + am.sufZh
}

/**
 * The amount part of an evaluation, written by `amountPart` into this one record (one evaluation
 * runs at a time, synchronously: no record is allocated per evaluation on the hot path).
 */
const slot: { amount: AmountRange | null; zh: string; en: string; needA: FactName | null; needB: FactName | null; needC: FactName | null } = {
  amount: null,
  zh: '',
  en: '',
  /** Facts the amount still needs (null: none). */
  needA: null,
  needB: null,
  needC: null,
}

/** The months of a loan (start month, term) inside [fromMonth, toMonth]. */
function monthsInside(am: CompiledAmount, start: string, term: number): number {
  const s = monthNumber(start)
  const first = s > am.fromMonth ? s : am.fromMonth
  const end = s + term - 1
  const last = end < am.toMonth ? end : am.toMonth
  return last >= first ? last - first + 1 : 0
}

/** Computes the amount, its reason lines (zh, and en when asked) and the facts it still needs. */
function amountPart(am: CompiledAmount, vals: unknown[], en: boolean): void {
  slot.needA = null
  slot.needB = null
  slot.needC = null
  slot.en = ''
  if (am.index < 0) {
    slot.amount = am.fixed >= 0 ? { min: am.fixed, max: am.fixed } : null
    slot.zh = am.constZh!
    if (en) slot.en = am.reasonEn(0, slot.amount, 0)
    return
  }
  const v = vals[am.index]
  const v2 = am.index2 < 0 ? 0 : vals[am.index2]
  const v3 = am.index3 < 0 ? '' : vals[am.index3]
  if (v === undefined || v2 === undefined || v3 === undefined) {
    slot.amount = null
    if (v === undefined) {
      slot.needA = am.fact
      if (v2 === undefined) slot.needB = am.fact2
      if (v3 === undefined) slot.needC = am.fact3
      slot.zh = am.missingZh
      if (en) slot.en = am.missingEn
    } else if (v2 === undefined) {
      slot.needA = am.fact2
      if (v3 === undefined) slot.needC = am.fact3
      slot.zh = am.missing2Zh
      if (en) slot.en = am.missing2En
    } else {
      slot.needA = am.fact3
      slot.zh = am.missing3Zh
      if (en) slot.en = am.missing3En
    }
    return
  }
  const months = am.index3 < 0 ? (v2 as number) : monthsInside(am, v3 as string, v2 as number)
  slot.amount = amountFor(am, v as number, months)
  slot.zh = amountZh(am, v as number, months)
  if (en) slot.en = am.reasonEn(v as number, slot.amount, months)
}

/** `missing` with `fact` added once (EMPTY and the lists of shared results are never modified). */
function withMissing(missing: FactName[], fact: FactName): FactName[] {
  if (missing === EMPTY) return [fact]
  if (missing.includes(fact)) return missing
  missing.push(fact)
  return missing
}

function compute(cm: CompiledMeasure, vals: unknown[], district: number): Evaluation {
  const bureaus = cm.bureausByDistrict[district] as string[]
  if (cm.blockedZh !== null) {
    return finish(cm, 'ineligible', null, null, EMPTY, [cm.blockedZh], cm.english ? [cm.blockedEn!] : undefined, [cm.periodStep], bureaus)
  }
  const one = cm.one
  return one !== null ? computeOne(cm, one, vals, bureaus) : computeMany(cm, cm.conditions, vals, bureaus)
}

/** Reason lines: the given ones, then the measure's notes. */
function withNotes(lines: string[], notes: readonly string[]): string[] {
  for (let i = 0; i < notes.length; i++) lines.push(notes[i]!)
  return lines
}

/**
 * One simple condition (the common case, and every measure with an amount in the plan): the trace,
 * reasons and missing lists are built at their final size.
 */
function computeOne(cm: CompiledMeasure, c: CompiledCondition, vals: unknown[], bureaus: string[]): Evaluation {
  const en = cm.english
  const v = vals[c.index]
  let step: TraceStep
  let r0: string
  let r0En = ''
  let missing = EMPTY
  let settled = v !== undefined
  if (!settled) {
    step = { fact: c.fact, value: null, test: c.test, result: 'unknown' }
    r0 = c.unknownZh
    if (en) r0En = c.unknownEn
    missing = [c.fact]
  } else {
    const met = check(c, v)
    // An open list (等): a value not named is unknown, not unmet.
    const open = !met && c.open
    if (open) settled = false
    step = { fact: c.fact, value: v as string | number | boolean, test: c.test, result: met ? 'met' : open ? 'unknown' : 'not-met' }
    r0 = conditionZh(c, v, met)
    if (en) r0En = c.reasonEn(v, met)
    if (!met && !open) return finish(cm, 'ineligible', null, null, EMPTY, [r0], en ? [r0En] : undefined, [cm.periodStep, step], bureaus)
  }
  // The amount, written out here for the kinds of one fact or none (the hot path); the interest
  // subsidy, which reads two facts, goes through amountPart.
  const am = cm.amount
  let amount: AmountRange | null = null
  let r1: string
  let r1En = ''
  if (am.index < 0) {
    if (am.fixed >= 0) amount = { min: am.fixed, max: am.fixed }
    r1 = am.constZh!
    if (en) r1En = am.reasonEn(0, amount, 0)
  } else if (am.index2 < 0) {
    const av = vals[am.index]
    if (av === undefined) {
      const f = am.fact!
      missing = missing === EMPTY ? [f] : missing[0] === f ? missing : [missing[0]!, f]
      r1 = am.missingZh
      if (en) r1En = am.missingEn
    } else {
      amount = amountFor(am, av as number, 0)
      r1 = amountZh(am, av as number, 0)
      if (en) r1En = am.reasonEn(av as number, amount, 0)
    }
  } else {
    amountPart(am, vals, en)
    if (slot.needA !== null) missing = withMissing(missing, slot.needA)
    if (slot.needB !== null) missing = withMissing(missing, slot.needB)
    if (slot.needC !== null) missing = withMissing(missing, slot.needC)
    amount = slot.amount
    r1 = slot.zh
    r1En = slot.en
  }
  const notes = cm.notesZh
  const reasons = notes.length === 0 ? [r0, r1] : notes.length === 1 ? [r0, r1, notes[0]!] : withNotes([r0, r1], notes)
  const reasonsEn = en ? (notes.length === 0 ? [r0En, r1En] : withNotes([r0En, r1En], cm.notesEn)) : undefined
  const status = !settled ? 'unknown' : cm.announced ? 'announced' : 'eligible'
  return finish(cm, status, amount, am.perPerson, missing, reasons, reasonsEn, [cm.periodStep, step], bureaus)
}

/** Any number of conditions, alternatives included (none: the measure applies to every enterprise it targets). */
function computeMany(cm: CompiledMeasure, conds: CompiledCondition[], vals: unknown[], bureaus: string[]): Evaluation {
  const trace: TraceStep[] = [cm.periodStep]
  const reasons: string[] = []
  const reasonsEn: string[] | undefined = cm.english ? [] : undefined
  let missing: FactName[] = EMPTY
  // 1 = all met so far, 2 = some unknown, 0 = some not met
  let state = 1
  // Positions of the lines of unknown conditions: dropped when another condition is not met, since
  // no answer would change the result then (the trace still shows them unknown).
  let unknownLines: number[] | null = null
  const n = conds.length
  if (n === 0) {
    reasons.push(cm.noConditionZh)
    if (reasonsEn !== undefined) reasonsEn.push(cm.noConditionEn)
  }
  for (let i = 0; i < n; i++) {
    const c = conds[i]!
    if (c.subs !== null) {
      const r = alternatives(c.subs, vals, trace, reasons, reasonsEn)
      if (r === 0) state = 0
      else if (r === 2) {
        for (const sub of c.subs) if (vals[sub.index] === undefined) missing = withMissing(missing, sub.fact)
        if (state === 1) state = 2
        ;(unknownLines ??= []).push(reasons.length - 1)
      }
      continue
    }
    const v = vals[c.index]
    if (v === undefined) {
      trace.push({ fact: c.fact, value: null, test: c.test, result: 'unknown' })
      ;(unknownLines ??= []).push(reasons.length)
      reasons.push(c.unknownZh)
      if (reasonsEn !== undefined) reasonsEn.push(c.unknownEn)
      missing = withMissing(missing, c.fact)
      if (state === 1) state = 2
    } else {
      const met = check(c, v)
      const open = !met && c.open
      trace.push({ fact: c.fact, value: v as string | number | boolean, test: c.test, result: met ? 'met' : open ? 'unknown' : 'not-met' })
      if (open) (unknownLines ??= []).push(reasons.length)
      reasons.push(conditionZh(c, v, met))
      if (reasonsEn !== undefined) reasonsEn.push(c.reasonEn(v, met))
      if (open) {
        if (state === 1) state = 2
      } else if (!met) state = 0
    }
  }

  if (state === 0) {
    if (unknownLines === null) return finish(cm, 'ineligible', null, null, EMPTY, reasons, reasonsEn, trace, bureaus)
    const drop = new Set(unknownLines)
    const keep = (_line: string, i: number) => !drop.has(i)
    return finish(cm, 'ineligible', null, null, EMPTY, reasons.filter(keep), reasonsEn?.filter(keep), trace, bureaus)
  }

  amountPart(cm.amount, vals, reasonsEn !== undefined)
  if (slot.needA !== null) missing = withMissing(missing, slot.needA)
  if (slot.needB !== null) missing = withMissing(missing, slot.needB)
  if (slot.needC !== null) missing = withMissing(missing, slot.needC)
  reasons.push(slot.zh)
  withNotes(reasons, cm.notesZh)
  if (reasonsEn !== undefined) {
    reasonsEn.push(slot.en)
    withNotes(reasonsEn, cm.notesEn)
  }
  const status = state === 2 ? 'unknown' : cm.announced ? 'announced' : 'eligible'
  return finish(cm, status, slot.amount, cm.amount.perPerson, missing, reasons, reasonsEn, trace, bureaus)
}

/**
 * Alternatives (three-valued OR): each is traced (marked `alternative`); returns 1 when one is met
 * (its line is the reason), 0 when all are not met, 2 otherwise (unknown). When none is met the
 * reason is one line: "any one of these is enough:" and each alternative's line.
 */
function alternatives(subs: CompiledCondition[], vals: unknown[], trace: TraceStep[], reasons: string[], reasonsEn: string[] | undefined): number {
  let metAt = -1
  let unknown = false
  for (let j = 0; j < subs.length; j++) {
    const sub = subs[j]!
    const v = vals[sub.index]
    if (v === undefined) {
      unknown = true
      trace.push({ fact: sub.fact, value: null, test: sub.test, result: 'unknown', alternative: true })
    } else {
      const met = check(sub, v)
      if (met && metAt < 0) metAt = j
      const open = !met && sub.open
      if (open) unknown = true
      trace.push({ fact: sub.fact, value: v as string | number | boolean, test: sub.test, result: met ? 'met' : open ? 'unknown' : 'not-met', alternative: true })
    }
  }
  if (metAt >= 0) {
    const sub = subs[metAt]!
    const v = vals[sub.index]
    // The same line may already stand for a condition on the same fact (e.g. (二): the industry is
    // named, and for AI the chips are asked): it is said once.
    const line = conditionZh(sub, v, true)
    if (!reasons.includes(line)) {
      reasons.push(line)
      if (reasonsEn !== undefined) reasonsEn.push(sub.reasonEn(v, true))
    }
    return 1
  }
  const zh: string[] = []
  const en: string[] = []
  for (const sub of subs) {
    const v = vals[sub.index]
    zh.push(v === undefined ? sub.unknownZh : conditionZh(sub, v, false))
    if (reasonsEn !== undefined) en.push(v === undefined ? sub.unknownEn : sub.reasonEn(v, false))
  }
  reasons.push(ANY_OF_ZH + zh.join('；'))
  if (reasonsEn !== undefined) reasonsEn.push(ANY_OF_EN + ' ' + en.join('; '))
  return unknown ? 2 : 0
}

function finish(
  cm: CompiledMeasure,
  status: Evaluation['status'],
  amount: AmountRange | null,
  amountPerPerson: AmountRange | null,
  missing: FactName[],
  reasons: string[],
  reasonsEn: string[] | undefined,
  trace: TraceStep[],
  bureaus: string[],
): Evaluation {
  const reference = cm.reference as Evaluation['reference']
  return reasonsEn === undefined
    ? { measureId: cm.id, status, amount, amountPerPerson, missing, reasons, trace, reference, bureaus }
    : { measureId: cm.id, status, amount, amountPerPerson, missing, reasons, reasonsEn, trace, reference, bureaus }
}

export interface Evaluator {
  /** Every measure, in catalogue order. */
  evaluate(facts: Facts, options: EvaluateOptions): Evaluation[]
  /** One measure; throws if the id is unknown. */
  evaluateMeasure(id: string, facts: Facts, options: EvaluateOptions): Evaluation
}

const CACHE_LIMIT = 32
const FACT_INDEX_SIZE = Object.keys(FACT_INDEX).length

/**
 * An evaluator over a list of measure definitions (validate them first with `validateMeasure`).
 * The package's `evaluate` / `evaluateMeasure` use the built-in catalogue.
 */
export function createEvaluator(definitions: readonly Measure[]): Evaluator {
  const cache = new Map<string, { all: CompiledMeasure[]; byId: Map<string, CompiledMeasure> }>()
  const ids = new Set(definitions.map((d) => d.id))
  /**
   * Scratch arrays, reused by every (synchronous) call: fact values, and for the facts with a
   * finite domain the position of their value (see readFacts), which keys the shared results.
   */
  const values: unknown[] = new Array(FACT_INDEX_SIZE).fill(undefined)
  const fin: number[] = new Array<number>(FACT_INDEX_SIZE).fill(0)

  function compiled(options: EvaluateOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('options { asOf: "YYYY-MM-DD" } are required')
    const asOf = options.asOf
    const english = options.reasonsEn === true
    const key = english ? asOf + '+en' : asOf
    let c = cache.get(key)
    if (c === undefined) {
      assertIsoDate(asOf, 'options.asOf')
      const all = definitions.map((d) => compileMeasure(d, asOf, english))
      c = { all, byId: new Map(all.map((x) => [x.id, x])) }
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(key, c)
    }
    return c
  }

  return {
    evaluate(facts, options) {
      const c = compiled(options)
      readFacts(facts, values, fin)
      const all = c.all
      const out: Evaluation[] = new Array(all.length)
      for (let i = 0; i < all.length; i++) out[i] = run(all[i]!, values, fin)
      return out
    },
    evaluateMeasure(id, facts, options) {
      if (!ids.has(id)) throw new RangeError(`unknown measure "${id}"`)
      const c = compiled(options)
      readFacts(facts, values, fin)
      return run(c.byId.get(id)!, values, fin)
    },
  }
}
