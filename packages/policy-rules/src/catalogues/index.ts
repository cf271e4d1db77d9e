import { appealCategories } from './appeal-categories.js'
import { associations } from './associations.js'
import { bureaus } from './bureaus.js'
import { districts } from './districts.js'
import { industries } from './industries.js'

export type { AppealCategory } from './appeal-categories.js'
export type { Association } from './associations.js'
export type { Bureau } from './bureaus.js'
export type { District, DistrictCode } from './districts.js'
export type { Industry, IndustryCode } from './industries.js'
export { districtGovernmentCode } from './bureaus.js'

export const catalogues = { industries, districts, bureaus, appealCategories, associations } as const
