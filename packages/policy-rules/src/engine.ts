/**
 * The interpreter. A measure definition (JSON) is compiled once per evaluation date: dated
 * parameters are resolved for that date, tests and fixed texts are prepared, and the conditions
 * become small closures. Evaluating a profile then only reads facts, compares numbers and builds
 * the result. Compiled catalogues are cached per date (a small cache: a handful of dates are used
 * at a time).
 *
 * Three-valued logic: a condition on an absent fact is `unknown` and its fact is reported in
 * `missing`; any unmet condition makes the measure `ineligible` (and `missing` empty, since no
 * fact would change that); otherwise any unknown condition makes it `unknown`.
 */
import { applyBps, bpsToPercent, perUnit } from './arithmetic.js'
import { districtGovernmentCode } from './catalogues/bureaus.js'
import { districts } from './catalogues/districts.js'
import { industries } from './catalogues/industries.js'
import { FACT_INDEX, factDefinition, readFacts } from './facts.js'
import { formatYuan } from './format.js'
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

interface CompiledCondition {
  fact: FactName
  /** Position of the fact in the values array filled by readFacts. */
  index: number
  test: string
  check(v: unknown): boolean
  reasonZh(v: unknown, met: boolean): string
  reasonEn(v: unknown, met: boolean): string
  unknownZh: string
  unknownEn: string
}

interface CompiledAmount {
  /** Fact the amount needs, or null. */
  fact: FactName | null
  index: number
  /** null: no amount (case by case or not a money measure). */
  compute(v: number): AmountRange | null
  reasonZh(v: number, a: AmountRange | null): string
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
   * When every fact the result depends on has a finite domain (codes, booleans, or none), results
   * are computed once per combination and shared (frozen). memoFacts: positions of those facts.
   */
  memo: (Evaluation | undefined)[] | null
  memoFacts: number[]
  /** Whether evaluations carry `reasonsEn`. */
  english: boolean
}

const opZh = { gt: '大于', gte: '不低于', lt: '低于', lte: '不超过' } as const
const opEn = { gt: 'more than', gte: 'at least', lt: 'less than', lte: 'at most' } as const
const opSym = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const

function mustFact(name: string): FactDefinition {
  const def = factDefinition(name)
  if (def === undefined) throw new Error(`unknown fact "${name}"`)
  return def
}

function compileCondition(m: Measure, c: Condition, asOf: string): CompiledCondition {
  const def = mustFact(c.fact)
  const label = def.label
  const unknownZh = `待补充：${label.zh}`
  const unknownEn = `Missing: ${label.en}`
  switch (c.kind) {
    case 'isTrue':
      return {
        fact: c.fact,
        index: FACT_INDEX[c.fact],
        test: '= true',
        check: (v) => v === true,
        reasonZh: (_v, met) => label.zh + (met ? '：是' : '：否'),
        reasonEn: (_v, met) => label.en + (met ? ': yes' : ': no'),
        unknownZh,
        unknownEn,
      }
    case 'in': {
      const set = new Set(c.values)
      const names = c.values.map((code) => codeNames.get(def.catalogue + ':' + code) ?? { zh: code, en: code })
      const listZh = names.map((n) => n.zh).join('、')
      const listEn = names.map((n) => n.en).join(', ')
      return {
        fact: c.fact,
        index: FACT_INDEX[c.fact],
        test: 'in [' + c.values.join(', ') + ']',
        check: (v) => set.has(v as string),
        reasonZh: (v, met) =>
          `${label.zh}为${valueText(def, v, true)}，` + (met ? '属于本条所列范围' : `不在本条所列范围(${listZh})`),
        reasonEn: (v, met) =>
          `${label.en} is ${valueText(def, v, false)}: ` + (met ? 'named by this clause' : `not among ${listEn}`),
        unknownZh,
        unknownEn,
      }
    }
    default: {
      const t = operand(m, c.value, asOf)
      const kind = c.kind
      const tZh = def.type === 'yuan' ? formatYuan(t, 'zh') : valueText(def, t, true)
      const tEn = def.type === 'yuan' ? formatYuan(t, 'en') : valueText(def, t, false)
      const check =
        kind === 'gt'
          ? (v: unknown) => (v as number) > t
          : kind === 'gte'
            ? (v: unknown) => (v as number) >= t
            : kind === 'lt'
              ? (v: unknown) => (v as number) < t
              : (v: unknown) => (v as number) <= t
      return {
        fact: c.fact,
        index: FACT_INDEX[c.fact],
        test: opSym[kind] + ' ' + t,
        check,
        reasonZh: (v, met) => `${label.zh}为${valueText(def, v, true)}，${met ? '满足' : '不满足'}“${opZh[kind]}${tZh}”`,
        reasonEn: (v, met) => `${label.en} is ${valueText(def, v, false)}: ${met ? 'meets' : 'does not meet'} "${opEn[kind]} ${tEn}"`,
        unknownZh,
        unknownEn,
      }
    }
  }
}

const NO_AMOUNT_FACT = { missingZh: '', missingEn: '' }

function compileAmount(m: Measure, f: AmountFormula, asOf: string): CompiledAmount {
  switch (f.kind) {
    case 'caseByCase':
      return {
        fact: null,
        index: -1,
        compute: () => null,
        reasonZh: () => '金额视具体情况确定',
        reasonEn: () => 'Amount decided case by case',
        ...NO_AMOUNT_FACT,
      }
    case 'none':
      return {
        fact: null,
        index: -1,
        compute: () => null,
        reasonZh: () => '本条为政策支持和服务措施，不涉及直接资金补助',
        reasonEn: () => 'Support through services and policy, not a direct grant',
        ...NO_AMOUNT_FACT,
      }
    case 'fixed': {
      const a = operand(m, f.amount, asOf)
      const zh = `金额：一次性${formatYuan(a, 'zh')}`
      const en = `Amount: ${formatYuan(a, 'en')} one-time`
      return {
        fact: null,
        index: -1,
        compute: () => ({ min: a, max: a }),
        reasonZh: () => zh,
        reasonEn: () => en,
        ...NO_AMOUNT_FACT,
      }
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
  const missingZh = `金额待补充：${label.zh}`
  const missingEn = `The amount needs: ${label.en}`
  const zhV = (v: number) => (stated ? '' : valueText(def, v, true))
  const enV = (v: number) => (stated ? label.en : valueText(def, v, false))
  switch (f.kind) {
    case 'tiers': {
      const tiers = tiersParam(m, f.tiers.param, asOf)
      const n = tiers.length
      // Reason lines per tier, prepared once.
      const tierZh = new Map(tiers.map((t) => [t.amount, `金额：达到${formatYuan(t.gte, 'zh')}档，补助${formatYuan(t.amount, 'zh')}`]))
      const tierEn = new Map(tiers.map((t) => [t.amount, `Amount: tier from ${formatYuan(t.gte, 'en')}, grant ${formatYuan(t.amount, 'en')}`]))
      const compute = (v: number): AmountRange => {
        for (let i = 0; i < n; i++) {
          const t = tiers[i]!
          if (v >= t.gte) return { min: t.amount, max: t.amount }
        }
        return { min: 0, max: 0 }
      }
      return {
        fact: f.fact,
        index: FACT_INDEX[f.fact],
        compute,
        reasonZh: (_v, a) => tierZh.get(a === null ? -1 : a.max) ?? '金额：未达到任何档次',
        reasonEn: (_v, a) => tierEn.get(a === null ? -1 : a.max) ?? 'Amount: below every tier',
        missingZh,
        missingEn,
      }
    }
    case 'percentOfCapped': {
      const lo = operand(m, f.minBps, asOf)
      const hi = operand(m, f.maxBps, asOf)
      const cap = operand(m, f.cap, asOf)
      const pct = lo === 0 ? '最高' + bpsToPercent(hi) : bpsToPercent(lo) + '—' + bpsToPercent(hi)
      const pctEn = lo === 0 ? 'up to ' + bpsToPercent(hi) : bpsToPercent(lo) + '–' + bpsToPercent(hi)
      const capZh = formatYuan(cap, 'zh')
      const capEn = formatYuan(cap, 'en')
      return {
        fact: f.fact,
        index: FACT_INDEX[f.fact],
        compute: (v) => {
          const a = applyBps(v, lo)
          const b = applyBps(v, hi)
          return { min: a < cap ? a : cap, max: b < cap ? b : cap }
        },
        reasonZh: (v) => `金额：${label.zh}${zhV(v)}的${pct}，不超过${capZh}`,
        reasonEn: (v) => `Amount: ${pctEn} of ${enV(v)}, at most ${capEn}`,
        missingZh,
        missingEn,
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
      // Above this quantity the cap applies at both ends; avoids large products.
      const capQtyLo = lo > 0 ? cap / lo : Infinity
      const capQtyHi = hi > 0 ? cap / hi : Infinity
      return {
        fact: f.fact,
        index: FACT_INDEX[f.fact],
        compute: (v) => ({
          min: v >= capQtyLo ? cap : Math.min(perUnit(v, lo), cap),
          max: v >= capQtyHi ? cap : Math.min(perUnit(v, hi), cap),
        }),
        reasonZh: (v) => `金额：${stated ? '' : zhV(v) + '，'}按${rateZh}${capZh}`,
        reasonEn: () => `Amount: ${rateEn}${capEn}`,
        missingZh,
        missingEn,
      }
    }
    case 'rateRange': {
      const lo = operand(m, f.minBps, asOf)
      const hi = operand(m, f.maxBps, asOf)
      const rate = bpsToPercent(lo) + '—' + bpsToPercent(hi)
      const rateEn = bpsToPercent(lo) + '–' + bpsToPercent(hi)
      return {
        fact: f.fact,
        index: FACT_INDEX[f.fact],
        compute: (v) => ({ min: applyBps(v, lo), max: applyBps(v, hi) }),
        reasonZh: (v) => `金额：${label.zh}${zhV(v)}的${rate}贴息`,
        reasonEn: (v) => `Amount: ${rateEn} of ${enV(v)}`,
        missingZh,
        missingEn,
      }
    }
    case 'upToFact': {
      const cap = operand(m, f.cap, asOf)
      const capZh = formatYuan(cap, 'zh')
      const capEn = formatYuan(cap, 'en')
      return {
        fact: f.fact,
        index: FACT_INDEX[f.fact],
        compute: (v) => ({ min: 0, max: v < cap ? v : cap }),
        reasonZh: (v) => `金额：最高为${label.zh}${zhV(v)}，累计不超过${capZh}`,
        reasonEn: (v) => `Amount: up to ${enV(v)}, cumulative at most ${capEn}`,
        missingZh,
        missingEn,
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
  // Facts the result depends on; memoise when all have a finite domain.
  const deps = new Set<number>()
  if (blockedZh === null) {
    for (const c of conditions) deps.add(c.index)
    if (amount.index >= 0) deps.add(amount.index)
  }
  if (m.districtGovernments) deps.add(FACT_INDEX.district)
  const memoFacts = [...deps]
  const finite = memoFacts.every((i) => radix(i) > 0)
  const size = memoFacts.reduce((n, i) => n * radix(i), 1)
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
    memo: finite && size <= 4096 ? new Array<Evaluation | undefined>(size) : null,
    memoFacts,
    english,
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Throws a RangeError unless `asOf` is a real calendar date written YYYY-MM-DD. */
export function assertIsoDate(asOf: unknown, what = 'asOf'): asserts asOf is string {
  const m = typeof asOf === 'string' ? DATE_RE.exec(asOf) : null
  if (m !== null) {
    const y = Number(m[1])
    const mo = Number(m[2])
    const d = Number(m[3])
    const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= dim[mo - 1]!) return
  }
  throw new RangeError(`${what} must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(asOf)})`)
}

const DISTRICT = FACT_INDEX.district
const districtIndex = new Map<unknown, number>(districts.map((d, i) => [d.code, i + 1]))
const industryIndex = new Map<unknown, number>(industries.map((d, i) => [d.code, i + 1]))
const factDefs = Object.entries(FACT_INDEX).sort((a, b) => a[1] - b[1]).map(([name]) => mustFact(name))

/** Number of distinct values (unknown included) of a fact with a finite domain; 0 otherwise. */
function radix(i: number): number {
  const def = factDefs[i]!
  if (def.type === 'boolean') return 3
  if (def.type === 'code') return (def.catalogue === 'districts' ? districts.length : industries.length) + 1
  return 0
}

function valueIndex(i: number, v: unknown): number {
  if (v === undefined) return 0
  if (typeof v === 'boolean') return v ? 2 : 1
  return (factDefs[i]!.catalogue === 'districts' ? districtIndex.get(v) : industryIndex.get(v)) ?? 0
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

function run(cm: CompiledMeasure, vals: unknown[]): Evaluation {
  const memo = cm.memo
  if (memo === null) return compute(cm, vals)
  const mf = cm.memoFacts
  let key = 0
  for (let i = 0; i < mf.length; i++) {
    const fi = mf[i]!
    key = key * radix(fi) + valueIndex(fi, vals[fi])
  }
  let e = memo[key]
  if (e === undefined) {
    e = deepFreeze(compute(cm, vals))
    memo[key] = e
  }
  return e
}

function compute(cm: CompiledMeasure, vals: unknown[]): Evaluation {
  const dv = vals[DISTRICT]
  const bureaus = cm.bureausByDistrict[dv === undefined ? 0 : (districtIndex.get(dv) ?? 0)] as string[]
  const reference = cm.reference as Evaluation['reference']
  const trace: TraceStep[] = [cm.periodStep]
  const en = cm.english
  const reasonsEn: string[] | undefined = en ? [] : undefined

  if (cm.blockedZh !== null) {
    if (reasonsEn !== undefined) reasonsEn.push(cm.blockedEn!)
    return finish(cm, 'ineligible', null, EMPTY, [cm.blockedZh], reasonsEn, trace, reference, bureaus)
  }

  const reasons: string[] = []
  let missing: FactName[] = EMPTY
  // 1 = all met so far, 2 = some unknown, 0 = some not met
  let state = 1
  const conds = cm.conditions
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
      const met = c.check(v)
      trace.push({ fact: c.fact, value: v as string | number | boolean, test: c.test, result: met ? 'met' : 'not-met' })
      reasons.push(c.reasonZh(v, met))
      if (reasonsEn !== undefined) reasonsEn.push(c.reasonEn(v, met))
      if (!met) state = 0
    }
  }

  if (state === 0) return finish(cm, 'ineligible', null, EMPTY, reasons, reasonsEn, trace, reference, bureaus)

  const am = cm.amount
  let amount: AmountRange | null = null
  if (am.index < 0) {
    amount = am.compute(0)
    reasons.push(am.reasonZh(0, amount))
    if (reasonsEn !== undefined) reasonsEn.push(am.reasonEn(0, amount))
  } else {
    const v = vals[am.index]
    if (v === undefined) {
      if (missing === EMPTY) missing = [am.fact!]
      else if (!missing.includes(am.fact!)) missing.push(am.fact!)
      reasons.push(am.missingZh)
      if (reasonsEn !== undefined) reasonsEn.push(am.missingEn)
    } else {
      amount = am.compute(v as number)
      reasons.push(am.reasonZh(v as number, amount))
      if (reasonsEn !== undefined) reasonsEn.push(am.reasonEn(v as number, amount))
    }
  }
  return finish(cm, state === 1 ? 'eligible' : 'unknown', amount, missing, reasons, reasonsEn, trace, reference, bureaus)
}

function finish(
  cm: CompiledMeasure,
  status: Evaluation['status'],
  amount: AmountRange | null,
  missing: FactName[],
  reasons: string[],
  reasonsEn: string[] | undefined,
  trace: TraceStep[],
  reference: Evaluation['reference'],
  bureaus: string[],
): Evaluation {
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
  /** Scratch array of fact values, reused by every (synchronous) call. */
  const values: unknown[] = new Array(FACT_INDEX_SIZE).fill(undefined)

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
      readFacts(facts, values)
      const all = c.all
      const out: Evaluation[] = new Array(all.length)
      for (let i = 0; i < all.length; i++) out[i] = run(all[i]!, values)
      return out
    },
    evaluateMeasure(id, facts, options) {
      if (!ids.has(id)) throw new RangeError(`unknown measure "${id}"`)
      const c = compiled(options)
      readFacts(facts, values)
      return run(c.byId.get(id)!, values)
    },
  }
}
