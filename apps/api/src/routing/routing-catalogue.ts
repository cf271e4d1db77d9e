import type { RoutingEntry } from '@servicepack/policy-rules'

/** What an administrator stored for a category (absent = the action plan's default). */
export interface StoredRouting {
  categoryCode: string
  leadBureau: string
  assistingBureaus: string[]
  districtGovernment: boolean
  updatedAt: Date
  updatedBy: string
  updatedByName?: string | null
}

export interface RoutingValue {
  lead: string
  assisting: string[]
  districtGovernment: boolean
}

export interface EffectiveRouting extends RoutingValue {
  code: string
  default: RoutingValue
  overridden: boolean
  version: number
  updatedAt: Date | null
  updatedBy: string | null
  /** The person's name (issue 19 §4); null when never known. */
  updatedByName: string | null
}

const valueOf = (e: RoutingEntry): RoutingValue => ({ lead: e.lead, assisting: [...e.assisting], districtGovernment: e.districtGovernment })

/**
 * The catalogue in force (pure): each default category, with the administrator's entry over it.
 * An entry's version is the number of changes ever recorded for it (resets included), so it only
 * grows: a stale editor is refused even after a reset and a new change.
 */
export function effectiveRouting(defaults: readonly RoutingEntry[], stored: readonly StoredRouting[], versions: ReadonlyMap<string, number> = new Map()): EffectiveRouting[] {
  const byCode = new Map(stored.map((s) => [s.categoryCode, s]))
  return defaults.map((d) => {
    const s = byCode.get(d.code)
    const value = s ? { lead: s.leadBureau, assisting: [...s.assistingBureaus], districtGovernment: s.districtGovernment } : valueOf(d)
    return { code: d.code, ...value, default: valueOf(d), overridden: !!s, version: versions.get(d.code) ?? 0, updatedAt: s?.updatedAt ?? null, updatedBy: s?.updatedBy ?? null, updatedByName: s?.updatedByName ?? null }
  })
}

/** The same value (assisting bureaus compared as a list: their order is the order they are shown and notified in). */
export function sameRouting(a: RoutingValue, b: RoutingValue): boolean {
  return a.lead === b.lead && a.districtGovernment === b.districtGovernment && a.assisting.length === b.assisting.length && a.assisting.every((x, i) => x === b.assisting[i])
}

/** Why an entry cannot be stored, or null: the lead cannot assist as well. */
export function routingProblem(value: RoutingValue): 'LEAD_ALSO_ASSISTS' | null {
  return value.assisting.includes(value.lead) ? 'LEAD_ALSO_ASSISTS' : null
}
