import { evaluateMeasure, FactTypeError, factsOfMeasure, measures, type Facts, type Measure } from '@servicepack/policy-rules'

/**
 * Who a notice is for (pure, table-tested). Every criterion given must hold (AND); an empty audience
 * is every enterprise. A criterion on a fact the profile does not state excludes the enterprise
 * (an unknown industry is not "集成电路") — except the measure criterion, whose point is to reach
 * the enterprises a measure concerns: those for which it is `eligible` or still `unknown` (or,
 * for a measure whose rules are pending, `announced`), evaluated by @servicepack/policy-rules on the
 * stored profile as of the notice's date. Only `ineligible` leaves an enterprise out.
 *
 * Split for speed at 100,000 enterprises: the structural criteria (industries, districts, key,
 * output band) become one SQL condition over `enterprises` (`audienceSql`), so PostgreSQL narrows
 * the rows; the measure criterion is never translated into SQL (one engine, one truth): the
 * service reads only the facts the measure reads (`measureFactNames`) of the remaining rows and
 * asks the engine (`measureConcerns`). `inAudience` is the whole audience on one profile; the
 * tests require the SQL path and it to agree.
 */
export interface AudienceCriteria {
  /** Industry codes (any of); empty or absent: any industry. */
  industries?: readonly string[]
  /** District codes (any of). */
  districts?: readonly string[]
  /** 重点企业 only (true), none of them (false), or both (null/absent). */
  keyEnterprise?: boolean | null
  /** Annual output value band in yuan, inclusive. */
  outputValueMin?: number | null
  outputValueMax?: number | null
  /** Enterprises for which this measure is eligible or unknown (or announced) on the notice's date. */
  measureId?: string | null
}

/** What of an enterprise the audience reads. */
export interface AudienceProfile {
  facts: Record<string, unknown>
  isKey: boolean
}

const byId = new Map<string, Measure>(measures.map((m) => [m.id, m]))

/** Does the measure concern the enterprise on `asOf` (anything but ineligible)? */
export function measureConcerns(measureId: string, facts: Record<string, unknown>, asOf: string): boolean {
  try {
    return evaluateMeasure(measureId, facts as Facts, { asOf }).status !== 'ineligible'
  } catch (e) {
    // A stored fact of the wrong type cannot be judged: it counts as unknown (never as ineligible).
    if (e instanceof FactTypeError) return true
    throw e
  }
}

/** The engine's answer for one profile. */
export function inAudience(profile: AudienceProfile, criteria: AudienceCriteria, asOf: string): boolean {
  const { facts } = profile
  if (criteria.industries?.length && !(typeof facts.industry === 'string' && criteria.industries.includes(facts.industry))) return false
  if (criteria.districts?.length && !(typeof facts.district === 'string' && criteria.districts.includes(facts.district))) return false
  if (typeof criteria.keyEnterprise === 'boolean' && profile.isKey !== criteria.keyEnterprise) return false
  const output = facts.annualOutputValue
  if (isBound(criteria.outputValueMin) && !(typeof output === 'number' && output >= criteria.outputValueMin)) return false
  if (isBound(criteria.outputValueMax) && !(typeof output === 'number' && output <= criteria.outputValueMax)) return false
  if (criteria.measureId && !measureConcerns(criteria.measureId, facts, asOf)) return false
  return true
}

function isBound(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}

export interface SqlCondition {
  /** A boolean SQL expression over the enterprises table (alias given), with named parameters `:aud_…`. */
  sql: string
  params: Record<string, unknown>
}

/**
 * The structural criteria as one SQL condition on `enterprises` (columns `facts` jsonb, `is_key`);
 * every code and bound travels as a parameter. The measure criterion is not in it (see above).
 */
export function audienceSql(criteria: AudienceCriteria, alias = 'e'): SqlCondition {
  const parts: string[] = []
  const params: Record<string, unknown> = {}
  const f = `${alias}.facts`
  if (criteria.industries?.length) {
    parts.push(`${f}->>'industry' = ANY(:aud_industries)`)
    params.aud_industries = [...criteria.industries]
  }
  if (criteria.districts?.length) {
    parts.push(`${f}->>'district' = ANY(:aud_districts)`)
    params.aud_districts = [...criteria.districts]
  }
  if (typeof criteria.keyEnterprise === 'boolean') {
    parts.push(`${alias}.is_key = :aud_key`)
    params.aud_key = criteria.keyEnterprise
  }
  const number = `(jsonb_typeof(${f}->'annualOutputValue') = 'number')`
  if (isBound(criteria.outputValueMin)) {
    parts.push(`(${number} AND (${f}->>'annualOutputValue')::numeric >= :aud_min)`)
    params.aud_min = criteria.outputValueMin
  }
  if (isBound(criteria.outputValueMax)) {
    parts.push(`(${number} AND (${f}->>'annualOutputValue')::numeric <= :aud_max)`)
    params.aud_max = criteria.outputValueMax
  }
  return { sql: parts.length ? parts.map((p) => `(${p})`).join(' AND ') : 'TRUE', params }
}

/** The facts the measure criterion reads (its conditions' and its amount's): all the service loads per row. */
export function measureFactNames(measureId: string): string[] {
  if (!byId.has(measureId)) throw new RangeError(`Unknown measure ${measureId}`)
  return factsOfMeasure(measureId)
}

/** The facts object of a row read as `jsonb_build_array(facts->name1, facts->name2, …)`: absent stays absent. */
export function factsFromValues(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const facts: Record<string, unknown> = {}
  names.forEach((name, i) => {
    const v = values[i]
    if (v !== null && v !== undefined) facts[name] = v
  })
  return facts
}

/** The notice's date for the rules: the Shanghai calendar date it starts on. */
export { shanghaiDateOf as audienceDateOf } from '@servicepack/policy-rules'
