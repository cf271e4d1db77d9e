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
 * fact would change that); otherwise any unknown condition makes it `unknown`.
 */
import { applyBps, bpsToPercent, perUnit } from './arithmetic.js'
import { isCalendarDate } from './calendar.js'
import { districtGovernmentCode } from './catalogues/bureaus.js'
import { districts } from './catalogues/districts.js'
import { industries } from './catalogues/industries.js'
import { FACT_INDEX, factDefinition, readFacts } from './facts.js'
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
  Tier,
  TraceStep,
} from './types.js'

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

function valueText(def: FactDefinition, v: unknown, zh: boolean): string {
  switch (def.type) {
    case 'yuan':
      return formatYuan(v as number, zh ? 'zh' : 'en')
    case 'tonnes':
      return zh ? v + '吨标煤' : v + ' tce'
    case 'count':
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

/** How a value is written in a zh reason (VT_NONE: the line does not show the value). */
const VT_NONE = 0
const VT_YUAN = 1
const VT_TONNES = 2
const VT_COUNT = 3
const VT_BOOLEAN = 4
const VT_CODE = 5

/** Amount kinds. AM_CONST: no fact read (fixed, case by case, none). */
const AM_CONST = 0
const AM_TIERS = 1
const AM_PERCENT = 2
const AM_PER_UNIT = 3
const AM_RATE = 4
const AM_UP_TO = 5

interface CompiledCondition {
  fact: FactName
  /** Position of the fact in the values array filled by readFacts. */
  index: number
  test: string
  op: number
  /** Threshold of gt/gte/lt/lte. */
  threshold: number
  /** Codes of `in`. */
  set: ReadonlySet<unknown> | null
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
  /** AM_CONST: the amount (min = max), or -1 for none. */
  fixed: number
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
  reasonEn(v: number, a: AmountRange | null): string
  missingZh: string
  missingEn: string
}

interface CompiledMeasure {
  id: string
  reference: Readonly<{ document: string; clause: string }>
  periodStep: Readonly<TraceStep>
  /** Why it is ineligible whatever the facts (out of period, parameter not in force). */
  blockedZh: string | null
  blockedEn: string | null
  conditions: CompiledCondition[]
  amount: CompiledAmount
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
      return VT_COUNT
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
    case VT_BOOLEAN:
      return v ? '是' : '否'
    default:
      return codeZh!.get(String(v)) ?? String(v)
  }
}

function compileCondition(m: Measure, c: Condition, asOf: string): CompiledCondition {
  const def = mustFact(c.fact)
  const label = def.label
  const base = {
    fact: c.fact,
    index: FACT_INDEX[c.fact],
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
        vt: valueKind(def),
        preZh: `${label.zh}为`,
        metZh: '，属于本条所列范围',
        notMetZh: `，不在本条所列范围(${listZh})`,
        reasonEn: (v, met) =>
          `${label.en} is ${valueText(def, v, false)}: ` + (met ? 'named by this clause' : `not among ${listEn}`),
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
  fixed: -1,
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
}

function compileAmount(m: Measure, f: AmountFormula, asOf: string): CompiledAmount {
  switch (f.kind) {
    case 'caseByCase':
      return { ...AMOUNT_DEFAULTS, kind: AM_CONST, constZh: '金额视具体情况确定', reasonEn: () => 'Amount decided case by case' }
    case 'none':
      return {
        ...AMOUNT_DEFAULTS,
        kind: AM_CONST,
        constZh: '本条为政策支持和服务措施，不涉及直接资金补助',
        reasonEn: () => 'Support through services and policy, not a direct grant',
      }
    case 'fixed': {
      const a = operand(m, f.amount, asOf)
      const en = `Amount: ${formatYuan(a, 'en')} one-time`
      return { ...AMOUNT_DEFAULTS, kind: AM_CONST, fixed: a, constZh: `金额：一次性${formatYuan(a, 'zh')}`, reasonEn: () => en }
    }
    default:
      return compileFactAmount(m, f, asOf)
  }
}

type FactFormula = Exclude<AmountFormula, { kind: 'caseByCase' | 'none' | 'fixed' }>

function compileFactAmount(m: Measure, f: FactFormula, asOf: string): CompiledAmount {
  const def = mustFact(f.fact)
  const label = def.label
  // A condition on the same fact already states its value in the reasons.
  const stated = m.conditions.some((c) => c.fact === f.fact)
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
      const unitZh = def.type === 'tonnes' ? '吨标煤' : def.type === 'count' ? '人' : '单位'
      const unitEn = def.type === 'tonnes' ? 'tce' : def.type === 'count' ? 'person' : 'unit'
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
    case 'rateRange': {
      const lo = operand(m, f.minBps, asOf)
      const hi = operand(m, f.maxBps, asOf)
      const rate = bpsToPercent(lo) + '—' + bpsToPercent(hi)
      const rateEn = bpsToPercent(lo) + '–' + bpsToPercent(hi)
      return {
        ...base,
        kind: AM_RATE,
        lo,
        hi,
        ...line(`金额：${label.zh}`, `的${rate}贴息`),
        reasonEn: (v) => `Amount: ${rateEn} of ${enV(v)}`,
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
    for (const c of conditions) deps.add(c.index)
    if (amount.index >= 0) deps.add(amount.index)
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
    amount,
    noConditionZh: `适用对象：${m.targets.zh}`,
    noConditionEn: `Applies to: ${m.targets.en}`,
    bureausByDistrict,
    memo: size <= 4096 ? new Array<Evaluation | undefined>(size) : null,
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
  if (def.type === 'code') return (def.catalogue === 'districts' ? districts.length : industries.length) + 1
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

/** The amount for a known value of the amount's fact (kinds other than AM_CONST). */
function amountFor(am: CompiledAmount, v: number): AmountRange {
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
    case AM_RATE:
      return { min: applyBps(v, am.lo), max: applyBps(v, am.hi) }
    default: {
      const cap = am.cap
      return { min: 0, max: v < cap ? v : cap }
    }
  }
}

/** The zh amount line for a known value of the amount's fact. */
function amountZh(am: CompiledAmount, v: number): string {
  if (am.kind === AM_TIERS) {
    const tiers = am.tiers
    for (let i = 0; i < tiers.length; i++) if (v >= tiers[i]!.gte) return am.tierZh[i]!
    return am.belowZh
  }
  if (am.constZh !== null) return am.constZh
  return am.preZh + valueZh(am.vt, am.codeZh, v) + am.sufZh
}

function compute(cm: CompiledMeasure, vals: unknown[], district: number): Evaluation {
  const bureaus = cm.bureausByDistrict[district] as string[]
  if (cm.blockedZh !== null) {
    return finish(cm, 'ineligible', null, EMPTY, [cm.blockedZh], cm.english ? [cm.blockedEn!] : undefined, [cm.periodStep], bureaus)
  }
  const conds = cm.conditions
  return conds.length === 1 ? computeOne(cm, conds[0]!, vals, bureaus) : computeMany(cm, conds, vals, bureaus)
}

/**
 * One condition (the common case, and every measure with an amount in the plan): the trace,
 * reasons and missing lists are built at their final size.
 */
function computeOne(cm: CompiledMeasure, c: CompiledCondition, vals: unknown[], bureaus: string[]): Evaluation {
  const en = cm.english
  const v = vals[c.index]
  let step: TraceStep
  let r0: string
  let r0En = ''
  let missing = EMPTY
  const settled = v !== undefined
  if (!settled) {
    step = { fact: c.fact, value: null, test: c.test, result: 'unknown' }
    r0 = c.unknownZh
    if (en) r0En = c.unknownEn
    missing = [c.fact]
  } else {
    const met = check(c, v)
    step = { fact: c.fact, value: v as string | number | boolean, test: c.test, result: met ? 'met' : 'not-met' }
    r0 = conditionZh(c, v, met)
    if (en) r0En = c.reasonEn(v, met)
    if (!met) return finish(cm, 'ineligible', null, EMPTY, [r0], en ? [r0En] : undefined, [cm.periodStep, step], bureaus)
  }
  const am = cm.amount
  let amount: AmountRange | null = null
  let r1: string
  let r1En = ''
  if (am.index < 0) {
    if (am.fixed >= 0) amount = { min: am.fixed, max: am.fixed }
    r1 = am.constZh!
    if (en) r1En = am.reasonEn(0, amount)
  } else {
    const av = vals[am.index]
    if (av === undefined) {
      const f = am.fact!
      missing = missing === EMPTY ? [f] : missing[0] === f ? missing : [missing[0]!, f]
      r1 = am.missingZh
      if (en) r1En = am.missingEn
    } else {
      amount = amountFor(am, av as number)
      r1 = amountZh(am, av as number)
      if (en) r1En = am.reasonEn(av as number, amount)
    }
  }
  return finish(cm, settled ? 'eligible' : 'unknown', amount, missing, [r0, r1], en ? [r0En, r1En] : undefined, [cm.periodStep, step], bureaus)
}

/** Any number of conditions (none: the measure applies to every enterprise it targets). */
function computeMany(cm: CompiledMeasure, conds: CompiledCondition[], vals: unknown[], bureaus: string[]): Evaluation {
  const trace: TraceStep[] = [cm.periodStep]
  const reasons: string[] = []
  const reasonsEn: string[] | undefined = cm.english ? [] : undefined
  let missing: FactName[] = EMPTY
  // 1 = all met so far, 2 = some unknown, 0 = some not met
  let state = 1
  const n = conds.length
  if (n === 0) {
    reasons.push(cm.noConditionZh)
    if (reasonsEn !== undefined) reasonsEn.push(cm.noConditionEn)
  }
  for (let i = 0; i < n; i++) {
    const c = conds[i]!
    const v = vals[c.index]
    if (v === undefined) {
      trace.push({ fact: c.fact, value: null, test: c.test, result: 'unknown' })
      reasons.push(c.unknownZh)
      if (reasonsEn !== undefined) reasonsEn.push(c.unknownEn)
      if (missing === EMPTY) missing = [c.fact]
      else if (!missing.includes(c.fact)) missing.push(c.fact)
      if (state === 1) state = 2
    } else {
      const met = check(c, v)
      trace.push({ fact: c.fact, value: v as string | number | boolean, test: c.test, result: met ? 'met' : 'not-met' })
      reasons.push(conditionZh(c, v, met))
      if (reasonsEn !== undefined) reasonsEn.push(c.reasonEn(v, met))
      if (!met) state = 0
    }
  }

  if (state === 0) return finish(cm, 'ineligible', null, EMPTY, reasons, reasonsEn, trace, bureaus)

  const am = cm.amount
  let amount: AmountRange | null = null
  if (am.index < 0) {
    if (am.fixed >= 0) amount = { min: am.fixed, max: am.fixed }
    reasons.push(am.constZh!)
    if (reasonsEn !== undefined) reasonsEn.push(am.reasonEn(0, amount))
  } else {
    const v = vals[am.index]
    if (v === undefined) {
      if (missing === EMPTY) missing = [am.fact!]
      else if (!missing.includes(am.fact!)) missing.push(am.fact!)
      reasons.push(am.missingZh)
      if (reasonsEn !== undefined) reasonsEn.push(am.missingEn)
    } else {
      amount = amountFor(am, v as number)
      reasons.push(amountZh(am, v as number))
      if (reasonsEn !== undefined) reasonsEn.push(am.reasonEn(v as number, amount))
    }
  }
  return finish(cm, state === 1 ? 'eligible' : 'unknown', amount, missing, reasons, reasonsEn, trace, bureaus)
}

function finish(
  cm: CompiledMeasure,
  status: Evaluation['status'],
  amount: AmountRange | null,
  missing: FactName[],
  reasons: string[],
  reasonsEn: string[] | undefined,
  trace: TraceStep[],
  bureaus: string[],
): Evaluation {
  const reference = cm.reference as Evaluation['reference']
  return reasonsEn === undefined
    ? { measureId: cm.id, status, amount, missing, reasons, trace, reference, bureaus }
    : { measureId: cm.id, status, amount, missing, reasons, reasonsEn, trace, reference, bureaus }
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
