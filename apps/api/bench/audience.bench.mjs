// The notice audience at city scale: seeds 100,000 enterprises with varied profiles into a
// throwaway embedded PostgreSQL, then times the audience preview (count + sample) — the structural
// criteria in SQL, the measure criterion by the rules engine on the facts it reads — through HTTP
// with a real association token, and the full match publishing needs (every USCC).
// `pnpm --filter @servicepack/api bench:audience` (builds first). Prints figures; never fails on a timing.
// ENTERPRISES=20000 for a shorter run.
import { performance } from 'node:perf_hooks'
import { pct, withThrowawayApp } from './lib/throwaway-app.mjs'

const { NoticeAudienceService } = await import('../dist/notices/notice-audience.service.js')
const { passwordGrant } = await import('@servicepack/dev-sso')
const { seedEnterprises } = await import('./lib/seed.mjs')
const { DataSource } = await import('typeorm')

const TOTAL = Number(process.env.ENTERPRISES ?? 100_000)
const RUNS = 15

await withThrowawayApp('audience', async ({ sso, app, client }) => {
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = await app.getUrl()

  // Profiles (the shared seeder lib/seed.mjs): every industry and district; output values skewed (few key
  // enterprises); basic research, first-set and green-factory facts known for some, unknown for the rest.
  const started = performance.now()
  await seedEnterprises(client, TOTAL, { bar: () => undefined })
  await client.query('ANALYZE enterprises')
  console.log(`seeded ${TOTAL.toLocaleString('en')} enterprises in ${Math.round(performance.now() - started)} ms`)

  const { access_token } = await passwordGrant(sso.issuer, 'association-ic', 'demo')
  const cases = [
    ['no criterion (every enterprise)', {}],
    ['one industry', { industries: ['integrated-circuits'] }],
    ['industries × districts × key', { industries: ['integrated-circuits', 'biomedicine'], districts: ['pudong', 'minhang', 'jiading'], keyEnterprise: true }],
    ['output band', { outputValueMin: 100_000_000, outputValueMax: 2_000_000_000 }],
    ['measure basic-research (eligible or unknown), all industries', { measureId: 'basic-research' }],
    ['measure first-set-equipment, all industries', { measureId: 'first-set-equipment' }],
    ['industry + measure basic-research', { industries: ['integrated-circuits'], measureId: 'basic-research' }],
  ]
  console.log(`\nPOST /api/notices/audience-preview over HTTP (count + sample of 10), ${RUNS} runs each after 2 warm-ups:`)
  console.log('criteria'.padEnd(62) + 'count'.padStart(9) + 'p50 ms'.padStart(9) + 'p99/max ms'.padStart(12) + '  (API-side ms p50)')
  for (const [label, audience] of cases) {
    const times = []
    const server = []
    let count = 0
    for (let i = 0; i < RUNS + 2; i++) {
      const t0 = performance.now()
      const res = await fetch(`${base}/api/notices/audience-preview`, { method: 'POST', headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' }, body: JSON.stringify({ audience, startsAt: '2026-12-15T09:00:00+08:00' }) })
      const body = await res.json()
      if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(body)}`)
      if (i >= 2) {
        times.push(performance.now() - t0)
        server.push(body.tookMs)
      }
      count = body.count
    }
    console.log(label.padEnd(62) + count.toLocaleString('en').padStart(9) + pct(times, 50).toFixed(0).padStart(9) + Math.max(...times).toFixed(0).padStart(12) + `  (${pct(server, 50)})`)
  }

  const ds = app.get(DataSource)
  const service = app.get(NoticeAudienceService)
  const full = []
  let n = 0
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    n = (await service.matchAudience(ds.manager, { measureId: 'basic-research' }, '2026-12-15', true)).usccs.length
    full.push(performance.now() - t0)
  }
  console.log(`\nfull match for publishing (every USCC), measure basic-research: ${n.toLocaleString('en')} enterprises, p50 ${pct(full, 50).toFixed(0)} ms`)
})
