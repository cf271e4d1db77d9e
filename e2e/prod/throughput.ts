import autocannon from 'autocannon'
import { log, PORTAL, token } from './topology.js'

/**
 * prod-smoke step d: requests a second through nginx (http://localhost:8080), bounded (SMOKE_RPS_SECONDS
 * each, 32 connections), on a public GET (/api/health: a database round trip and the calendar's
 * coverage, no rate limit) and a signed-in one (the coordinator's first inbox page). Prints the
 * figures; never fails on a figure (timings are not tests). Label: argv[2] (e.g. "2 API instances").
 */
const label = process.argv[2] ?? 'API instances'
const seconds = Number(process.env.SMOKE_RPS_SECONDS ?? 8)

async function measure(name: string, path: string, headers: Record<string, string> = {}): Promise<void> {
  // A short warm-up first (a freshly started instance compiles its hot paths), not counted.
  await autocannon({ url: PORTAL + path, connections: 8, duration: 2, headers })
  const result = await autocannon({ url: PORTAL + path, connections: 32, duration: seconds, headers })
  const non2xx = result.non2xx + result.errors + result.timeouts
  log('throughput', `${label}: GET ${path} (${name}) ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.total} requests, ${non2xx} not 2xx/errors`)
}

async function main(): Promise<void> {
  await measure('public', '/api/health')
  await measure('coordinator', '/api/appeals?limit=20', { authorization: `Bearer ${await token('coordinator')}` })
}

main().catch((e: unknown) => {
  console.error(`prod-smoke [throughput] ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
