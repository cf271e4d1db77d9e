import { DataSource } from 'typeorm'
import { recountStats, storedStats } from './appeals/appeal-stats-recount.js'
import { statsDifferences } from './appeals/stats-diff.js'
import { calendarOf } from './calendar/working-days.js'

/**
 * `node dist/stats-check-main.js` (DATABASE_URL): recounts the 三率 summary counts from the appeals'
 * timeline and compares them with the stored ones. Prints one JSON line; exits 1 when they differ
 * (each difference on stderr), 2 when it cannot run. Read-only: repairs are writeStats' job.
 */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL
  if (!url) {
    console.error('stats-check: DATABASE_URL is required')
    return 2
  }
  const db = new DataSource({ type: 'postgres', url, applicationName: 'servicepack-stats-check' })
  await db.initialize()
  try {
    const days: { date: string; working: boolean }[] = await db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, working FROM working_days`)
    const calendar = calendarOf(days.map((d) => [d.date, d.working] as const))
    const stored = await storedStats(db)
    const recounted = await recountStats(db, calendar)
    const [{ appeals, events }] = await db.query(`SELECT (SELECT count(*)::int FROM appeals) AS appeals, (SELECT count(*)::int FROM appeal_events) AS events`)
    const differences = statsDifferences(stored, recounted)
    console.log(JSON.stringify({ appeals, events, storedRows: stored.size, recountedRows: recounted.size, differences: differences.length }))
    for (const d of differences.slice(0, 50)) console.error(`stats-check: ${d}`)
    return differences.length === 0 ? 0 : 1
  } finally {
    await db.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`stats-check: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(2)
  },
)
