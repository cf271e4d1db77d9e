import type { AmountRange, Evaluation } from './types.js'

/**
 * Package rank: 0 eligible with an amount for the enterprise, 1 eligible without one (services,
 * case by case, money for selected people), 2 unknown, 3 announced (rules pending), 4 ineligible.
 */
function rank(e: Evaluation): number {
  switch (e.status) {
    case 'eligible':
      return e.amount !== null ? 0 : 1
    case 'unknown':
      return 2
    case 'announced':
      return 3
    default:
      return 4
  }
}

/**
 * Order evaluations for "my service package": eligible with an amount first (largest maximum
 * first, then largest minimum), then eligible without an amount, then unknown, then announced
 * measures whose rules are pending, then ineligible. Only the enterprise's own money (`amount`)
 * ranks: money for selected people (`amountPerPerson`) and measures that are only announced never
 * rank by amount. Ties keep their input order (catalogue order). Returns a new array.
 */
export function sortForPackage(evaluations: readonly Evaluation[]): Evaluation[] {
  return evaluations
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => {
      if (a.r !== b.r) return a.r - b.r
      if (a.r === 0) {
        const am = a.e.amount!
        const bm = b.e.amount!
        if (am.max !== bm.max) return bm.max - am.max
        if (am.min !== bm.min) return bm.min - am.min
      }
      return a.i - b.i
    })
    .map((x) => x.e)
}

/**
 * Sum of the amount ranges of the eligible evaluations that have an amount (integer yuan): the
 * enterprise's own money only. Money for selected people (`amountPerPerson`), measures announced
 * with rules pending, unknown and ineligible measures are never counted.
 */
export function totalEligibleAmount(evaluations: readonly Evaluation[]): AmountRange {
  let min = 0
  let max = 0
  for (const e of evaluations) {
    if (e.status === 'eligible' && e.amount !== null) {
      min += e.amount.min
      max += e.amount.max
    }
  }
  return { min, max }
}
