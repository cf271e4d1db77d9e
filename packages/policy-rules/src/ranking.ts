/**
 * The 三率 ranking of bureaus, one rule for the dashboard's 责任单位排名 and the published open data:
 * a bureau's score is the mean of its rates that exist (响应率, 解决率, 满意率, 按期答复率 — a rate
 * with no denominator, or suppressed, does not count); bureaus are ranked by score, highest first,
 * competition style (1, 2, 2, 4: equal scores share a place); a bureau with no rate has no rank.
 */

/** The mean of the rates that exist; null when none does (not ranked). */
export function rankingScore(rates: readonly (number | null | undefined)[]): number | null {
  const present = rates.filter((r): r is number => typeof r === 'number' && Number.isFinite(r))
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length
}

/** Competition ranking by score, highest first; equal scores (to 1e-9) share a rank; ties listed by key; no score, no rank. */
export function competitionRanks(scores: ReadonlyMap<string, number | null>): Map<string, number> {
  const scored = [...scores].filter((e): e is [string, number] => e[1] !== null).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const out = new Map<string, number>()
  scored.forEach(([key, score], i) => {
    const prev = scored[i - 1]
    out.set(key, prev && Math.abs(prev[1] - score) < 1e-9 ? out.get(prev[0])! : i + 1)
  })
  return out
}
