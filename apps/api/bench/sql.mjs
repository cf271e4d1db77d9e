// `node bench/sql.mjs "<SQL>" …`: runs statements (e.g. EXPLAIN ANALYZE) on the bench database
// (DATABASE_URL, or the embedded one in .data/bench-postgres that bench:seed filled) and prints the rows.
import { openBenchDatabase } from './lib/database.mjs'

const { default: pg } = await import('pg')
const db = await openBenchDatabase()
const client = new pg.Client({ connectionString: db.url })
client.on('error', () => undefined)
try {
  await client.connect()
  for (const sql of process.argv.slice(2)) {
    const { rows } = await client.query(sql)
    for (const row of rows) console.log(Object.keys(row).length === 1 ? Object.values(row)[0] : JSON.stringify(row))
  }
} finally {
  await client.end().catch(() => undefined)
  await db.stop()
}
