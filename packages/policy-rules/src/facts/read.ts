import { catalogues } from '../catalogues/index.js'
import type { FactName, Facts } from '../types.js'
import { MAX_LOAN_TERM_MONTHS, MAX_PERSONS, MAX_TCE, MAX_YUAN } from './bounds.js'
import { factDefinitions } from './definitions.js'
import { checkValue, FactTypeError } from './validate.js'

/** Position of each fact in `factDefinitions` (and in the array `readFacts` fills). */
export const FACT_INDEX: Readonly<Record<FactName, number>> = Object.fromEntries(
  factDefinitions.map((d, i) => [d.name, i]),
) as Record<FactName, number>

const DEFS = factDefinitions

/** 1-based position of each code in its catalogue (0 is kept for "unknown"). */
const positionsOf = (codes: readonly { code: string }[]) => new Map<unknown, number>(codes.map((c, i) => [c.code, i + 1]))
const DISTRICT_POSITION = positionsOf(catalogues.districts)
const INDUSTRY_POSITION = positionsOf(catalogues.industries)
const TECHNOLOGY_POSITION = positionsOf(catalogues.technologyFields)
const RATING_YEAR_POSITION = positionsOf(catalogues.ratingYears)
const LOAN_START_POSITION = positionsOf(catalogues.loanStartMonths)

function fail(i: number, v: unknown): never {
  const def = DEFS[i]!
  throw new FactTypeError(def.name, checkValue(def, v) ?? 'has a wrong value')
}

/** The catalogue position of a code (1-based), or a FactTypeError. */
function codeAt(i: number, v: unknown, positions: ReadonlyMap<unknown, number>): number {
  const k = positions.get(v)
  return k === undefined ? fail(i, v) : k
}

/**
 * Read every declared fact into `out` (index = position in `factDefinitions`; absent and null
 * become undefined) and check its type and bound; throws FactTypeError naming the first wrong
 * field. For the facts with a finite domain, `positions` receives the position of the value:
 * 0 unknown, yes/no 1 false / 2 true, codes their 1-based catalogue position (other entries are
 * left alone). It runs once per evaluation, so it is written out as one straight line per fact
 * (monomorphic property reads, no allocation): with a helper call per fact, 22 facts exceed V8's
 * inlining budget and the read took 2–3 times as long.
 */
export function readFacts(facts: Facts, out: unknown[], positions: number[]): void {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    throw new FactTypeError('', 'facts must be an object')
  }
  let v: unknown
  // codes
  v = facts.district
  if (v == null) {
    out[0] = undefined
    positions[0] = 0
  } else {
    positions[0] = codeAt(0, v, DISTRICT_POSITION)
    out[0] = v
  }
  v = facts.industry
  if (v == null) {
    out[1] = undefined
    positions[1] = 0
  } else {
    positions[1] = codeAt(1, v, INDUSTRY_POSITION)
    out[1] = v
  }
  v = facts.technologyField
  if (v == null) {
    out[2] = undefined
    positions[2] = 0
  } else {
    positions[2] = codeAt(2, v, TECHNOLOGY_POSITION)
    out[2] = v
  }
  // whole numbers within their bounds (yuan, count); NaN fails every comparison
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
    positions[25] = codeAt(25, v, RATING_YEAR_POSITION)
    out[25] = v
  }
  positions[26] = yesNo(out, 26, facts.keyIndustrialChain)
  v = facts.stockingLoanStart
  if (v == null) {
    out[27] = undefined
    positions[27] = 0
  } else {
    positions[27] = codeAt(27, v, LOAN_START_POSITION)
    out[27] = v
  }
}

/** A yes/no fact: stores it, returns 0 unknown, 1 false, 2 true. */
function yesNo(out: unknown[], i: number, v: unknown): number {
  if (v === true || v === false) {
    out[i] = v
    return v ? 2 : 1
  }
  if (v != null) fail(i, v)
  out[i] = undefined
  return 0
}

/** How readFacts reads each position (name, kind, bound); checked against factDefinitions when the module loads. */
const READ_AS: readonly [FactName, string, number?][] = [
  ['district', 'districts'],
  ['industry', 'industries'],
  ['technologyField', 'technologyFields'],
  ['annualOutputValue', 'yuan', MAX_YUAN],
  ['revenue', 'yuan', MAX_YUAN],
  ['rdExpense', 'yuan', MAX_YUAN],
  ['basicResearchInvestment', 'yuan', MAX_YUAN],
  ['aboveDesignatedSize', 'boolean'],
  ['firstSetCertified', 'boolean'],
  ['firstSetContractAmount', 'yuan', MAX_YUAN],
  ['techRenovationFinancingCost', 'yuan', MAX_YUAN],
  ['outsideChemicalPark', 'boolean'],
  ['existingChemicalPlant', 'boolean'],
  ['chemicalProjectFitsZoning', 'boolean'],
  ['chemicalProjectNoNewLand', 'boolean'],
  ['chemicalProjectNoAddedRisk', 'boolean'],
  ['energySavedTce', 'tonnes', MAX_TCE],
  ['firstNationalGreenFactory', 'boolean'],
  ['talentAwardNominees', 'count', MAX_PERSONS],
  ['stockingLoanAmount', 'yuan', MAX_YUAN],
  ['stockingLoanTermMonths', 'count', MAX_LOAN_TERM_MONTHS],
  ['rdHighGrowth', 'boolean'],
  ['pilotPlatform', 'boolean'],
  ['chemicalProducer', 'boolean'],
  ['aiComputingChips', 'boolean'],
  ['greenFactoryFirstRatedYear', 'ratingYears'],
  ['keyIndustrialChain', 'boolean'],
  ['stockingLoanStart', 'loanStartMonths'],
]
if (DEFS.length !== READ_AS.length || DEFS.some((d, i) => d.name !== READ_AS[i]![0] || (d.type === 'code' ? d.catalogue : d.type) !== READ_AS[i]![1] || d.max !== READ_AS[i]![2])) {
  throw new Error('readFacts is out of step with factDefinitions')
}
