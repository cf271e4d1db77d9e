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
import { assertFacts, factDefinition } from './facts.js'
import { formatYuan, formatYuanRange } from './format.js'
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
  /** null: no amount (case by case or not a money measure). */
  compute(v: number): AmountRange | null
  reasonZh(v: number, a: AmountRange | null): string
  reasonEn(v: number, a: AmountRange | null): string
  missingZh: string
  missingEn: string
}

interface CompiledMeasure {
  id: string
  reference: { document: string; clause: string }
  periodTest: string
  inPeriod: boolean
  /** Why it is ineligible whatever the facts (out of period, parameter not in force). */
  blockedZh: string | null
  blockedEn: string | null
  conditions: CompiledCondition[]
  amount: CompiledAmount
  noConditionZh: string
  noConditionEn: string
  bureaus: readonly string[]
  districtGovernments: boolean
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
        compute: () => null,
        reasonZh: () => '金额视具体情况确定',
        reasonEn: () => 'Amount decided case by case',
        ...NO_AMOUNT_FACT,
      }
    case 'none':
      return {
        fact: null,
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
  const missingZh = `金额待补充：${label.zh}`
  const missingEn = `The amount needs: ${label.en}`
  const zhV = (v: number) => valueText(def, v, true)
  const enV = (v: number) => valueText(def, v, false)
  const rangeZh = (a: AmountRange | null) => formatYuanRange(a, 'zh')
  const rangeEn = (a: AmountRange | null) => formatYuanRange(a, 'en')
  switch (f.kind) {
    case 'tiers': {
      const tiers = tiersParam(m, f.tiers.param, asOf)
      const n = tiers.length
      const compute = (v: number): AmountRange => {
        for (let i = 0; i < n; i++) {
          const t = tiers[i]!
          if (v >= t.gte) return { min: t.amount, max: t.amount }
        }
        return { min: 0, max: 0 }
      }
      return {
        fact: f.fact,
        compute,
        reasonZh: (v, a) => `金额：${label.zh}${zhV(v)}，对应补助${rangeZh(a)}`,
        reasonEn: (v, a) => `Amount: ${label.en} ${enV(v)} → ${rangeEn(a)}`,
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
        compute: (v) => {
          const a = applyBps(v, lo)
          const b = applyBps(v, hi)
          return { min: a < cap ? a : cap, max: b < cap ? b : cap }
        },
        reasonZh: (v, a) => `金额：${label.zh}${zhV(v)}的${pct}，不超过${capZh}，即${rangeZh(a)}`,
        reasonEn: (v, a) => `Amount: ${pctEn} of ${enV(v)}, at most ${capEn}: ${rangeEn(a)}`,
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
        compute: (v) => ({
          min: v >= capQtyLo ? cap : Math.min(perUnit(v, lo), cap),
          max: v >= capQtyHi ? cap : Math.min(perUnit(v, hi), cap),
        }),
        reasonZh: (v, a) => `金额：${zhV(v)}，按${rateZh}${capZh}，即${rangeZh(a)}`,
        reasonEn: (v, a) => `Amount: ${enV(v)} at ${rateEn}${capEn}: ${rangeEn(a)}`,
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
        compute: (v) => ({ min: applyBps(v, lo), max: applyBps(v, hi) }),
        reasonZh: (v, a) => `金额：${label.zh}${zhV(v)}×${rate}，即${rangeZh(a)}`,
        reasonEn: (v, a) => `Amount: ${rateEn} of ${enV(v)}: ${rangeEn(a)}`,
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
        compute: (v) => ({ min: 0, max: v < cap ? v : cap }),
        reasonZh: (v, a) => `金额：最高为${label.zh}${zhV(v)}，累计不超过${capZh}，即${rangeZh(a)}`,
        reasonEn: (v, a) => `Amount: up to ${enV(v)}, cumulative at most ${capEn}: ${rangeEn(a)}`,
        missingZh,
        missingEn,
      }
    }
  }
}

function compileMeasure(m: Measure, asOf: string): CompiledMeasure {
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
  return {
    id: m.id,
    reference: m.reference,
    periodTest: m.period.from + ' ≤ asOf ≤ ' + m.period.to,
    inPeriod,
    blockedZh,
    blockedEn,
    conditions,
    amount,
    noConditionZh: `适用对象：${m.targets.zh}`,
    noConditionEn: `Applies to: ${m.targets.en}`,
    bureaus: m.bureaus,
    districtGovernments: m.districtGovernments,
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

function run(cm: CompiledMeasure, facts: Facts, asOf: string): Evaluation {
  const f = facts as Record<string, unknown>
  const trace: TraceStep[] = [{ fact: 'asOf', value: asOf, test: cm.periodTest, result: cm.inPeriod ? 'met' : 'not-met' }]
  const reasons: string[] = []
  const reasonsEn: string[] = []
  const missing: FactName[] = []
  let bureaus: string[]
  const district = f.district
  if (cm.districtGovernments && typeof district === 'string') {
    bureaus = cm.bureaus.slice()
    bureaus.push(districtGovernmentCode(district))
  } else {
    bureaus = cm.bureaus.slice()
  }
  const reference = { document: cm.reference.document, clause: cm.reference.clause }

  if (cm.blockedZh !== null) {
    reasons.push(cm.blockedZh)
    reasonsEn.push(cm.blockedEn!)
    return { measureId: cm.id, status: 'ineligible', amount: null, missing, reasons, reasonsEn, trace, reference, bureaus }
  }

  // 1 = all met so far, 2 = some unknown, 0 = some not met
  let state = 1
  const conds = cm.conditions
  const n = conds.length
  if (n === 0) {
    reasons.push(cm.noConditionZh)
    reasonsEn.push(cm.noConditionEn)
  }
  for (let i = 0; i < n; i++) {
    const c = conds[i]!
    const v = f[c.fact]
    if (v === undefined || v === null) {
      trace.push({ fact: c.fact, value: null, test: c.test, result: 'unknown' })
      reasons.push(c.unknownZh)
      reasonsEn.push(c.unknownEn)
      if (!missing.includes(c.fact)) missing.push(c.fact)
      if (state === 1) state = 2
    } else {
      const met = c.check(v)
      trace.push({ fact: c.fact, value: v as string | number | boolean, test: c.test, result: met ? 'met' : 'not-met' })
      reasons.push(c.reasonZh(v, met))
      reasonsEn.push(c.reasonEn(v, met))
      if (!met) state = 0
    }
  }

  if (state === 0) {
    missing.length = 0
    return { measureId: cm.id, status: 'ineligible', amount: null, missing, reasons, reasonsEn, trace, reference, bureaus }
  }

  const am = cm.amount
  let amount: AmountRange | null = null
  if (am.fact === null) {
    amount = am.compute(0)
    reasons.push(am.reasonZh(0, amount))
    reasonsEn.push(am.reasonEn(0, amount))
  } else {
    const v = f[am.fact]
    if (v === undefined || v === null) {
      if (!missing.includes(am.fact)) missing.push(am.fact)
      reasons.push(am.missingZh)
      reasonsEn.push(am.missingEn)
    } else {
      amount = am.compute(v as number)
      reasons.push(am.reasonZh(v as number, amount))
      reasonsEn.push(am.reasonEn(v as number, amount))
    }
  }
  return {
    measureId: cm.id,
    status: state === 1 ? 'eligible' : 'unknown',
    amount,
    missing,
    reasons,
    reasonsEn,
    trace,
    reference,
    bureaus,
  }
}

export interface Evaluator {
  /** Every measure, in catalogue order. */
  evaluate(facts: Facts, options: EvaluateOptions): Evaluation[]
  /** One measure; throws if the id is unknown. */
  evaluateMeasure(id: string, facts: Facts, options: EvaluateOptions): Evaluation
}

const CACHE_LIMIT = 32

/**
 * An evaluator over a list of measure definitions (validate them first with `validateMeasure`).
 * The package's `evaluate` / `evaluateMeasure` use the built-in catalogue.
 */
export function createEvaluator(definitions: readonly Measure[]): Evaluator {
  const cache = new Map<string, { all: CompiledMeasure[]; byId: Map<string, CompiledMeasure> }>()
  const ids = new Set(definitions.map((d) => d.id))

  function compiled(options: EvaluateOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('options { asOf: "YYYY-MM-DD" } are required')
    const asOf = options.asOf
    let c = cache.get(asOf)
    if (c === undefined) {
      assertIsoDate(asOf, 'options.asOf')
      const all = definitions.map((d) => compileMeasure(d, asOf))
      c = { all, byId: new Map(all.map((x) => [x.id, x])) }
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(asOf, c)
    }
    return c
  }

  return {
    evaluate(facts, options) {
      const c = compiled(options)
      assertFacts(facts)
      const all = c.all
      const out: Evaluation[] = new Array(all.length)
      for (let i = 0; i < all.length; i++) out[i] = run(all[i]!, facts, options.asOf)
      return out
    },
    evaluateMeasure(id, facts, options) {
      if (!ids.has(id)) throw new RangeError(`unknown measure "${id}"`)
      const c = compiled(options)
      assertFacts(facts)
      return run(c.byId.get(id)!, facts, options.asOf)
    },
  }
}
