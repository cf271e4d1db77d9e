// What the shared rate limit costs a request: the same public route with limits off, counted in
// memory, and counted in PostgreSQL (RATE_LIMIT_STORE), sequentially and 10 at a time; and one
// storage hit alone. Prints figures, never fails on a timing.
// `pnpm --filter @servicepack/api bench:rate-limit` (builds first). A throwaway embedded PostgreSQL.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const { startEmbeddedPostgres } = await import('../dist/database/embedded.js')
const { createApp } = await import('../dist/bootstrap.js')
const { loadEnv } = await import('../dist/config/env.js')
const { getStorageToken } = await import('@nestjs/throttler')
const { default: getPort } = await import('get-port')

const REQUESTS = 600
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'servicepack-bench-'))
await chmod(dataDir, 0o711)
const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await getPort(), fsync: false, persistent: false })
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
const body = JSON.stringify({ facts: { basicResearchInvestment: 60_000_000, industry: 'integrated-circuits' } })

async function measure(label, overrides) {
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_URL: pg.url, RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000000', ...overrides })
  const { app } = await createApp(env, pg.url)
  const port = await getPort()
  await app.listen({ port, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${port}/api/measures/evaluate`
  const post = async () => {
    const t0 = performance.now()
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    await res.text()
    if (res.status !== 200) throw new Error(`status ${res.status}`)
    return performance.now() - t0
  }
  try {
    for (let i = 0; i < 50; i++) await post() // warm up
    const sequential = []
    for (let i = 0; i < REQUESTS; i++) sequential.push(await post())
    const t0 = performance.now()
    for (let i = 0; i < REQUESTS / 10; i++) await Promise.all(Array.from({ length: 10 }, post))
    const concurrentMs = performance.now() - t0
    let hit = ''
    if (overrides.RATE_LIMIT !== 'false') {
      const storage = app.get(getStorageToken())
      const hits = []
      for (let i = 0; i < REQUESTS; i++) {
        const h0 = performance.now()
        await storage.increment(`bench:${i % 50}`, 60_000, 100_000_000, 60_000, 'anonymous')
        hits.push(performance.now() - h0)
      }
      hit = `; one storage hit p50 ${pct(hits, 50).toFixed(3)} ms, p99 ${pct(hits, 99).toFixed(3)} ms`
    }
    console.log(`  ${label.padEnd(26)} sequential mean ${mean(sequential).toFixed(3)} ms, p50 ${pct(sequential, 50).toFixed(3)} ms, p99 ${pct(sequential, 99).toFixed(3)} ms; 10 at a time ${(REQUESTS / (concurrentMs / 1000)).toFixed(0)} req/s${hit}`)
    return mean(sequential)
  } finally {
    await app.close()
  }
}

try {
  console.log(`POST /api/measures/evaluate (public: one "anonymous" limit), ${REQUESTS} requests each:`)
  const off = await measure('RATE_LIMIT=false', { RATE_LIMIT: 'false' })
  const memory = await measure('RATE_LIMIT_STORE=memory', { RATE_LIMIT_STORE: 'memory' })
  const postgres = await measure('RATE_LIMIT_STORE=postgres', { RATE_LIMIT_STORE: 'postgres' })
  console.log(`per request: memory +${(memory - off).toFixed(3)} ms, postgres +${(postgres - off).toFixed(3)} ms over no limit (a signed-in write counts two limits: twice that)`)
} finally {
  await pg.stop()
  await rm(dataDir, { recursive: true, force: true })
}
