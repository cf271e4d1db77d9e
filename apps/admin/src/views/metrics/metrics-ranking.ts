import { competitionRanks, rankingScore } from '@servicepack/policy-rules'
import type { MetricsGroup } from '../../api/metrics'

/** A bureau of the 责任单位排名 with its place (null: no rate yet, listed after the ranked ones). */
export interface RankedGroup {
  group: MetricsGroup
  rank: number | null
}

/**
 * The order of the 责任单位排名, one for its chart and its table. Lead bureaus by the 三率 ranking
 * (policy-rules' `rankingScore` and `competitionRanks`, the open data's rule): the mean of 响应率, 解决率,
 * 满意率 and 按期答复率, highest first, ties sharing a place; bureaus with no rate yet after them, most
 * dispatched first. Assisting bureaus have no rates: by appeals dispatched to them, most first.
 */
export function rankingOrder(groups: readonly MetricsGroup[], role: 'lead' | 'assisting'): RankedGroup[] {
  const ranks = competitionRanks(
    new Map(groups.map((g) => [g.key, role === 'assisting' ? g.dispatched : rankingScore([g.responseRate, g.resolutionRate, g.satisfactionRate, g.onTimeAnswerRate])])),
  )
  const ranked = groups.filter((g) => ranks.has(g.key)).sort((a, b) => ranks.get(a.key)! - ranks.get(b.key)! || a.key.localeCompare(b.key))
  const unranked = groups.filter((g) => !ranks.has(g.key)).sort((a, b) => b.dispatched - a.dispatched || a.key.localeCompare(b.key))
  return [...ranked.map((group) => ({ group, rank: ranks.get(group.key)! })), ...unranked.map((group) => ({ group, rank: null }))]
}
