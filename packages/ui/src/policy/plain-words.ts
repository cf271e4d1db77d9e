/**
 * A measure's rules in plain words, for its public page: what it gives (amount formulas with their
 * parameters on a date), to whom (conditions), and what an enterprise should have at hand (the facts
 * the rules read). Written from the measure's data, so the page says what the engine computes.
 */
import { formatYuan, resolveParam, type Measure } from '@servicepack/policy-rules'
import { codeName, factLabel, factOf, type Lang } from './texts'

type Operand = number | { param: string }

/** A number or a parameter's value on `asOf` (null when the parameter has none then). */
function valueOf(measure: Measure, op: Operand, asOf: string): number | null {
  if (typeof op === 'number') return op
  const value = resolveParam(measure.params[op.param] ?? [], asOf)?.value
  return typeof value === 'number' ? value : null
}

function tiersOf(measure: Measure, op: { param: string }, asOf: string): { gte: number; amount: number }[] {
  const value = resolveParam(measure.params[op.param] ?? [], asOf)?.value
  return Array.isArray(value) ? [...value].sort((a, b) => b.gte - a.gte) : []
}

const percent = (bps: number) => `${(bps / 100).toLocaleString('en', { maximumFractionDigits: 2 })}%`
const UNITS: Record<string, { zh: string; en: string }> = { tce: { zh: '吨标煤', en: 'tonne of standard coal' }, persons: { zh: '人', en: 'person' } }

/** A fact's quantity in words: 1000万元, 3 人, 1,200 吨标煤. */
function quantity(fact: string, value: number, lang: Lang): string {
  const def = factOf(fact)
  if (def?.type === 'yuan') return formatYuan(value, lang)
  const unit = def?.unit ? UNITS[def.unit] : undefined
  const number = value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')
  if (!unit) return number
  return lang === 'zh' ? `${number} ${unit.zh}` : `${number} ${unit.en}${value === 1 ? '' : 's'}`
}

/** What the measure gives, in a sentence or a few lines (tiers); an empty list when the data has no formula this knows. */
export function describeAmount(measure: Measure, asOf: string, lang: Lang): string[] {
  const a = measure.amount as { kind: string } & Record<string, unknown>
  const zh = lang === 'zh'
  const fact = typeof a.fact === 'string' ? factLabel(a.fact, lang) : ''
  const yuan = (op: unknown) => {
    const v = valueOf(measure, op as Operand, asOf)
    return v === null ? '—' : formatYuan(v, lang)
  }
  const bps = (op: unknown) => {
    const v = valueOf(measure, op as Operand, asOf)
    return v === null ? '—' : percent(v)
  }
  switch (a.kind) {
    case 'fixed':
      return [zh ? `一次性给予 ${yuan(a.amount)}。` : `A one-off ${yuan(a.amount)}.`]
    case 'tiers': {
      const tiers = tiersOf(measure, a.tiers as { param: string }, asOf)
      return tiers.map((tier, i) => {
        const upper = i > 0 ? tiers[i - 1]!.gte : null
        const from = quantity(a.fact as string, tier.gte, lang)
        const range = upper === null
          ? zh ? `${fact}达到或超过 ${from}` : `${fact} of ${from} or more`
          : zh ? `${fact} ${from}（含）至 ${quantity(a.fact as string, upper, lang)}（不含）` : `${fact} from ${from} up to (not including) ${quantity(a.fact as string, upper, lang)}`
        return zh ? `${range}：一次性给予 ${formatYuan(tier.amount, lang)}。` : `${range}: a one-off ${formatYuan(tier.amount, lang)}.`
      })
    }
    case 'percentOfCapped': {
      const min = valueOf(measure, a.minBps as Operand, asOf)
      const share = min ? `${bps(a.minBps)}—${bps(a.maxBps)}` : bps(a.maxBps)
      if (zh) return [`最高不超过${fact}的 ${share}，且最高不超过 ${yuan(a.cap)}。`]
      return [`Up to ${share} of the ${fact.toLowerCase()}, and at most ${yuan(a.cap)}.`]
    }
    case 'perUnitRange': {
      const unit = factOf(a.fact as string)?.unit
      const per = unit && UNITS[unit] ? UNITS[unit][lang] : ''
      const min = valueOf(measure, a.minPerUnit as Operand, asOf)
      const max = valueOf(measure, a.maxPerUnit as Operand, asOf)
      const rate = min ? `${formatYuan(min, lang)}—${formatYuan(max ?? 0, lang)}` : `${zh ? '最高 ' : 'up to '}${formatYuan(max ?? 0, lang)}`
      const cap = a.cap === undefined ? '' : zh ? `，最高不超过 ${yuan(a.cap)}` : `, at most ${yuan(a.cap)} in all`
      return [zh ? `按每${per} ${rate} 计算${cap}。` : `${rate[0]!.toUpperCase()}${rate.slice(1)} per ${per}${cap}.`]
    }
    case 'interestSubsidy': {
      const term = factLabel(a.termMonthsFact as string, lang)
      if (typeof a.startMonthFact === 'string') {
        const to = measure.period.to
        return [zh
          ? `按${fact}给予年化 ${bps(a.minBps)}—${bps(a.maxBps)} 的贴息，只计贷款在 ${to} 前、自评估日或贷款起始年月（取较晚者）起的月数。`
          : `An interest subsidy of ${bps(a.minBps)}–${bps(a.maxBps)} a year on the ${fact.toLowerCase()}, for the loan's months up to ${to}, from the evaluation date or the loan's start, whichever is later.`]
      }
      return [zh
        ? `按${fact}给予年化 ${bps(a.minBps)}—${bps(a.maxBps)} 的贴息，按${term}折算。`
        : `An interest subsidy of ${bps(a.minBps)}–${bps(a.maxBps)} a year on the ${fact.toLowerCase()}, for the ${term.toLowerCase()}.`]
    }
    case 'perPerson':
      return [zh
        ? `奖励入选的人才本人，每人最高不超过 ${yuan(a.max)}（归个人，不计入企业可享资金）。`
        : `An award to each selected person of up to ${yuan(a.max)} (paid to them, not to the enterprise).`]
    case 'announced':
      return [zh ? '已公布支持方向，具体细则尚在研究制定，目前还不能申请。' : 'Announced; its rules are still being drawn up, so there is nothing to apply for yet.']
    case 'upToFact':
      return [zh ? `按实际发生的${fact}给予支持，累计最高不超过 ${yuan(a.cap)}。` : `Support up to the ${fact.toLowerCase()} actually incurred, at most ${yuan(a.cap)} in all.`]
    case 'caseByCase':
      return [zh ? '给予资金支持，金额视具体情况确定。' : 'Financial support; the amount is decided case by case.']
    case 'none':
      // The text states no sum: it is silent, which is not saying there is no money.
      return [zh ? '本条未明确资金标准。' : 'The clause states no funding standard.']
    default:
      return []
  }
}

const COMPARISONS: Record<string, { zh: string; en: string }> = {
  gte: { zh: '达到或超过', en: 'at least' },
  gt: { zh: '大于', en: 'more than' },
  lte: { zh: '不超过', en: 'at most' },
  lt: { zh: '低于', en: 'less than' },
}

/** One condition in words, e.g. 「基础研究投入达到或超过 1000万元」, 「所属产业属于 集成电路、生物医药」. */
export function describeCondition(measure: Measure, condition: unknown, asOf: string, lang: Lang): string {
  const c = condition as { kind: string; fact?: string; value?: Operand; values?: string[]; conditions?: unknown[] }
  const zh = lang === 'zh'
  const label = c.fact ? factLabel(c.fact, lang) : ''
  switch (c.kind) {
    case 'isTrue':
      return zh ? `${label}：是` : `${label}: yes`
    case 'gte':
    case 'gt':
    case 'lte':
    case 'lt': {
      const value = c.value === undefined ? null : valueOf(measure, c.value, asOf)
      if (value === 0 && c.kind === 'gt') return zh ? `有${label}（大于 0）` : `Some ${label.toLowerCase()} (more than zero)`
      const amount = value === null ? '—' : quantity(c.fact!, value, lang)
      return zh ? `${label}${COMPARISONS[c.kind]!.zh} ${amount}` : `${label} ${COMPARISONS[c.kind]!.en} ${amount}`
    }
    case 'in': {
      const catalogue = factOf(c.fact ?? '')?.catalogue
      const names = (c.values ?? []).map((v) => (catalogue ? codeName(catalogue, v, lang) : v))
      // An open list (the text's 等): other values are for the bureaus to judge.
      if ((c as { open?: boolean }).open === true) {
        return zh ? `${label}属于：${names.join('、')}等（未列明的由责任单位认定）` : `${label} is one of: ${names.join(', ')}, etc. (others: the bureaus decide)`
      }
      return zh ? `${label}属于：${names.join('、')}` : `${label} is one of: ${names.join(', ')}`
    }
    case 'anyOf':
      return (c.conditions ?? []).map((inner) => describeCondition(measure, inner, asOf, lang)).join(zh ? '；或 ' : '; or ')
    default:
      return label
  }
}

/** Every fact a measure reads (its conditions and its amount), in the order they appear. */
export function factsOfMeasure(measure: Measure): string[] {
  const found: string[] = []
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'fact' || key.endsWith('Fact')) && typeof value === 'string' && factOf(value) && !found.includes(value)) found.push(value)
      else walk(value)
    }
  }
  walk(measure.conditions)
  walk(measure.amount)
  return found
}

/** A measure with no conditions concerns every enterprise: the facts decide nothing about it. */
export function isForEveryone(measure: Pick<Measure, 'conditions'> | undefined): boolean {
  return !!measure && measure.conditions.length === 0
}
