// Generated from factDefinitions (facts/definitions.yaml) by scripts/render-read-facts.ts: do not edit.
// `pnpm --filter @servicepack/policy-rules generate` writes it again; a spec fails while it is stale.
import type { Facts } from '../types.js'
import { MAX_LOAN_TERM_MONTHS, MAX_PERSONS, MAX_TCE, MAX_YUAN } from './bounds.js'
import { CODE_POSITIONS, codeAt, fail, yesNo } from './read-helpers.js'
import { FactTypeError } from './validate.js'

const DISTRICTS = CODE_POSITIONS.districts
const INDUSTRIES = CODE_POSITIONS.industries
const TECHNOLOGY_FIELDS = CODE_POSITIONS.technologyFields
const RATING_YEARS = CODE_POSITIONS.ratingYears
const LOAN_START_MONTHS = CODE_POSITIONS.loanStartMonths

/**
 * Read every declared fact into `out` (index = position in `factDefinitions`; absent and null
 * become undefined) and check its type and bound; throws FactTypeError naming the first wrong
 * field. For the facts with a finite domain, `positions` receives the position of the value:
 * 0 unknown, yes/no 1 false / 2 true, codes their 1-based catalogue position (other entries are
 * left alone).
 */
export function readFacts(facts: Facts, out: unknown[], positions: number[]): void {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    throw new FactTypeError('', 'facts must be an object')
  }
  let v: unknown
  v = facts.district
  if (v == null) {
    out[0] = undefined
    positions[0] = 0
  } else {
    positions[0] = codeAt(0, v, DISTRICTS)
    out[0] = v
  }
  v = facts.industry
  if (v == null) {
    out[1] = undefined
    positions[1] = 0
  } else {
    positions[1] = codeAt(1, v, INDUSTRIES)
    out[1] = v
  }
  v = facts.technologyField
  if (v == null) {
    out[2] = undefined
    positions[2] = 0
  } else {
    positions[2] = codeAt(2, v, TECHNOLOGY_FIELDS)
    out[2] = v
  }
  v = facts.annualOutputValue
  if (typeof v === 'number' && v >= 0 && v <= MAX_YUAN && Number.isInteger(v)) out[3] = v
  else if (v == null) out[3] = undefined
  else fail(3, v)
  v = facts.revenue
  if (typeof v === 'number' && v >= 0 && v <= MAX_YUAN && Number.isInteger(v)) out[4] = v
  else if (v == null) out[4] = undefined
  else fail(4, v)
  v = facts.rdExpense
  if (typeof v === 'number' && v >= 0 && v <= MAX_YUAN && Number.isInteger(v)) out[5] = v
  else if (v == null) out[5] = undefined
  else fail(5, v)
  v = facts.basicResearchInvestment
  if (typeof v === 'number' && v >= 0 && v <= MAX_YUAN && Number.isInteger(v)) out[6] = v
  else if (v == null) out[6] = undefined
  else fail(6, v)
  positions[7] = yesNo(out, 7, facts.aboveDesignatedSize)
  positions[8] = yesNo(out, 8, facts.firstSetCertified)
  v = facts.firstSetContractAmount
  if (typeof v === 'number' && v >= 0 && v <= MAX_YUAN && Number.isInteger(v)) out[9] = v
  else if (v == null) out[9] = undefined
  else fail(9, v)
  v = facts.techRenovationFinancingCost
  if (typeof v === 'number' && v >= 0 && v <= MAX_YUAN && Number.isInteger(v)) out[10] = v
  else if (v == null) out[10] = undefined
  else fail(10, v)
  positions[11] = yesNo(out, 11, facts.outsideChemicalPark)
  positions[12] = yesNo(out, 12, facts.existingChemicalPlant)
  positions[13] = yesNo(out, 13, facts.chemicalProjectFitsZoning)
  positions[14] = yesNo(out, 14, facts.chemicalProjectNoNewLand)
  positions[15] = yesNo(out, 15, facts.chemicalProjectNoAddedRisk)
  v = facts.energySavedTce
  if (typeof v === 'number' && v >= 0 && v <= MAX_TCE) out[16] = v
  else if (v == null) out[16] = undefined
  else fail(16, v)
  positions[17] = yesNo(out, 17, facts.firstNationalGreenFactory)
  v = facts.talentAwardNominees
  if (typeof v === 'number' && v >= 0 && v <= MAX_PERSONS && Number.isInteger(v)) out[18] = v
  else if (v == null) out[18] = undefined
  else fail(18, v)
  v = facts.stockingLoanAmount
  if (typeof v === 'number' && v >= 0 && v <= MAX_YUAN && Number.isInteger(v)) out[19] = v
  else if (v == null) out[19] = undefined
  else fail(19, v)
  v = facts.stockingLoanTermMonths
  if (typeof v === 'number' && v >= 0 && v <= MAX_LOAN_TERM_MONTHS && Number.isInteger(v)) out[20] = v
  else if (v == null) out[20] = undefined
  else fail(20, v)
  positions[21] = yesNo(out, 21, facts.rdHighGrowth)
  positions[22] = yesNo(out, 22, facts.pilotPlatform)
  positions[23] = yesNo(out, 23, facts.chemicalProducer)
  positions[24] = yesNo(out, 24, facts.aiComputingChips)
  v = facts.greenFactoryFirstRatedYear
  if (v == null) {
    out[25] = undefined
    positions[25] = 0
  } else {
    positions[25] = codeAt(25, v, RATING_YEARS)
    out[25] = v
  }
  positions[26] = yesNo(out, 26, facts.keyIndustrialChain)
  v = facts.stockingLoanStart
  if (v == null) {
    out[27] = undefined
    positions[27] = 0
  } else {
    positions[27] = codeAt(27, v, LOAN_START_MONTHS)
    out[27] = v
  }
}
