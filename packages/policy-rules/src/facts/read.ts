import type { FactName } from '../types.js'
import { factDefinitions } from './definitions.generated.js'

/** Reads and checks every fact in one unrolled run, generated from `factDefinitions` (see the file). */
export { readFacts } from './read-facts.generated.js'

/** Position of each fact in `factDefinitions` (and in the array `readFacts` fills). */
export const FACT_INDEX: Readonly<Record<FactName, number>> = Object.fromEntries(
  factDefinitions.map((d, i) => [d.name, i]),
) as Record<FactName, number>
