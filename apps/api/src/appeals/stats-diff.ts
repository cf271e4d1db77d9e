import type { StatsTable } from './appeal-stats-recount.js'

/**
 * Where two summary tables disagree (the stored counts against a recount from the timeline), one line
 * per differing row or answer-days bucket; empty when they agree. Rows whose counters are all zero
 * count as absent (a recount never writes them).
 */
export function statsDifferences(stored: StatsTable, recounted: StatsTable): string[] {
  const out: string[] = []
  const nonZero = (t: StatsTable) => new Map([...t].filter(([, v]) => Object.values(v.counters).some((n) => n !== 0) || [...v.answerDays.values()].some((n) => n !== 0)))
  const a = nonZero(stored)
  const b = nonZero(recounted)
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const s = a.get(key)
    const r = b.get(key)
    if (!s || !r) {
      out.push(`${key}: ${s ? 'stored only' : 'recount only'}`)
      continue
    }
    for (const c of Object.keys({ ...s.counters, ...r.counters }) as (keyof typeof s.counters)[]) {
      if ((s.counters[c] ?? 0) !== (r.counters[c] ?? 0)) out.push(`${key} ${c}: stored ${s.counters[c] ?? 0}, recount ${r.counters[c] ?? 0}`)
    }
    for (const d of [...new Set([...s.answerDays.keys(), ...r.answerDays.keys()])].sort((x, y) => x - y)) {
      if ((s.answerDays.get(d) ?? 0) !== (r.answerDays.get(d) ?? 0)) out.push(`${key} answered in ${d} working days: stored ${s.answerDays.get(d) ?? 0}, recount ${r.answerDays.get(d) ?? 0}`)
    }
  }
  return out
}
