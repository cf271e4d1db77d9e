import pg from 'pg'
import { check, databaseUrl, log, sleep } from './topology.js'

/**
 * prod-smoke step a (the end): the deadline sweep ran — pg-boss's job table (or its archive) holds
 * completed jobs of the `appeal-deadlines` queue, which the worker's schedule sends every minute.
 * Waits up to SMOKE_SWEEP_WAIT_S (default 120) for the first one.
 */
const STEP = 'sweep'
const waitS = Number(process.env.SMOKE_SWEEP_WAIT_S ?? 120)

async function main(): Promise<void> {
  const db = new pg.Client({ connectionString: await databaseUrl() })
  await db.connect()
  try {
    const started = Date.now()
    for (;;) {
      const { rows } = await db.query<{ state: string; n: number }>(
        `SELECT state, count(*)::int AS n FROM (SELECT state::text FROM pgboss.job WHERE name = 'appeal-deadlines' UNION ALL SELECT state::text FROM pgboss.archive WHERE name = 'appeal-deadlines') j GROUP BY state ORDER BY state`,
      )
      const completed = rows.find((r) => r.state === 'completed')?.n ?? 0
      if (completed > 0 || Date.now() - started > waitS * 1000) {
        check(STEP, completed > 0, `the deadline sweep ran: appeal-deadlines jobs by state ${JSON.stringify(Object.fromEntries(rows.map((r) => [r.state, r.n])))}`)
        return
      }
      log(STEP, `no completed appeal-deadlines job yet (${JSON.stringify(Object.fromEntries(rows.map((r) => [r.state, r.n])))}); waiting`)
      await sleep(10_000)
    }
  } finally {
    await db.end()
  }
}

main().catch((e: unknown) => {
  console.error(`prod-smoke [${STEP}] FAILED: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
