import { measures } from './measures/index.js'

/**
 * Every fact a measure reads anywhere — its conditions and its amount (a contract amount, a loan's
 * term, tonnes saved) — found by walking its JSON definition for `fact` fields. Pure.
 */
export function factsOfMeasure(measureId: string): string[] {
  const measure = measures.find((m) => m.id === measureId)
  if (!measure) return []
  const found = new Set<string>()
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        // `fact`, and the amount's named companions (`termMonthsFact`, …)
        if ((key === 'fact' || key.endsWith('Fact')) && typeof value === 'string') found.add(value)
        else walk(value)
      }
    }
  }
  walk(measure)
  return [...found]
}
