import { evaluate, sortForPackage, totalEligibleAmount, type AmountRange, type Evaluation, type Facts } from '@servicepack/policy-rules'
import { isForEveryone, measureOf, type MeasureChange } from '@servicepack/ui'
import { computed, type Ref } from 'vue'

export interface PackagePreview {
  /** The measures the facts decide, in package order. */
  evaluations: Evaluation[]
  /** The measures that concern every enterprise (no conditions): listed apart, not counted. */
  forEveryone: Evaluation[]
  /** Nothing entered yet: the counts would say nothing. */
  empty: boolean
  total: AmountRange
  /** Against the baseline (the stored profile): what the edits change. Empty without a baseline. */
  changes: Map<string, MeasureChange>
  /** The total of the baseline, to show what the edits add or remove. */
  baselineTotal: AmountRange | null
  /** Of the measures the facts decide. */
  counts: Record<Evaluation['status'], number>
}

/**
 * One evaluation of the whole catalogue, in package order. The rules run in microseconds: no
 * debounce needed. The total is the enterprise's own money only (never per-person awards or
 * measures whose rules are pending).
 */
export function previewOf(facts: Facts, asOf: string, reasonsEn: boolean): Omit<PackagePreview, 'changes' | 'baselineTotal'> {
  const all = sortForPackage(evaluate(facts, { asOf, reasonsEn }))
  const evaluations = all.filter((e) => !isForEveryone(measureOf(e.measureId)))
  const forEveryone = all.filter((e) => isForEveryone(measureOf(e.measureId)))
  const counts = { eligible: 0, unknown: 0, announced: 0, ineligible: 0 }
  for (const e of evaluations) counts[e.status] += 1
  const empty = Object.values(facts).every((value) => value === null || value === undefined)
  return { evaluations, forEveryone, empty, total: totalEligibleAmount(all), counts }
}

/** What changed for each measure between two evaluations of the catalogue. */
export function changesBetween(before: readonly Evaluation[], after: readonly Evaluation[]): Map<string, MeasureChange> {
  const earlier = new Map(before.map((e) => [e.measureId, e]))
  const changes = new Map<string, MeasureChange>()
  for (const now of after) {
    const then = earlier.get(now.measureId)
    if (!then) continue
    if (now.status === 'eligible' && then.status !== 'eligible') changes.set(now.measureId, 'new')
    else if (now.status !== 'eligible' && then.status === 'eligible') changes.set(now.measureId, 'lost')
    else if (now.status === 'eligible' && (now.amount?.min !== then.amount?.min || now.amount?.max !== then.amount?.max)) {
      changes.set(now.measureId, 'amount')
    }
  }
  return changes
}

/**
 * The package recomputed in the browser, by the same rules package as the API, on every change
 * of `facts`; with a `baseline` (the stored facts) it also tells what the edits change.
 */
export function usePackagePreview(options: {
  facts: Ref<Facts>
  baseline?: Ref<Facts | null>
  asOf: Ref<string>
  english: Ref<boolean>
}) {
  const base = computed(() => (options.baseline?.value ? previewOf(options.baseline.value, options.asOf.value, false) : null))
  return computed<PackagePreview>(() => {
    const current = previewOf(options.facts.value, options.asOf.value, options.english.value)
    return {
      ...current,
      changes: base.value ? changesBetween([...base.value.evaluations, ...base.value.forEveryone], [...current.evaluations, ...current.forEveryone]) : new Map(),
      baselineTotal: base.value?.total ?? null,
    }
  })
}
