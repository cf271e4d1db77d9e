import type { AmountRange, Evaluation } from './types.js'

function rank(e: Evaluation): number {
  if (e.status === 'eligible') return e.amount !== null ? 0 : 1
  return e.status === 'unknown' ? 2 : 3
}

/**
 * Order evaluations for "my service package": eligible with an amount first (largest maximum
 * first, then largest minimum), then eligible without an amount, then unknown, then ineligible.
 * Ties keep their input order (catalogue order). Returns a new array.
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

/** Sum of the amount ranges of the eligible evaluations that have an amount (integer yuan). */
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
