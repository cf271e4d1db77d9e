// `pnpm bench`: the API as in production (built dist/main.js, NODE_ENV=production, PROCESS_ROLE=api,
// behind nothing, RATE_LIMIT=false) over the database `pnpm bench:seed` filled, driven by autocannon
// (50 connections, BENCH_SECONDS per row, real RS256 tokens from the dev SSO), beside a minimal
// Fastify + pg server (raw-server.mjs: the same SQL and JSON) for the bureau inbox and the enterprise
// list — this machine's practical limit — and the ratio API ÷ limit. Prints one table and writes it to
// bench/results/latest.json at the repository root. Every process it starts it stops; free ports only.
// Prints figures; never fails on a timing (it fails when a row answers anything but 2xx).
import { fork, spawn } from 'node:child_process'
import { isDeepStrictEqual } from 'node:util'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openBenchDatabase, repoRoot } from './lib/database.mjs'
import { budgetLines, judgeBudgets } from './lib/budgets.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const apiRoot = path.resolve(here, '..')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const { default: autocannon } = await import('autocannon')
const { default: getPort } = await import('get-port')
const { startDevSso, passwordGrant } = await import('@servicepack/dev-sso')
const { catalogues } = await import('@servicepack/policy-rules')

const children = []
let db, sso, tmp
const cleanup = async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null)))
  await sso?.close()
  await db?.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
}
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)))
process.once('SIGTERM', () => void cleanup().then(() => process.exit(143)))

const rssOf = async (pid, field) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  return m ? Number(m[1]) / 1024 : 0
}
/**
 * Whether the audience preview's row will read the kept evaluations (measure_evaluations of the running
 * catalogue, as bench:seed leaves them) or fall back to the rules engine over every enterprise.
 */
const keptEvaluationsOf = async (url) => {
  const { RULE_VERSIONS } = await import('../dist/evaluations/rule-version.js')
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const stored = (await client.query('SELECT measure_id, rule_version FROM measure_rule_versions')).rows
    const [{ rows }] = (await client.query('SELECT count(*)::int AS rows FROM measure_evaluations')).rows
    const current = stored.length === RULE_VERSIONS.size && stored.every((r) => RULE_VERSIONS.get(r.measure_id) === r.rule_version)
    return { current, rows }
  } finally {
    await client.end()
  }
}
/** CPU time (user + system) the process has used so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
const cpuMsOf = async (pid) => {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10
}
const waitFor = async (url, ms = 60_000) => {
  const until = Date.now() + ms
  for (;;) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      /* not yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms / 1000} s`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

try {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-bench-load-'))
  await chmod(tmp, 0o711)
  db = await openBenchDatabase()
  // the migrations of this checkout (a new index since the seed), as migrate-main does before a deploy
  const { migrateDatabase } = await import('../dist/database/migrate.js')
  await migrateDatabase(db.url)
  const kept = await keptEvaluationsOf(db.url)
  sso = await startDevSso({ port: 0, keyFile: path.join(tmp, 'sso', 'key.json') })
  const [apiPort, rawPort] = [await getPort(), await getPort()]

  // BENCH_NODE_ARGS: extra flags for the API's node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`)
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const api = spawn(process.execPath, [...nodeArgs, 'dist/main.js'], {
    cwd: apiRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      // as deploy/docker-compose.yml and scripts/prod-up.sh run an API instance (V8's heap sized: peak RSS ≤ 256 MB)
      NODE_OPTIONS: process.env.API_NODE_OPTIONS ?? '--max-semi-space-size=8 --max-old-space-size=192',
      PATH: process.env.PATH, NODE_ENV: 'production', PROCESS_ROLE: 'api', ALLOW_LOCALHOST: 'true', RATE_LIMIT: 'false', LOG_LEVEL: 'warn',
      PORT: String(apiPort), HOST: '127.0.0.1', DATABASE_URL: db.url, OIDC_ISSUER: sso.issuer, SEED_DEMO: 'false', DB_MIGRATE_ON_START: 'false',
      ATTACHMENTS_DIR: path.join(tmp, 'files'), WEB_URL: 'http://localhost:5173', ADMIN_URL: 'http://localhost:5174', CORS_ORIGINS: 'http://localhost:5173,http://localhost:5174',
    },
  })
  children.push(api)
  const raw = fork(path.join(here, 'raw-server.mjs'), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { PATH: process.env.PATH, DATABASE_URL: db.url, PORT: String(rawPort), RAW_BUREAU: 'sheitc' },
  })
  children.push(raw)
  const API = `http://127.0.0.1:${apiPort}`
  const RAW = `http://127.0.0.1:${rawPort}`
  await Promise.all([waitFor(`${API}/api/health/ready`), new Promise((resolve, reject) => { raw.once('message', resolve); raw.once('exit', (c) => reject(new Error(`raw server exited ${c}`))) })])

  const token = async (user) => `Bearer ${(await passwordGrant(sso.issuer, user, 'demo')).access_token}`
  const auth = { bureau: await token('bureau-sheitc'), coordinator: await token('coordinator'), enterprise: await token('enterprise-a'), association: await token('association-ic') }
  const get = async (base, p, who) => {
    const res = await fetch(base + p, { headers: { authorization: auth[who] } })
    const body = await res.json()
    if (!res.ok) throw new Error(`GET ${p} as ${who}: ${res.status} ${JSON.stringify(body)}`)
    return body
  }

  // The rows' requests, from what the seed holds (keyset paging: page 2 of the inbox through its cursor).
  const inbox1 = await get(API, '/api/appeals?status=dispatched,in_progress,responded&limit=50', 'bureau')
  if (!inbox1.nextCursor) throw new Error('the bureau inbox has one page only: run pnpm bench:seed first')
  const inboxPath = `/api/appeals?status=dispatched,in_progress,responded&limit=50&cursor=${inbox1.nextCursor}`
  const appealId = inbox1.items[0].id
  const words = catalogues.appealCategories.map((c) => c.zh ?? c.code)
  const q = encodeURIComponent(words[Math.min(3, words.length - 1)].slice(0, 2))
  const entPath = `/api/enterprises?industry=${catalogues.industries[1].code}&district=${catalogues.districts[0].code}&unassigned=true&sort=annualOutputValue&order=desc&page=2&pageSize=20`
  const audienceBody = JSON.stringify({ audience: { measureId: 'basic-research' }, startsAt: '2026-12-15T09:00:00+08:00' })

  // Same JSON: the raw server's bodies must equal the API's before either is timed.
  for (const [p, who] of [[inboxPath, 'bureau'], [entPath, 'coordinator']]) {
    const [a, b] = [await get(API, p, who), await get(RAW, p, who)]
    const strip = (x) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'dueState' || k === 'overdue' || k === 'dueSoon' ? undefined : v)))
    if (!isDeepStrictEqual(strip(a), strip(b))) {
      await writeFile(path.join(tmp, 'diff.json'), JSON.stringify({ api: a, raw: b }, null, 1))
      throw new Error(`the raw server's JSON differs from the API's for ${p}:\nAPI ${JSON.stringify(a).slice(0, 400)}\nraw ${JSON.stringify(b).slice(0, 400)}`)
    }
  }

  const rows = [
    { name: 'bureau inbox (filters + keyset page 2)', who: 'bureau', requests: [{ path: inboxPath }], raw: true },
    { name: 'coordinator inbox, text search', who: 'coordinator', requests: [{ path: `/api/appeals?q=${q}&limit=20` }] },
    { name: 'appeal detail + timeline', who: 'bureau', requests: [{ path: `/api/appeals/${appealId}` }, { path: `/api/appeals/${appealId}/events` }] },
    { name: "enterprise's package", who: 'enterprise', requests: [{ path: '/api/enterprises/me/package' }] },
    { name: 'enterprise list (industry, district, 未分配, sorted)', who: 'coordinator', requests: [{ path: entPath }], raw: true },
    { name: "enterprise's notice list", who: 'enterprise', requests: [{ path: '/api/notices' }] },
    { name: 'metrics dashboard (6 months by bureau)', who: 'coordinator', requests: [{ path: '/api/metrics/appeals?from=2026-06-01&to=2026-11-29&groupBy=bureau' }] },
    { name: 'audience preview, measure criterion', who: 'association', requests: [{ method: 'POST', path: '/api/notices/audience-preview', body: audienceBody, headers: { 'content-type': 'application/json' } }] },
  ]
  for (const row of rows) for (const r of row.requests) if (!r.method) await get(API, r.path, row.who) // each answers 200 before it is timed

  const load = async (base, row, pid, seconds = SECONDS) => {
    let peak = 0
    const poll = setInterval(() => void rssOf(pid, 'VmRSS').then((mb) => { peak = Math.max(peak, mb) }), 100)
    const cpuBefore = await cpuMsOf(pid)
    const result = await autocannon({ url: base, connections: CONNECTIONS, duration: seconds, headers: { authorization: auth[row.who] }, requests: row.requests })
    const cpuMs = (await cpuMsOf(pid)) - cpuBefore
    clearInterval(poll)
    const bad = result.non2xx + result.errors + result.timeouts
    if (bad > 0) throw new Error(`${row.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts of ${result.requests.total}`)
    return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, rssMb: Math.round(Math.max(peak, await rssOf(pid, 'VmRSS'))), cpuMs, total: result.requests.total, duration: result.duration }
  }
  /** The server process's own CPU per request (ms): what the machine's load does not change much, unlike req/s. */
  const perRequest = (...parts) => Math.round((parts.reduce((n, p) => n + p.cpuMs, 0) / Math.max(1, parts.reduce((n, p) => n + p.total, 0))) * 100) / 100
  /** Two halves of one server's measurement: req/s over both, p50 their mean, p99 the worse one. */
  const merged = (a, b) => ({ rps: Math.round((a.total + b.total) / (a.duration + b.duration)), p50: Math.round((a.p50 + b.p50) / 2), p99: Math.max(a.p99, b.p99), rssMb: Math.max(a.rssMb, b.rssMb), cpuMsPerReq: perRequest(a, b) })

  const loadBefore = os.loadavg()
  console.log(`\npnpm bench: ${CONNECTIONS} connections, ${SECONDS} s per row, load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`)
  const out = []
  // BENCH_ROWS: only the rows whose name contains one of these comma-separated words (e.g. `inbox,list`)
  const only = (process.env.BENCH_ROWS ?? '').split(',').filter(Boolean)
  for (const row of rows) {
    if (only.length && !only.some((w) => row.name.includes(w))) continue
    let entry
    if (row.raw) {
      // API, raw, raw, API (ABBA), half the row's time each: a load that drifts during the row (other
      // work on a shared machine) weighs on both servers alike, so the ratio keeps its meaning
      const half = SECONDS / 2
      const [a1, r1, r2, a2] = [await load(API, row, api.pid, half), await load(RAW, row, raw.pid, half), await load(RAW, row, raw.pid, half), await load(API, row, api.pid, half)]
      const measured = merged(a1, a2)
      const limit = merged(r1, r2)
      entry = { name: row.name, ...measured }
      entry.limitRps = limit.rps
      entry.limitP99 = limit.p99
      entry.limitCpuMsPerReq = limit.cpuMsPerReq
      entry.ratio = Math.round((measured.rps / limit.rps) * 100) / 100
    } else {
      const { total: _total, duration: _duration, cpuMs: _cpuMs, ...measured } = await load(API, row, api.pid).then((m) => ({ ...m, cpuMsPerReq: perRequest(m) }))
      entry = { name: row.name, ...measured }
    }
    out.push(entry)
    console.log(`  ${row.name}: ${entry.rps} req/s${entry.ratio !== undefined ? ` (limit ${entry.limitRps}, ratio ${entry.ratio})` : ''}`)
  }
  const peakRssMb = Math.round(await rssOf(api.pid, 'VmHWM'))
  const loadAfter = os.loadavg()
  const { total: enterprises } = await get(API, '/api/enterprises/counts', 'coordinator')

  const pad = (s, n, left = false) => (left ? String(s).padStart(n) : String(s).padEnd(n))
  console.log(`\n${pad('row', 52)}${pad('req/s', 8, true)}${pad('p50 ms', 8, true)}${pad('p99 ms', 8, true)}${pad('RSS MB', 8, true)}${pad('limit', 8, true)}${pad('ratio', 7, true)}${pad('CPU ms/req', 12, true)}${pad('raw CPU', 9, true)}`)
  for (const r of out) console.log(`${pad(r.name, 52)}${pad(r.rps, 8, true)}${pad(r.p50, 8, true)}${pad(r.p99, 8, true)}${pad(r.rssMb, 8, true)}${pad(r.limitRps ?? '', 8, true)}${pad(r.ratio ?? '', 7, true)}${pad(r.cpuMsPerReq, 12, true)}${pad(r.limitCpuMsPerReq ?? '', 9, true)}`)
  console.log(`API peak RSS (VmHWM) ${peakRssMb} MB · ${enterprises.toLocaleString('en')} enterprises · load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`)
  console.log(
    kept.current
      ? `audience preview: kept evaluations of the running catalogue (${kept.rows.toLocaleString('en')} rows), the indexed path`
      : `audience preview: NO kept evaluations of the running catalogue (${kept.rows.toLocaleString('en')} rows) — the FALLBACK, the rules engine over every enterprise: seed again (pnpm bench:seed)`,
  )
  const budgets = judgeBudgets(out, peakRssMb)
  console.log(`\n${budgetLines(budgets).join('\n')}`)

  const results = path.join(repoRoot, 'bench', 'results')
  await mkdir(results, { recursive: true })
  const file = process.env.BENCH_RESULTS ?? path.join(results, 'latest.json')
  await writeFile(file, JSON.stringify({ rows: out, load: { before: loadBefore, after: loadAfter, cores: os.cpus().length }, peakRssMb, keptEvaluations: kept, budgets, connections: CONNECTIONS, seconds: SECONDS, enterprises, at: new Date().toISOString() }, null, 2) + '\n')
  console.log(`written to ${path.relative(process.cwd(), file)}`)
} catch (e) {
  console.error(`\npnpm bench: ${e.message}`)
  process.exitCode = 1
} finally {
  await cleanup()
}
