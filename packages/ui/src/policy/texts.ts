/**
 * Display texts of the rules package's data (measures, bureaus, facts, catalogue codes) in the
 * portal's two languages. Pure functions: the components call them, the apps reuse them.
 */
import {
  catalogues,
  factDefinitions,
  formatYuan,
  measures,
  type CodeCatalogue,
  type FactDefinition,
  type Measure,
  type Status,
} from '@servicepack/policy-rules'

export type Lang = 'zh' | 'en'

/** vue-i18n locale → the rules package's language. */
export function langOf(locale: string): Lang {
  return locale === 'en' ? 'en' : 'zh'
}

/**
 * What a measure card shows: the rules engine's `Evaluation` and the API's `EvaluationDto` both fit.
 */
export interface MeasureEvaluation {
  measureId: string
  status: Status
  /** The enterprise's own money. */
  amount: { min: number; max: number } | null
  /** Money for each selected person (the talent award of (九)): never the enterprise's. */
  amountPerPerson?: { min: number; max: number } | null
  missing: readonly string[]
  reasons: readonly string[]
  reasonsEn?: readonly string[]
  trace: readonly {
    fact: string
    value: string | number | boolean | null
    test: string
    result: 'met' | 'not-met' | 'unknown'
    /** One of alternatives: one met is enough. */
    alternative?: boolean
  }[]
  reference: { document: string; clause: string }
  bureaus: readonly string[]
}

/** How a status shows (StatusTag tones): eligible green, unknown amber, announced blue, ineligible grey. */
export const STATUS_TONES = { eligible: 'success', unknown: 'warning', announced: 'primary', ineligible: 'info' } as const satisfies Record<Status, string>

/** The statuses in the order a package lists them. */
export const STATUSES: readonly Status[] = ['eligible', 'unknown', 'announced', 'ineligible']

const measureById = new Map<string, Measure>(measures.map((m) => [m.id, m]))
const factByName = new Map<string, FactDefinition>(factDefinitions.map((f) => [f.name, f]))
const bureauByCode = new Map(catalogues.bureaus.map((b) => [b.code, b]))
const associationByCode = new Map<string, { zh: string; en: string }>(catalogues.associations.map((a) => [a.code, a]))
const codeNames: Record<CodeCatalogue, Map<string, { zh: string; en: string }>> = {
  industries: new Map(catalogues.industries.map((i) => [i.code, i])),
  districts: new Map(catalogues.districts.map((d) => [d.code, d])),
  technologyFields: new Map(catalogues.technologyFields.map((t) => [t.code, t])),
  ratingYears: new Map(catalogues.ratingYears.map((y) => [y.code, y])),
  loanStartMonths: new Map(catalogues.loanStartMonths.map((m) => [m.code, m])),
}

export function measureOf(id: string): Measure | undefined {
  return measureById.get(id)
}

export function factOf(name: string): FactDefinition | undefined {
  return factByName.get(name)
}

export function bureauName(code: string, lang: Lang): string {
  return bureauByCode.get(code)?.[lang] ?? code
}

/** An industry association's name (the realm gives its users the code). */
export function associationName(code: string, lang: Lang): string {
  return associationByCode.get(code)?.[lang] ?? code
}

/** A catalogue code's name (industry, district, technology field); the code itself when unknown. */
export function codeName(catalogue: CodeCatalogue, code: string, lang: Lang): string {
  return codeNames[catalogue].get(code)?.[lang] ?? code
}

export function factLabel(name: string, lang: Lang): string {
  if (name === 'asOf') return lang === 'zh' ? '评估日期' : 'Evaluation date'
  return factOf(name)?.label[lang] ?? name
}

/**
 * Whether an enterprise with these facts is asked a fact: never a retired fact (no measure and no
 * feature reads it); a fact meant for some industries only (the chemical projects of (六)) when the
 * industry is one of them or not given yet — for any other industry no result depends on it.
 */
export function isAskedFact(def: FactDefinition, facts: { industry?: unknown } & Record<string, unknown>): boolean {
  if (def.retired) return false
  // asked while the fact it depends on is not answered "no" (the chemical-project facts of (六))
  if (def.unlessNo && facts[def.unlessNo] === false) return false
  if (!def.forIndustries) return true
  return typeof facts.industry !== 'string' || def.forIndustries.includes(facts.industry)
}

export function factQuestion(name: string, lang: Lang): string {
  return factOf(name)?.question[lang] ?? name
}

const UNITS: Record<string, { zh: string; en: string }> = {
  tce: { zh: '吨标煤', en: 'tce' },
  persons: { zh: '人', en: 'persons' },
  months: { zh: '个月', en: 'months' },
}

/** The one empty value and yes/no of the portal (the same words as `ui.common` of the locales). */
const WORDS = { zh: { empty: '未填写', yes: '是', no: '否' }, en: { empty: 'Not provided', yes: 'Yes', no: 'No' } } as const

/** A fact's value for people: 6000万元, 是/否, 集成电路, 3200 吨标煤; null → 未填写. */
export function formatFactValue(name: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return WORDS[lang].empty
  const def = factOf(name)
  if (!def) return String(value)
  if (typeof value === 'boolean') return value ? WORDS[lang].yes : WORDS[lang].no
  if (def.type === 'yuan' && typeof value === 'number') return formatYuan(value, lang)
  if (def.type === 'code' && def.catalogue && typeof value === 'string') return codeName(def.catalogue, value, lang)
  const unit = def.unit ? UNITS[def.unit] : undefined
  if (typeof value === 'number') return unit ? `${value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} ${unit[lang]}` : String(value)
  return String(value)
}

/**
 * A trace step's test for people: "≥ 10000000" on a yuan fact → "≥ 1000万元", "in [steel, …]" →
 * "∈ 钢铁、…", "= true" → "= 是". Other tests (the period check) stay as written.
 */
export function formatTraceTest(fact: string, test: string, lang: Lang): string {
  if (fact === 'asOf') return test.replace('asOf', factLabel('asOf', lang))
  const def = factOf(fact)
  if (!def) return test
  const list = /^in \[(.*)\]$/.exec(test)
  if (list && def.catalogue) {
    const names = list[1]!.split(',').map((code) => codeName(def.catalogue!, code.trim(), lang))
    return `∈ ${names.join(lang === 'zh' ? '、' : ', ')}`
  }
  if (def.type === 'boolean') return test.replace(/true|false/, (b) => formatFactValue(fact, b === 'true', lang))
  if (def.type === 'yuan') return test.replace(/\d+/, (n) => formatYuan(Number(n), lang))
  return test
}

/** The clause citation, e.g. 沪府办规〔2025〕20号 第(四)条. */
export function citation(reference: { document: string; clause: string }, lang: Lang): string {
  return lang === 'zh' ? `${reference.document} 第${reference.clause}条` : `${reference.document}, clause ${reference.clause}`
}

/**
 * What kind of amount a measure can give: money for the enterprise, money for each selected person
 * (not the enterprise's), a case-by-case decision, support announced with its rules pending, or
 * support without money.
 */
export function amountKind(measureId: string): 'money' | 'perPerson' | 'caseByCase' | 'announced' | 'none' {
  const kind = measureOf(measureId)?.amount.kind
  if (kind === 'none' || kind === 'caseByCase' || kind === 'announced' || kind === 'perPerson') return kind
  return 'money'
}

/** Whether the measure can give the enterprise itself money (a stated amount or case by case). */
export function givesEnterpriseMoney(measureId: string): boolean {
  const kind = amountKind(measureId)
  return kind === 'money' || kind === 'caseByCase'
}
