import { appealCategories } from './appeal-categories.js'
import { associations } from './associations.js'
import { bureaus } from './bureaus.js'
import { districts } from './districts.js'
import { industries } from './industries.js'
import { loanStartMonths, ratingYears } from './plan-dates.js'
import { technologyFields } from './technology-fields.js'

export type { AppealCategory } from './appeal-categories.js'
export type { Association } from './associations.js'
export type { Bureau } from './bureaus.js'
export type { District, DistrictCode } from './districts.js'
export type { Industry, IndustryCode } from './industries.js'
export type { TechnologyField, TechnologyFieldCode } from './technology-fields.js'
export { districtGovernmentCode } from './bureaus.js'
export type { CalendarCode } from './plan-dates.js'
export { monthNumber } from './plan-dates.js'

export const catalogues = { industries, districts, technologyFields, ratingYears, loanStartMonths, bureaus, appealCategories, associations } as const

/** The catalogues a `code` fact can draw its values from. */
export type CodeCatalogue = 'industries' | 'districts' | 'technologyFields' | 'ratingYears' | 'loanStartMonths'

/** The codes of a code fact's catalogue, in catalogue order. */
export function catalogueCodes(catalogue: CodeCatalogue): readonly string[] {
  return catalogues[catalogue].map((c) => c.code)
}
