// The 三率 dashboard at city scale: seeds 1,000,000 appeals with their timelines into a throwaway
// embedded PostgreSQL (the shared seeder lib/seed.mjs: set-based SQL, a batch at a time, with a progress bar), recounts the summary
// tables from the timeline (timed), then times GET /api/metrics/appeals through HTTP with a real
// token (p50/p99) and, for comparison, the plain aggregate over the appeals it replaces.
// `pnpm --filter @servicepack/api bench:metrics` (builds first). Prints figures; never fails on a timing.
// APPEALS=200000 for a shorter run.
import { performance } from 'node:perf_hooks'
import { pct, withThrowawayApp } from './lib/throwaway-app.mjs'

const { recountStats, writeStats } = await import('../dist/appeals/appeal-stats-recount.js')
const { CalendarService } = await import('../dist/calendar/calendar.service.js')
const { passwordGrant } = await import('@servicepack/dev-sso')
const { default: getPort } = await import('get-port')
const { seedAppeals, seedEnterprises, progressBar: bar } = await import('./lib/seed.mjs')

const TOTAL = Number(process.env.APPEALS ?? 1_000_000)

await withThrowawayApp('metrics', async ({ sso, app, client }) => {

  // The shared city-scale seeder (lib/seed.mjs, also behind `pnpm bench:seed`): 2,000 enterprises, the appeals and their timelines.
  const started = performance.now()
  await seedEnterprises(client, 2000, { bar })
  await seedAppeals(client, TOTAL, { enterprises: 2000, bar })
  const [{ events }] = (await client.query(`SELECT count(*)::int AS events FROM appeal_events`)).rows
  await client.query('ANALYZE')
  console.log(`seeded ${TOTAL.toLocaleString('en')} appeals and ${events.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  // The recount from the timeline (what the test compares with the stored counts), then stored.
  const calendar = await app.get(CalendarService).calendar()
  const ds = app.get(CalendarService)['db']
  let t0 = performance.now()
  const table = await recountStats(ds, calendar)
  const recountMs = performance.now() - t0
  await ds.transaction((em) => writeStats(em, table))
  await client.query('ANALYZE')
  const [{ rows: statRows }] = [await client.query(`SELECT count(*)::int AS rows FROM appeal_stats`)]
  console.log(`recount from the timeline: ${(recountMs / 1000).toFixed(1)} s for ${events.toLocaleString('en')} events → ${statRows[0].rows.toLocaleString('en')} summary rows`)

  // The endpoint through HTTP with a real token.
  const port = await getPort()
  await app.listen({ port, host: '127.0.0.1' })
  const token = async (user) => (await passwordGrant(sso.issuer, user, 'demo')).access_token
  const cases = [
    ['coordinator, 6 months by bureau', 'coordinator', 'from=2026-06-01&to=2026-11-29&groupBy=bureau'],
    ['coordinator, 6 months by month', 'coordinator', 'from=2026-06-01&to=2026-11-29&groupBy=month'],
    ['coordinator, 1 month by category', 'coordinator', 'from=2026-11-01&to=2026-11-29&groupBy=category'],
    ['bureau officer, 6 months by district', 'bureau-sheitc', 'from=2026-06-01&to=2026-11-29&groupBy=district'],
  ]
  for (const [label, user, query] of cases) {
    const headers = { authorization: `Bearer ${await token(user)}` }
    const get = async () => {
      const s = performance.now()
      const res = await fetch(`http://127.0.0.1:${port}/api/metrics/appeals?${query}`, { headers })
      await res.text()
      if (!res.ok) throw new Error(`${res.status}`)
      return performance.now() - s
    }
    for (let i = 0; i < 5; i++) await get()
    const times = []
    for (let i = 0; i < 100; i++) times.push(await get())
    console.log(`GET /api/metrics/appeals (${label}): p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms`)
  }
  t0 = performance.now()
  await client.query(`SELECT lead_bureau, count(*) FILTER (WHERE accepted_at <= accept_due_at), count(*), count(*) FILTER (WHERE resolved), count(rating) FROM appeals WHERE created_at >= '2026-06-01' GROUP BY 1`)
  console.log(`for comparison, the same figures as one aggregate over the appeals: ${(performance.now() - t0).toFixed(0)} ms`)
})
