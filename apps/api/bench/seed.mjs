// `pnpm bench:seed [--enterprises N] [--appeals N] [--notices N]` (defaults 100000 / 1000000 / 10000):
// city-scale data for `pnpm bench` — into DATABASE_URL (refused when it already holds appeals, unless
// --force), else into a fresh embedded PostgreSQL in .data/bench-postgres. Migrates, seeds set-based
// (lib/seed.mjs), recounts the 三率 summary tables from the timelines, keeps every enterprise's evaluation
// per measure by running the worker's own full pass (the audience preview's indexed path), ANALYZEs.
import { parseArgs } from 'node:util'
import { mkdtemp, rm, chmod } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchDataDir, openBenchDatabase, repoRoot } from './lib/database.mjs'
import { seedAppeals, seedEnterprises, seedNotices } from './lib/seed.mjs'

const { values } = parseArgs({
  options: { enterprises: { type: 'string', default: '100000' }, appeals: { type: 'string', default: '1000000' }, notices: { type: 'string', default: '10000' }, force: { type: 'boolean', default: false } },
})
const counts = { enterprises: Number(values.enterprises), appeals: Number(values.appeals), notices: Number(values.notices) }
for (const [k, v] of Object.entries(counts)) {
  if (!Number.isInteger(v) || v < (k === 'enterprises' ? 60 : 1)) {
    console.error(`bench:seed: --${k} must be a whole number${k === 'enterprises' ? ' ≥ 60' : ' ≥ 1'}`)
    process.exit(2)
  }
}

const { migrateDatabase } = await import('../dist/database/migrate.js')
const { default: pg } = await import('pg')
const db = await openBenchDatabase({ fresh: true })
const started = performance.now()
let tmp
try {
  await migrateDatabase(db.url)
  const client = new pg.Client({ connectionString: db.url })
  client.on('error', () => undefined)
  await client.connect()
  const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM appeals')).rows
  if (n > 0 && !values.force) throw new Error(`the database at DATABASE_URL already holds ${n} appeals: pass --force to seed it anyway (bench rows are added beside them)`)
  console.log(`seeding ${counts.enterprises.toLocaleString('en')} enterprises, ${counts.appeals.toLocaleString('en')} appeals, ${counts.notices.toLocaleString('en')} notices into ${db.embedded ? `the embedded PostgreSQL in ${path.relative(repoRoot, benchDataDir) || benchDataDir}` : 'DATABASE_URL'}`)
  await client.query('SET synchronous_commit = off')
  await seedEnterprises(client, counts.enterprises)
  await seedAppeals(client, counts.appeals, { enterprises: counts.enterprises })
  await seedNotices(client, counts.notices, { enterprises: counts.enterprises })
  process.stdout.write('ANALYZE … ')
  await client.query('ANALYZE')
  console.log('done')

  // The 三率 summary tables, recounted from the timelines as the worker's nightly check does.
  process.stdout.write('recounting the 三率 summary tables … ')
  tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-bench-seed-'))
  await chmod(tmp, 0o711)
  const { createApp } = await import('../dist/bootstrap.js')
  const { loadEnv } = await import('../dist/config/env.js')
  const { recountStats, writeStats } = await import('../dist/appeals/appeal-stats-recount.js')
  const { CalendarService } = await import('../dist/calendar/calendar.service.js')
  const { EvaluationsService } = await import('../dist/evaluations/evaluations.service.js')
  const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false', RATE_LIMIT: 'false', PROCESS_ROLE: 'api', ALLOW_LOCALHOST: 'true', DATABASE_URL: db.url, OIDC_ISSUER: 'http://127.0.0.1:9/realms/servicepack', ATTACHMENTS_DIR: path.join(tmp, 'files') })
  const { app } = await createApp(env, db.url)
  try {
    const calendarService = app.get(CalendarService)
    const ds = calendarService['db']
    const table = await recountStats(ds, await calendarService.calendar())
    await ds.transaction((em) => writeStats(em, table))
    console.log('done')
    // The kept evaluations (measure_evaluations): the worker's full pass over every enterprise with the
    // real engine, as after a new catalogue — without them the audience preview of a measure runs the
    // engine over every enterprise (its fallback). A first pass pushes nothing (no kept row before).
    process.stdout.write('keeping every enterprise\'s evaluation per measure (the worker\'s full pass) … ')
    const evaluated = performance.now()
    const r = await app.get(EvaluationsService).refreshAll()
    process.stdout.write(`${r.written.toLocaleString('en')} rows for ${r.enterprises.toLocaleString('en')} enterprises in ${((performance.now() - evaluated) / 1000).toFixed(0)} s; `)
  } finally {
    await app.close()
  }
  // VACUUM too: a freshly bulk-loaded table has no visibility map yet, so no index-only scan (the
  // preview's count) until autovacuum passes — a production table long since has one.
  await client.query('VACUUM ANALYZE')
  const sizes = (await client.query(`SELECT (SELECT count(*) FROM appeal_events)::int AS events, (SELECT count(*) FROM notice_audience)::int AS audience, (SELECT count(*) FROM notice_registrations)::int AS registrations, pg_size_pretty(pg_database_size(current_database())) AS size`)).rows[0]
  console.log('done')
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s: ${sizes.events.toLocaleString('en')} appeal events, ${sizes.audience.toLocaleString('en')} notice audience rows, ${sizes.registrations.toLocaleString('en')} registrations; database ${sizes.size}`)
  await client.end()
} catch (e) {
  console.error(`\nbench:seed: ${e.message}`)
  process.exitCode = 1
} finally {
  await db.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
}
