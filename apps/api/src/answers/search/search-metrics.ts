/** Search quality figures (pure): recall@k and the mean reciprocal rank of a ranked result list per query. */

export interface Judged {
  /** the ids found, best first */
  found: readonly string[]
  /** the ids that should be found */
  expected: readonly string[]
}

/** Share of a query's expected ids in its first k results (of at most k expected), averaged over the queries. */
export function recallAt(k: number, judged: readonly Judged[]): number {
  if (judged.length === 0) return 0
  const per = judged.map(({ found, expected }) => {
    const top = new Set(found.slice(0, k))
    return expected.filter((id) => top.has(id)).length / Math.min(k, expected.length)
  })
  return per.reduce((a, b) => a + b, 0) / judged.length
}

/** Mean over the queries of 1 / the rank of the first expected id found (0 when none is). */
export function meanReciprocalRank(judged: readonly Judged[]): number {
  if (judged.length === 0) return 0
  const per = judged.map(({ found, expected }) => {
    const rank = found.findIndex((id) => expected.includes(id))
    return rank < 0 ? 0 : 1 / (rank + 1)
  })
  return per.reduce((a, b) => a + b, 0) / judged.length
}
