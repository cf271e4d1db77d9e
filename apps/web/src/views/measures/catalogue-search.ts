import { catalogues, type Measure } from '@servicepack/policy-rules'
import { bureauName, citation } from '@servicepack/ui'

export interface CatalogueFilter {
  /** Words to find (all of them) in name, summary, targets, clause, bureaus and industries. */
  query: string
  /** A bureau code: only measures that name it. */
  bureau: string | null
  /** Only measures with a stated amount, rate or cap (rules pending excluded). */
  withAmount: boolean
}

const codeNames = {
  industry: new Map(catalogues.industries.map((i) => [i.code as string, `${i.zh} ${i.en}`])),
  technologyField: new Map(catalogues.technologyFields.map((f) => [f.code as string, `${f.zh} ${f.en}`])),
}

/** A stated amount, rate or cap (for the enterprise, or for each selected person); not case by case, not announced with rules pending. */
export function hasStatedAmount(measure: Measure): boolean {
  return measure.amount.kind !== 'none' && measure.amount.kind !== 'caseByCase' && measure.amount.kind !== 'announced'
}

/** Everything a visitor might search a measure by, in both languages. */
function searchText(measure: Measure): string {
  // Industries and technology fields named by the conditions, alternatives included.
  const simple = measure.conditions.flatMap((c) => (c.kind === 'anyOf' ? c.conditions : [c]))
  const named = simple.flatMap((c) => {
    if (c.kind !== 'in' || (c.fact !== 'industry' && c.fact !== 'technologyField')) return []
    const names = codeNames[c.fact]
    return c.values.map((v) => names.get(v) ?? v)
  })
  return [
    measure.name.zh,
    measure.name.en,
    measure.summary.zh,
    measure.summary.en,
    measure.targets.zh,
    measure.targets.en,
    citation(measure.reference, 'zh'),
    citation(measure.reference, 'en'),
    ...measure.bureaus.flatMap((code) => [bureauName(code, 'zh'), bureauName(code, 'en')]),
    measure.districtGovernments ? '各区政府 district governments' : '',
    ...named,
  ]
    .join('\n')
    .toLowerCase()
}

const texts = new WeakMap<Measure, string>()

/** The measures that match the filter, in catalogue order. */
export function searchCatalogue(measures: readonly Measure[], filter: CatalogueFilter): Measure[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean)
  return measures.filter((measure) => {
    if (filter.bureau && !measure.bureaus.includes(filter.bureau)) return false
    if (filter.withAmount && !hasStatedAmount(measure)) return false
    if (!words.length) return true
    let text = texts.get(measure)
    if (text === undefined) texts.set(measure, (text = searchText(measure)))
    return words.every((word) => text.includes(word))
  })
}

/** Bureaus that at least one measure names, for the filter's options. */
export function bureausInCatalogue(measures: readonly Measure[]): string[] {
  return [...new Set(measures.flatMap((m) => m.bureaus))]
}
