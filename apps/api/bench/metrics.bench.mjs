// The 三率 dashboard at city scale: seeds 1,000,000 appeals with their timelines into a throwaway
// embedded PostgreSQL (set-based SQL, a batch at a time, with a progress bar), recounts the summary
// tables from the timeline (timed), then times GET /api/metrics/appeals through HTTP with a real
// token (p50/p99) and, for comparison, the plain aggregate over the appeals it replaces.
// `pnpm --filter @servicepack/api bench:metrics` (builds first). Prints figures; never fails on a timing.
// APPEALS=200000 for a shorter run.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const { startEmbeddedPostgres } = await import('../dist/database/embedded.js')
const { migrateDatabase } = await import('../dist/database/migrate.js')
const { createApp } = await import('../dist/bootstrap.js')
const { loadEnv } = await import('../dist/config/env.js')
const { recountStats, writeStats } = await import('../dist/appeals/appeal-stats-recount.js')
const { CalendarService } = await import('../dist/calendar/calendar.service.js')
const { startDevSso, passwordGrant } = await import('@servicepack/dev-sso')
const { catalogues, suggestRouting } = await import('@servicepack/policy-rules')
const { default: getPort } = await import('get-port')
const { default: pg } = await import('pg')

const TOTAL = Number(process.env.APPEALS ?? 1_000_000)
const BATCH = 50_000
const tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-bench-metrics-'))
await chmod(tmp, 0o711)
const pgServer = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await getPort(), fsync: false, persistent: false })
const url = pgServer.url
const sso = await startDevSso({ port: 0, keyFile: path.join(tmp, 'sso', 'key.json') })
const bar = (done, total, label) => {
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stdout.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}`)
  if (done >= total) process.stdout.write('\n')
}
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

let app
try {
  await migrateDatabase(url)
  const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false', RATE_LIMIT: 'false', PROCESS_ROLE: 'api', ALLOW_LOCALHOST: 'true', DATABASE_URL: url, OIDC_ISSUER: sso.issuer, ATTACHMENTS_DIR: path.join(tmp, 'files') })
  ;({ app } = await createApp(env, url))
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined) // the server stops at the end
  await client.connect()

  // Routing per category (lead + first assisting bureau) and districts, as arrays the SQL indexes into.
  const categories = catalogues.appealCategories.map((c) => c.code)
  const leads = categories.map((c) => suggestRouting({ categoryCode: c }).lead)
  const assisting = categories.map((c) => suggestRouting({ categoryCode: c }).assisting[0] ?? '')
  const districts = catalogues.districts.map((d) => d.code)
  await client.query(`INSERT INTO enterprises (uscc, name, facts, is_key, version)
    SELECT lpad(g::text, 18, '0'), '企业' || g, jsonb_build_object('district', ($1::text[])[1 + g % 16]), false, 1 FROM generate_series(1, 2000) g`, [districts])

  // Appeals over the 182 days before 2026-11-29, a batch at a time; their state decided by a hash.
  const started = performance.now()
  for (let from = 0; from < TOTAL; from += BATCH) {
    const to = Math.min(TOTAL, from + BATCH)
    // one statement: the appeals, and from what it inserted their timelines (submit, dispatch, and the accept / respond / rate each reached)
    await client.query(
      `WITH a AS (
         INSERT INTO appeals (id, number, enterprise_uscc, created_by_sub, created_by_username, category_code, district, title, description, status, complexity,
           lead_bureau, assisting_bureaus, dispatched_at, accept_due_at, accepted_at, answer_due_at, responded_at, closed_at, reopen_count, resolved, rating, rated_at, created_at, updated_at, version)
         SELECT gen_random_uuid(), 'SQ-B-' || g, lpad((1 + g % 2000)::text, 18, '0'), 'bench', 'bench', ($1::text[])[1 + g % $4], ($3::text[])[1 + (g / 17) % 16], '诉求' || g, '说明',
                s.status, 'simple', ($2::text[])[1 + g % $4], CASE WHEN ($5::text[])[1 + g % $4] = '' THEN '{}'::varchar[] ELSE ARRAY[($5::text[])[1 + g % $4]]::varchar[] END,
                t.c + interval '2 hours', t.c + interval '1 day 2 hours', CASE WHEN s.k >= 2 THEN t.c + ((g % 40) || ' hours')::interval END, t.c + interval '7 days',
                CASE WHEN s.k >= 3 THEN t.c + (g % 9 || ' days')::interval END, CASE WHEN s.k >= 4 THEN t.c + interval '10 days' END,
                0, CASE WHEN s.k >= 4 THEN g % 5 <> 0 END, CASE WHEN s.k >= 4 THEN (ARRAY['satisfied','satisfied','basically_satisfied','unsatisfied'])[1 + g % 4] END,
                CASE WHEN s.k >= 4 THEN t.c + interval '10 days' END, t.c, t.c, 1
           FROM generate_series($6::int, $7::int) g
           CROSS JOIN LATERAL (SELECT timestamptz '2026-11-29 00:00+08' - ((g::bigint * 7919) % (182 * 24 * 60)) * interval '1 minute' AS c) t
           CROSS JOIN LATERAL (SELECT CASE WHEN g % 20 = 0 THEN 1 WHEN g % 20 = 1 THEN 2 WHEN g % 20 = 2 THEN 3 ELSE 4 END AS k) k0
           CROSS JOIN LATERAL (SELECT k0.k AS k, (ARRAY['dispatched','in_progress','responded','closed'])[k0.k] AS status) s
         RETURNING id, created_at, dispatched_at, accept_due_at, answer_due_at, accepted_at, responded_at, rated_at, lead_bureau, assisting_bureaus, rating, resolved
       )
       INSERT INTO appeal_events (appeal_id, at, actor_sub, actor_username, party, actor_bureau, action, from_status, to_status, note, data)
       SELECT a.id, e.at, 'bench', 'bench', e.party, e.bureau, e.action, e.from_s, e.to_s, NULL, e.data
         FROM a CROSS JOIN LATERAL (VALUES
           (a.created_at, 'owner', NULL::varchar, 'submit', NULL::varchar, 'submitted', NULL::jsonb, true),
           (a.dispatched_at, 'coordinator', NULL, 'dispatch', 'submitted', 'dispatched',
              jsonb_build_object('leadBureau', a.lead_bureau, 'assistingBureaus', to_jsonb(a.assisting_bureaus), 'acceptDueAt', a.accept_due_at, 'answerDueAt', a.answer_due_at), true),
           (a.accepted_at, 'lead', a.lead_bureau, 'accept', 'dispatched', 'in_progress', NULL, a.accepted_at IS NOT NULL),
           (a.responded_at, 'lead', a.lead_bureau, 'respond', 'in_progress', 'responded', NULL, a.responded_at IS NOT NULL),
           (a.rated_at, 'owner', NULL, 'rate', 'responded', 'closed', jsonb_build_object('rating', a.rating, 'resolved', a.resolved), a.rated_at IS NOT NULL)
         ) AS e(at, party, bureau, action, from_s, to_s, data, present)
        WHERE e.present`,
      [categories, leads, districts, categories.length, assisting, from + 1, to],
    )
    bar(to, TOTAL, 'seeding appeals + events')
  }
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
  await client.end()
} catch (e) {
  console.error(e)
  process.exitCode = 1
} finally {
  await app?.close()
  await sso.close()
  await pgServer.stop()
  await rm(tmp, { recursive: true, force: true })
}
