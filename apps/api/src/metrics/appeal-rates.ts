import type { Counters } from '../appeals/appeal-stats.js'

/**
 * The 三率 and their companions, from summed counts (pure). Definitions (shown on the dashboard):
 * - 响应率 response rate = dispatches accepted within the acceptance limit ÷ dispatches;
 * - 解决率 resolution rate = ratings saying "solved" ÷ ratings;
 * - 满意率 satisfaction rate = (满意 + 基本满意) ÷ ratings;
 * - on-time answer rate = answers given within the answer limit ÷ answers;
 * - overdue = dispatches that went past a deadline; reopened = 不满意 ratings;
 * - median working days from dispatch to answer.
 * A rate with nothing to divide by is null (shown as —), never 0 % or 100 %.
 */
export interface AppealRates {
  dispatched: number
  responseRate: number | null
  resolutionRate: number | null
  satisfactionRate: number | null
  onTimeAnswerRate: number | null
  overdue: number
  reopened: number
  rated: number
  medianAnswerDays: number | null
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null)

export function ratesOf(c: Counters, answerDays: ReadonlyMap<number, number>): AppealRates {
  return {
    dispatched: c.dispatched,
    responseRate: ratio(c.acceptedOnTime, c.dispatched),
    resolutionRate: ratio(c.resolved, c.rated),
    satisfactionRate: ratio(c.satisfied + c.basicallySatisfied, c.rated),
    onTimeAnswerRate: ratio(c.respondedOnTime, c.responded),
    overdue: c.overdue,
    reopened: c.unsatisfied,
    rated: c.rated,
    medianAnswerDays: median(answerDays),
  }
}

/** The median of a distribution value → count (the lower middle for an even total). */
export function median(distribution: ReadonlyMap<number, number>): number | null {
  const total = [...distribution.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const middle = Math.ceil(total / 2)
  let seen = 0
  for (const value of [...distribution.keys()].sort((a, b) => a - b)) {
    seen += distribution.get(value)!
    if (seen >= middle) return value
  }
  return null
}
