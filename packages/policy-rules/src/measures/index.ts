import type { Measure } from '../types.js'
import { innovationMeasures } from './innovation.generated.js'
import { qualityEfficiencyMeasures } from './quality-efficiency.generated.js'
import { resourceMeasures } from './resources.generated.js'
import { structureUpgradeMeasures } from './structure-upgrade.generated.js'

export { PLAN } from './plan.js'

const numerals: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }

/** Every measure of the action plan, in clause order (and the text's order within a clause). */
export const measures: readonly Measure[] = [
  ...structureUpgradeMeasures,
  ...innovationMeasures,
  ...qualityEfficiencyMeasures,
  ...resourceMeasures,
].sort((a, b) => clauseNumber(a.reference.clause) - clauseNumber(b.reference.clause))

/** "(十二)" → 12. */
export function clauseNumber(clause: string): number {
  const s = clause.replace(/[()（）]/g, '')
  if (s.startsWith('十')) return 10 + (numerals[s.slice(1)] ?? 0)
  return numerals[s] ?? 0
}
