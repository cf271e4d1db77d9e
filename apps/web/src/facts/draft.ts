/**
 * The facts as a form edits them. A draft holds what the person typed, parsed where it parses:
 * numbers for numeric facts, codes, booleans, `null` for unknown, and the raw text when a number
 * does not parse (so validation can point at it). Pure functions, tested on their own.
 */
import { factDefinitions, formatYuan, validateFacts, type FactDefinition, type FactName, type Facts } from '@servicepack/policy-rules'
import { isAskedFact } from '@servicepack/ui'

export type FactValue = string | number | boolean | null
export type FactsDraft = Partial<Record<FactName, FactValue>>

/**
 * The facts a person is asked: every fact but the retired ones (no measure and no feature reads
 * them: revenue, R&D expense, 规上 status), which stay stored and valid but are no longer asked.
 */
export const askedFacts: readonly FactDefinition[] = factDefinitions.filter((d) => !d.retired)

/** Facts shown under 企业概况; every other asked fact goes under 专项信息 (new facts appear there by themselves). */
const OVERVIEW: readonly FactName[] = ['district', 'industry', 'technologyField', 'annualOutputValue', 'basicResearchInvestment']

export interface FactGroup {
  key: 'overview' | 'special'
  facts: readonly FactDefinition[]
}

export const factGroups: readonly FactGroup[] = [
  { key: 'overview', facts: OVERVIEW.map((name) => askedFacts.find((d) => d.name === name)!).filter(Boolean) },
  { key: 'special', facts: askedFacts.filter((d) => !OVERVIEW.includes(d.name)) },
]

/**
 * Whether the form asks a fact for this draft (shared rule of @servicepack/ui): retired facts never;
 * a fact meant for some industries only (the chemical projects of (六)) when the industry is one of
 * them or not given yet — for any other industry no result depends on it (tested in the rules
 * package). A hidden fact's value, if any, is kept.
 */
export function isAsked(def: FactDefinition, draft: FactsDraft): boolean {
  return isAskedFact(def, draft)
}

/** A number fact's largest accepted value, as people read it: 100000亿元 / CNY 10000B, 360, 100,000,000. */
export function maxText(def: Pick<FactDefinition, 'type' | 'max'>, lang: 'zh' | 'en'): string {
  const max = def.max ?? 0
  if (def.type === 'yuan') return formatYuan(max, lang)
  return max.toLocaleString(lang === 'en' ? 'en' : 'zh-CN')
}

/** A draft from stored facts: every declared fact present, absent ones as null (unknown). */
export function draftOf(facts: Record<string, unknown> | null | undefined): FactsDraft {
  const draft: FactsDraft = {}
  for (const def of factDefinitions) {
    const value = facts?.[def.name]
    draft[def.name] = value === undefined ? null : (value as FactValue)
  }
  return draft
}

/**
 * Text typed into a numeric field → the fact's value: '' → null (unknown); digits with thousands
 * separators (and an optional trailing 元) → a number; anything else stays text and fails validation.
 */
export function parseNumberInput(def: Pick<FactDefinition, 'type'>, text: string): FactValue {
  const cleaned = text.replace(/[\s,，]/g, '').replace(/元$/, '')
  if (cleaned === '') return null
  const pattern = def.type === 'tonnes' ? /^\d+(\.\d*)?$/ : /^\d+$/
  if (!pattern.test(cleaned)) return text
  const value = Number(cleaned)
  return Number.isSafeInteger(value) || def.type === 'tonnes' ? value : text
}

/** A value as the text of a numeric field (no separators: the input adds them for display). */
export function numberInputText(value: FactValue): string {
  if (value === null || value === undefined) return ''
  return String(value)
}

/** Thousands separators on the whole part: 60000000 → 60,000,000; 1234.5 → 1,234.5; other text unchanged. */
export function groupDigits(text: string): string {
  const match = /^(\d+)(\.\d*)?$/.exec(text)
  if (!match) return text
  return match[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (match[2] ?? '')
}

/** The problems of a draft, one per fact (by fact name), from the rules package's own validation. */
export function draftProblems(draft: FactsDraft): Partial<Record<FactName, true>> {
  const result = validateFacts(draft)
  if (result.ok) return {}
  return Object.fromEntries(result.errors.map((e) => [e.field, true])) as Partial<Record<FactName, true>>
}

/** The facts the rules may read: the valid values of the draft (a field with a problem counts as unknown). */
export function evaluableFacts(draft: FactsDraft): Facts {
  const problems = draftProblems(draft)
  const facts: Record<string, FactValue> = {}
  for (const def of factDefinitions) {
    const value = draft[def.name]
    if (value !== null && value !== undefined && !problems[def.name]) facts[def.name] = value
  }
  return facts as Facts
}

/** Facts whose draft value differs from the stored one, with the new value (null = make unknown). */
export function changedFacts(stored: Record<string, unknown>, draft: FactsDraft): FactsDraft {
  const changes: FactsDraft = {}
  for (const def of factDefinitions) {
    const before = stored[def.name] ?? null
    const after = draft[def.name] ?? null
    if (before !== after) changes[def.name] = after
  }
  return changes
}
