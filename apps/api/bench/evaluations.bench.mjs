// The evaluation, kept (issue 23 §2) at city scale: seeds ENTERPRISES (default 100,000) enterprises with
// varied profiles (the shared seeder lib/seed.mjs) into a throwaway embedded PostgreSQL, fills the kept
// table once (the first pass), then bumps the catalogue version (every stored rule version made stale,
// as a deploy with a new reading does) and times the re-evaluation of every enterprise — the real
// engine in JS, one multi-row upsert per batch of 1,000 enterprises, each batch its own transaction.
// Also times one enterprise's re-evaluation (a profile save) and the preview's kept-table count.
// `pnpm --filter @servicepack/api bench:evaluations` (builds first). Prints figures; never fails on a timing.
import { performance } from 'node:perf_hooks'
import { withThrowawayApp } from './lib/throwaway-app.mjs'

const { EvaluationsService } = await import('../dist/evaluations/evaluations.service.js')
const { NoticeAudienceService } = await import('../dist/notices/notice-audience.service.js')
const { seedEnterprises } = await import('./lib/seed.mjs')

const TOTAL = Number(process.env.ENTERPRISES ?? 100_000)
const fmt = (n) => Math.round(n).toLocaleString('en')

await withThrowawayApp('evaluations', async ({ app, client }) => {
  let t0 = performance.now()
  await seedEnterprises(client, TOTAL, { bar: () => undefined })
  await client.query('ANALYZE enterprises')
  console.log(`seeded ${fmt(TOTAL)} enterprises in ${fmt(performance.now() - t0)} ms`)

  const evaluations = app.get(EvaluationsService)
  const run = async (label) => {
    const t = performance.now()
    const r = await evaluations.refreshAll()
    const ms = performance.now() - t
    console.log(`${label.padEnd(44)} ${fmt(ms).padStart(8)} ms  ${fmt(r.enterprises)} enterprises (${fmt(r.enterprises / (ms / 1000))}/s), ${fmt(r.written)} rows written (${fmt(r.written / (ms / 1000))} rows/s)`)
    return r
  }
  await run('first pass (empty table)')
  await client.query('ANALYZE measure_evaluations')
  await run('unchanged catalogue, same day (no writes)')
  // the version bump: every stored version stale, as after a deploy with new readings
  await client.query(`UPDATE measure_rule_versions SET rule_version = '0000000000000000'`)
  await client.query(`UPDATE measure_evaluations SET rule_version = '0000000000000000'`)
  await client.query('VACUUM ANALYZE measure_evaluations')
  const bump = await run('after a catalogue version bump')
  const [{ size }] = (await client.query(`SELECT pg_size_pretty(pg_total_relation_size('measure_evaluations')) AS size`)).rows
  console.log(`kept table: ${fmt(bump.written)} rows, ${size}`)

  const [{ uscc }] = (await client.query(`SELECT uscc FROM enterprises ORDER BY uscc OFFSET ${Math.floor(TOTAL / 2)} LIMIT 1`)).rows
  const one = []
  for (let i = 0; i < 20; i++) {
    await client.query(`UPDATE enterprises SET facts = facts || jsonb_build_object('basicResearchInvestment', ${10_000_000 + i * 10_000_000}) WHERE uscc = $1`, [uscc])
    t0 = performance.now()
    await evaluations.refreshEnterprises([uscc])
    one.push(performance.now() - t0)
  }
  one.sort((a, b) => a - b)
  console.log(`one enterprise (a profile save's job), 20 runs: p50 ${one[10].toFixed(1)} ms, max ${one.at(-1).toFixed(1)} ms`)

  const notices = app.get(NoticeAudienceService)
  const previews = []
  let count = 0
  for (let i = 0; i < 12; i++) {
    t0 = performance.now()
    count = (await notices.previewFor({ measureId: 'basic-research' }, undefined)).count
    if (i >= 2) previews.push(performance.now() - t0)
  }
  previews.sort((a, b) => a - b)
  console.log(`audience preview, measure basic-research from the kept table: count ${fmt(count)}, p50 ${previews[5].toFixed(1)} ms, max ${previews.at(-1).toFixed(1)} ms`)
})
