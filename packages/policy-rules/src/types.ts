/**
 * Types of the policy-rules package. Everything a measure definition contains is plain JSON
 * (strings, numbers, booleans, arrays, objects): definitions can be stored, published and
 * checked with `validateMeasure`.
 */

/** Bilingual text. */
export interface Text {
  zh: string
  en: string
}

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

// ---------------------------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------------------------

export type FactType = 'code' | 'yuan' | 'boolean' | 'count' | 'tonnes'

/**
 * The facts the rules read. Every fact is optional: absent, `undefined` or `null` means unknown,
 * and an unknown fact never counts as false.
 *
 * - `code`: a string from the fact's catalogue
 * - `yuan`: integer yuan, 0 ≤ v ≤ the fact's `max`
 * - `count`: integer, 0 ≤ v ≤ the fact's `max`
 * - `tonnes`: finite number, 0 ≤ v ≤ the fact's `max` (decimals allowed)
 * - `boolean`: `true` / `false`
 */
export interface Facts {
  district?: string | null
  industry?: string | null
  technologyField?: string | null
  annualOutputValue?: number | null
  /** Retired: no measure or feature reads it (see `FactDefinition.retired`). */
  revenue?: number | null
  /** Retired: no measure or feature reads it (see `FactDefinition.retired`). */
  rdExpense?: number | null
  basicResearchInvestment?: number | null
  /** Retired: no measure or feature reads it (see `FactDefinition.retired`). */
  aboveDesignatedSize?: boolean | null
  firstSetCertified?: boolean | null
  firstSetContractAmount?: number | null
  techRenovationFinancingCost?: number | null
  outsideChemicalPark?: boolean | null
  existingChemicalPlant?: boolean | null
  chemicalProjectFitsZoning?: boolean | null
  chemicalProjectNoNewLand?: boolean | null
  chemicalProjectNoAddedRisk?: boolean | null
  energySavedTce?: number | null
  firstNationalGreenFactory?: boolean | null
  talentAwardNominees?: number | null
  stockingLoanAmount?: number | null
  stockingLoanTermMonths?: number | null
  rdHighGrowth?: boolean | null
  /** (十五): uses, builds or upgrades a pilot-scale platform. */
  pilotPlatform?: boolean | null
  /** (六): produces chemicals, whatever its industry. */
  chemicalProducer?: boolean | null
  /** (二): develops or makes high-performance AI computing chips. */
  aiComputingChips?: boolean | null
  /** (八): the year of the first national green factory rating (catalogue ratingYears). */
  greenFactoryFirstRatedYear?: string | null
  /** (十二): in a key industrial chain or one of its core links. */
  keyIndustrialChain?: boolean | null
  /** (十二): the month the stocking loan started, YYYY-MM (catalogue loanStartMonths). */
  stockingLoanStart?: string | null
}

export type FactName = keyof Facts

export interface FactDefinition {
  name: FactName
  type: FactType
  /** Unit of the value: 'CNY' (yuan), 'tce' (tonnes of standard coal), 'persons', 'months', or null. */
  unit: 'CNY' | 'tce' | 'persons' | 'months' | null
  label: Text
  question: Text
  help: Text
  /** For `code` facts: which catalogue lists the allowed values. */
  catalogue?: 'industries' | 'districts' | 'technologyFields' | 'ratingYears' | 'loanStartMonths'
  /**
   * For `yuan`, `count` and `tonnes` facts (required for them): the largest value accepted, a
   * realistic upper bound (see `facts/bounds.ts`); `validateFacts` and `evaluate` refuse more.
   */
  max?: number
  /**
   * Asked only of enterprises in these industries (or whose industry is not known yet): for any
   * other industry no result depends on the fact. Absent: asked of every enterprise.
   */
  forIndustries?: readonly string[]
  /**
   * Asked only while this yes/no fact is not answered "no" (e.g. the chemical-project facts of (六)
   * while the enterprise may be a chemical producer): when it is false, no result depends on the fact.
   */
  unlessNo?: FactName
  /**
   * Why the profile asks a fact that no measure reads: the product's own use of it (e.g. the
   * key-enterprise flag reads the annual output value). Every fact is read by a measure, has a
   * purpose, or is retired (checked by a test).
   */
  purpose?: Text
  /**
   * No measure and no feature reads the fact, so nobody is asked it any more (the profile form and
   * the estimator leave it out). It is still accepted and type-checked, so stored profiles and API
   * clients keep working and change histories still name it; removing it needs a data migration.
   */
  retired?: true
}

// ---------------------------------------------------------------------------------------------
// Measure definitions (JSON data)
// ---------------------------------------------------------------------------------------------

/** A parameter value that applies from a date on (until the next entry's date). */
export interface DatedValue<T = ParamValue> {
  from: IsoDate
  value: T
  /** Where the value comes from, e.g. "沪府办规〔2025〕20号 (四)". */
  reference: string
}

export interface Tier {
  /** Lower bound, inclusive, in the unit of the fact (yuan). */
  gte: number
  /** Amount in integer yuan. */
  amount: number
}

export type ParamValue = number | Tier[]

/** A reference to a measure parameter (resolved for the evaluation date). */
export interface ParamRef {
  param: string
}

/** A literal number or a parameter. Anything that can change should be a parameter. */
export type NumberOperand = number | ParamRef

/** A test of one fact. */
export type SimpleCondition =
  | { kind: 'isTrue'; fact: FactName }
  | { kind: 'gt' | 'gte' | 'lt' | 'lte'; fact: FactName; value: NumberOperand }
  /**
   * `open`: the text's list ends with 等 (an open list): a value not named is unknown (for the bureaus
   * to judge), never not met.
   */
  | { kind: 'in'; fact: FactName; values: string[]; open?: true }

/**
 * A test of one fact, or alternatives (three-valued OR: met when any is met, not met when all are
 * not met, otherwise unknown), e.g. clause (五) selects by industry chain or by technology field.
 */
export type Condition = SimpleCondition | { kind: 'anyOf'; conditions: SimpleCondition[] }

/**
 * Amount formulas. All results are integer yuan, `{ min, max }`. Percentages and rates are in
 * basis points (1 bp = 0.01 %); every division rounds down (floor), so the engine never promises
 * more than the text allows. Caps apply to both ends of the range.
 */
export type AmountFormula =
  /** A fixed sum. */
  | { kind: 'fixed'; amount: NumberOperand }
  /** The amount of the highest tier whose `gte` the fact reaches. */
  | { kind: 'tiers'; fact: FactName; tiers: ParamRef }
  /** Between minBps and maxBps of the fact (e.g. 0 %–30 % of the contract), capped. */
  | { kind: 'percentOfCapped'; fact: FactName; minBps: NumberOperand; maxBps: NumberOperand; cap: NumberOperand }
  /** Between minPerUnit and maxPerUnit yuan per unit of the fact, optionally capped. */
  | { kind: 'perUnitRange'; fact: FactName; minPerUnit: NumberOperand; maxPerUnit: NumberOperand; cap?: NumberOperand }
  /**
   * An interest subsidy: a yearly rate between minBps and maxBps of the principal (`fact`, yuan),
   * for the loan's term in months (`termMonthsFact`): principal × rate × months ÷ 12, rounded down.
   * With the term unknown the amount is unknown.
   */
  | {
      kind: 'interestSubsidy'
      fact: FactName
      termMonthsFact: FactName
      /**
       * The loan's start month (a `loanStartMonths` code fact): when given, only the loan's months inside
       * the measure's period, from the evaluation date's month or the start, whichever is later, count.
       */
      startMonthFact?: FactName
      minBps: NumberOperand
      maxBps: NumberOperand
    }
  /** Up to the fact's value (min 0), capped. */
  | { kind: 'upToFact'; fact: FactName; cap: NumberOperand }
  /**
   * Money the text gives to selected people, not to the enterprise (e.g. "每人最高奖励不超过30万元"):
   * up to `max` yuan per person. It is in the evaluation's `amountPerPerson`, never in `amount`, so
   * it is never counted as the enterprise's money.
   */
  | { kind: 'perPerson'; max: NumberOperand }
  /** Money support whose amount the text leaves to a case-by-case decision: amount null. */
  | { kind: 'caseByCase' }
  /**
   * Support the text announces but leaves to rules still being worked out ("研究给予一次性奖励"):
   * there is nothing to be eligible for yet. Such a measure never evaluates `eligible`; where its
   * conditions hold it is `announced`. Amount null.
   */
  | { kind: 'announced' }
  /** Not a money measure (services, coordination, land, finance products): amount null. */
  | { kind: 'none' }

export interface Reference {
  /** Document number, e.g. 沪府办规〔2025〕20号. */
  document: string
  /** Clause, e.g. (四). */
  clause: string
}

export interface Measure {
  id: string
  reference: Reference
  name: Text
  summary: Text
  /** The measure's period of validity, inclusive at both ends. */
  period: { from: IsoDate; to: IsoDate }
  /** Codes of the clause's 责任单位 (municipal and central bureaus in Shanghai). */
  bureaus: string[]
  /**
   * The clause names 各区政府: the enterprise's district government is added to `bureaus` of the
   * evaluation when its `district` is known.
   */
  districtGovernments: boolean
  /** Appeal category code used when an enterprise asks about this measure. */
  appealCategory: string
  /** Industries and fields named by the clause, as written (for display). */
  targets: Text
  /** All must hold (three-valued AND). Empty = the measure concerns every enterprise. */
  conditions: Condition[]
  amount: AmountFormula
  /**
   * What the reader must know whatever the facts, from the text (e.g. a cap is cumulative, the
   * clause's focus): one reason line each, added when the measure is not ineligible.
   */
  notes?: Text[]
  params: Record<string, DatedValue[]>
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

/**
 * `eligible`, `ineligible`, `unknown`: the three-valued outcome of the measure's conditions.
 * `announced`: the conditions hold (as far as the text states them) but the text only announces the
 * support and its rules are pending ("研究给予…", amount kind `announced`): nothing to count on yet,
 * something to watch for. Never counted in totals.
 */
export type Status = 'eligible' | 'ineligible' | 'unknown' | 'announced'

export interface AmountRange {
  /** Integer yuan. */
  min: number
  /** Integer yuan. */
  max: number
}

export interface TraceStep {
  /** Fact read (or 'asOf' for the period check). */
  fact: string
  /** Value read; null when unknown. */
  value: string | number | boolean | null
  /** The test applied, e.g. "≥ 10000000", "in [steel, petrochemical]", "= true". */
  test: string
  result: 'met' | 'not-met' | 'unknown'
  /** Present (true) when the step is one of alternatives (`anyOf`): one met is enough. */
  alternative?: true
}

export interface Evaluation {
  measureId: string
  status: Status
  /**
   * Integer yuan. null = case by case, not a money measure, ineligible, or not computable (a
   * needed fact is missing: it is then in `missing`). For an `unknown` status the range is what the
   * measure would give if the missing status facts turned out favourable, when computable.
   */
  amount: AmountRange | null
  /**
   * Money for each selected person, not for the enterprise (amount kind `perPerson`, e.g. the
   * talent award of (九)): never part of `amount`, totals or ranking. null for every other measure
   * and when ineligible.
   */
  amountPerPerson: AmountRange | null
  /** Fact names whose values would settle status or amount. */
  missing: FactName[]
  /** Why, in Chinese. */
  reasons: string[]
  /** Why, in English (same lines as `reasons`); present only when `options.reasonsEn` is true. */
  reasonsEn?: string[]
  trace: TraceStep[]
  reference: Reference
  bureaus: string[]
}

export interface EvaluateOptions {
  /** Evaluation date, `YYYY-MM-DD`. */
  asOf: IsoDate
  /** Also produce `reasonsEn` (English lines). Off by default: it doubles the text work. */
  reasonsEn?: boolean
}
