/**
 * @servicepack/policy-rules — the measures of 沪府办规〔2025〕20号 as dated, cited data, and the
 * engine that evaluates them. Pure TypeScript: no I/O, no clock, no runtime dependencies.
 */
import { createEvaluator } from './engine.js'
import { measures } from './measures/index.js'
import type { EvaluateOptions, Evaluation, Facts } from './types.js'

export type * from './types.js'
export type {
  AppealCategory,
  Association,
  Bureau,
  CodeCatalogue,
  District,
  DistrictCode,
  Industry,
  IndustryCode,
  TechnologyField,
  TechnologyFieldCode,
} from './catalogues/index.js'
export { catalogues, catalogueCodes, districtGovernmentCode } from './catalogues/index.js'
export { factDefinitions, factDefinition, validateFacts, FactTypeError, MAX_YUAN, MAX_PERSONS, MAX_TCE, MAX_LOAN_TERM_MONTHS } from './facts/index.js'
export type { FactError, FactValidation } from './facts/index.js'
export { measures, PLAN } from './measures/index.js'
export { clauseText, CLAUSE_TEXT } from './plan-text.js'
export { validateMeasure } from './validate-measure.js'
export type { MeasureValidation } from './validate-measure.js'
export { createEvaluator, resolveParam } from './engine.js'
export type { Evaluator } from './engine.js'
export { formatYuan, formatYuanRange } from './format.js'
export type { Locale } from './format.js'
export { sortForPackage, totalEligibleAmount } from './service-package.js'
export { appealCategory, categoryOfMeasure, suggestRouting } from './routing.js'
export { factsOfMeasure } from './measure-facts.js'
export type { RoutingEntry, RoutingSuggestion } from './routing.js'
export { parseHolidayNotice, weekdayRule, daysOfYear } from './holiday-notice.js'
export type { NoticeDay, NoticeParse, NoticeProblem } from './holiday-notice.js'
export { applyBps, mulDivFloor, bpsToPercent } from './arithmetic.js'
export { isCalendarDate, shanghaiDateOf } from './calendar.js'
export { shanghaiDateTimeOf } from './datetime.js'
export { dueDayOf, formatDueDay, weekdayOfDate } from './due-day.js'
export { competitionRanks, rankingScore } from './ranking.js'
export { PHONE_PATTERN, isPhone, personName } from './formats.js'

const builtIn = createEvaluator(measures)

/**
 * Evaluate every measure for the facts on `options.asOf` (YYYY-MM-DD). Throws FactTypeError on a
 * wrongly typed fact and RangeError on a malformed date; never throws otherwise.
 */
export function evaluate(facts: Facts, options: EvaluateOptions): Evaluation[] {
  return builtIn.evaluate(facts, options)
}

/** Evaluate one measure by id (RangeError if unknown). */
export function evaluateMeasure(id: string, facts: Facts, options: EvaluateOptions): Evaluation {
  return builtIn.evaluateMeasure(id, facts, options)
}
