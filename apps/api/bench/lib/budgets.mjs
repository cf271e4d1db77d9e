// The budgets of issue 22 §3 judged against one run of `pnpm bench` (load.bench.mjs): printed under the
// table, written beside it, never failing (on this shared 2-core machine the figures are noisy; the
// ratios count). Pure: rows in, lines out.

/** Rows are matched by a word of their name (the names in load.bench.mjs). */
export const BUDGETS = [
  { label: 'bureau inbox ≥ 0.80 × raw Fastify+pg', row: 'bureau inbox', field: 'ratio', max: false, limit: 0.8 },
  { label: 'enterprise list ≥ 0.80 × raw Fastify+pg', row: 'enterprise list', field: 'ratio', max: false, limit: 0.8 },
  { label: 'p99 ≤ 120 ms at 50 connections, every row', row: null, field: 'p99', max: true, limit: 120 },
  { label: 'metrics dashboard p50 ≤ 50 ms', row: 'metrics', field: 'p50', max: true, limit: 50 },
  { label: 'audience preview p50 ≤ 100 ms', row: 'audience preview', field: 'p50', max: true, limit: 100 },
  { label: 'API peak RSS ≤ 256 MB', row: null, field: 'peakRssMb', max: true, limit: 256 },
]

/**
 * Each budget: `met` true/false, or null when the run has no figure for it (a row left out by
 * BENCH_ROWS); `detail` names the figure, or the rows that missed.
 */
export function judgeBudgets(rows, peakRssMb) {
  return BUDGETS.map((b) => {
    if (b.field === 'peakRssMb') return verdict(b, peakRssMb === undefined ? [] : [{ name: 'API', value: peakRssMb }])
    const of = rows.filter((r) => b.row === null || r.name.includes(b.row)).filter((r) => typeof r[b.field] === 'number')
    const judged = verdict(b, of.map((r) => ({ name: r.name, value: r[b.field] })))
    // the p99 of the raw Fastify+pg server in the same run: what this machine allowed at all
    const raw = b.field === 'p99' ? of.filter((r) => typeof r.limitP99 === 'number').map((r) => `${short(r.name)} ${r.limitP99}`) : []
    return raw.length ? { ...judged, detail: `${judged.detail} (raw Fastify+pg server: ${raw.join(', ')})` } : judged
  })
}

function verdict(budget, figures) {
  if (figures.length === 0) return { label: budget.label, met: null, detail: 'not measured in this run' }
  const misses = figures.filter((f) => (budget.max ? f.value > budget.limit : f.value < budget.limit))
  if (figures.length === 1) return { label: budget.label, met: misses.length === 0, detail: String(figures[0].value) }
  return { label: budget.label, met: misses.length === 0, detail: misses.length === 0 ? `${figures.length} rows` : `missed by ${misses.map((m) => `${short(m.name)} ${m.value}`).join(', ')}` }
}

/** The lines printed under the table. */
export function budgetLines(judged) {
  const mark = (met) => (met === null ? '—' : met ? 'met' : 'MISSED')
  return ['budgets (issue 22 §3; printed, never failing):', ...judged.map((j) => `  ${mark(j.met).padEnd(7)}${j.label}: ${j.detail}`)]
}

/** A row's name without its parenthesis or comma part ("bureau inbox (filters …)" → "bureau inbox"). */
const short = (name) => name.replace(/\s*[(,].*$/, '')
