// What hostile bodies cost the API: the time to refuse each, and the health check's latency while
// they arrive. Prints figures, never fails on a timing. `pnpm --filter @servicepack/api bench:hostile`
// (builds first). A throwaway embedded PostgreSQL; no SSO needed (the routes used are public).
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const { startEmbeddedPostgres } = await import('../dist/database/embedded.js')
const { createApp } = await import('../dist/bootstrap.js')
const { loadEnv } = await import('../dist/config/env.js')
const { default: getPort } = await import('get-port')

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'servicepack-bench-'))
await chmod(dataDir, 0o711)
const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await getPort(), fsync: false, persistent: false })
const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', RATE_LIMIT: 'false', DATABASE_URL: pg.url })
const { app } = await createApp(env, pg.url)
const port = await getPort()
await app.listen({ port, host: '127.0.0.1' })
const base = `http://127.0.0.1:${port}/api`

const flood = JSON.stringify({ facts: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])) })
const cap = JSON.stringify({ facts: Object.fromEntries(Array.from({ length: 9_000 }, (_, i) => [`k${i}`, i])) })
const deep = '{"facts":' + '{"a":'.repeat(4999) + '{}' + '}'.repeat(4999) + '}'
const bodies = {
  '50,000 keys in facts (540 kB)': flood,
  '9,000 keys in facts (under the value cap)': cap,
  'facts nested 5,000 deep': deep,
  'an ordinary evaluation': JSON.stringify({ facts: { basicResearchInvestment: 60_000_000, industry: 'integrated-circuits' } }),
}

const post = async (body) => {
  const t0 = performance.now()
  const res = await fetch(`${base}/measures/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  const text = await res.text()
  return { ms: performance.now() - t0, status: res.status, bytes: text.length }
}
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

try {
  for (const body of Object.values(bodies)) await post(body) // warm up
  console.log('refusal times (20 runs each, sequential):')
  for (const [label, body] of Object.entries(bodies)) {
    const runs = []
    let last
    for (let i = 0; i < 20; i++) runs.push((last = await post(body)).ms)
    console.log(`  ${label.padEnd(44)} → ${last.status}, ${String(last.bytes).padStart(6)} B answer, p50 ${pct(runs, 50).toFixed(1)} ms, max ${Math.max(...runs).toFixed(1)} ms`)
  }
  // The health check while 40 floods arrive, 4 at a time.
  const health = []
  let running = true
  const poll = (async () => {
    while (running) {
      const t0 = performance.now()
      await fetch(`${base}/health`).then((r) => r.text())
      health.push(performance.now() - t0)
    }
  })()
  for (let i = 0; i < 10; i++) await Promise.all([post(flood), post(flood), post(deep), post(flood)])
  running = false
  await poll
  console.log(`/api/health during 40 hostile bodies: ${health.length} checks, p50 ${pct(health, 50).toFixed(1)} ms, p99 ${pct(health, 99).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`)
} finally {
  await app.close()
  await pg.stop()
  await rm(dataDir, { recursive: true, force: true })
}
