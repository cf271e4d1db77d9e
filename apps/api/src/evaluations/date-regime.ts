import { resolveParam, type Measure } from '@servicepack/policy-rules'

/**
 * What of a measure depends on the date, on a date: inside its period or not, and which dated value
 * of each parameter is in force. Two dates with the same regime give every enterprise the same
 * status, so an evaluation kept for one answers for the other (the audience preview of a notice
 * dated next month reads the kept table unless the measure starts, ends or changes a value between).
 */
export function dateRegime(measure: Pick<Measure, 'period' | 'params'>, date: string): string {
  const inPeriod = measure.period.from <= date && date <= measure.period.to
  const params = Object.keys(measure.params)
    .sort()
    .map((name) => resolveParam(measure.params[name] ?? [], date)?.from ?? null)
  return JSON.stringify([inPeriod, params])
}

export function sameRegime(measure: Pick<Measure, 'period' | 'params'>, a: string, b: string): boolean {
  return a === b || dateRegime(measure, a) === dateRegime(measure, b)
}
