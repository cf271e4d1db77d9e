import { appealCategories, type AppealCategory } from './catalogues/appeal-categories.js'
import { districtGovernmentCode } from './catalogues/bureaus.js'
import { measures } from './measures/index.js'

export interface RoutingSuggestion {
  lead: string
  assisting: string[]
}

/** One entry of the routing catalogue: category → lead, assisting, district government yes/no. */
export type RoutingEntry = Pick<AppealCategory, 'code' | 'lead' | 'assisting' | 'districtGovernment'>

export function appealCategory(code: string): AppealCategory | undefined {
  return appealCategories.find((c) => c.code === code)
}

/**
 * Where an appeal should go (派单): the bureaus of the measure it concerns when there is one (the
 * first named is the lead), otherwise the routing catalogue's lead and assisting bureaus for its
 * category; the enterprise's district government assists when the measure or the category says so.
 * Pure; the API suggests it and the coordinator may change it. `catalogue` is the routing catalogue in
 * force (the API passes the administrator's, stored over these defaults); the action plan's by default.
 */
export function suggestRouting(
  input: { categoryCode: string; measureId?: string | null; district?: string | null },
  catalogue: readonly RoutingEntry[] = appealCategories,
): RoutingSuggestion | null {
  const measure = input.measureId ? measures.find((m) => m.id === input.measureId) : undefined
  const category = catalogue.find((c) => c.code === input.categoryCode)
  const base = measure ? [...measure.bureaus] : category ? [category.lead, ...category.assisting] : null
  if (!base || base.length === 0) return null
  const withDistrict = measure ? measure.districtGovernments : category?.districtGovernment
  if (withDistrict && input.district) base.push(districtGovernmentCode(input.district))
  const unique = [...new Set(base)]
  return { lead: unique[0]!, assisting: unique.slice(1) }
}

/** The appeal category of a measure (its clause's), for "ask about this measure". */
export function categoryOfMeasure(measureId: string): string | null {
  return measures.find((m) => m.id === measureId)?.appealCategory ?? null
}
