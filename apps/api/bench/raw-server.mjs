// This machine's practical limit for two API rows of `pnpm bench`: a minimal Fastify + pg server that
// answers the bureau inbox and the coordinator's enterprise list with the same SQL and the same JSON as
// the API (the appeal summary through the API's own mapper, so the bodies are byte-comparable), and
// nothing else: no token verification, no validation, no framework. Started by load.bench.mjs as its
// own process: `node bench/raw-server.mjs` with DATABASE_URL, PORT, RAW_BUREAU, RAW_COORDINATOR_SUB.
import Fastify from 'fastify'
import pg from 'pg'

const { toSummaryDto } = await import('../dist/appeals/appeal-mapper.js')
const { decodeCursor, encodeCursor } = await import('../dist/appeals/appeal-cursor.js')
const { accountName } = await import('../dist/enterprises/steward.js')

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 20) })
const bureau = process.env.RAW_BUREAU
const camel = (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), v]))
const policy = { reminderHours: (await pool.query('SELECT reminder_hours FROM deadline_policy WHERE id = 1').catch(() => ({ rows: [] }))).rows[0]?.reminder_hours ?? 24 }
const APPEAL_COLUMNS = `a.*`

const app = Fastify({ logger: false })

// GET /api/appeals?status=a,b&limit=N&cursor=… as the bureau officer RAW_BUREAU, newest first
app.get('/api/appeals', async (req) => {
  const limit = Number(req.query.limit ?? 20)
  const statuses = String(req.query.status ?? '').split(',').filter(Boolean)
  const key = req.query.cursor ? decodeCursor(req.query.cursor) : null
  const params = [bureau, statuses, limit + 1]
  let after = ''
  if (key) {
    params.push(key.at, key.id)
    after = ' AND (a.created_at, a.id) < ($4, $5)'
  }
  const { rows } = await pool.query(
    `SELECT ${APPEAL_COLUMNS}, to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key FROM appeals a
      WHERE (a.lead_bureau = $1 OR a.assisting_bureaus @> ARRAY[$1]::varchar[]) AND a.status = ANY($2)${after}
      ORDER BY a.created_at DESC, a.id DESC LIMIT $3`,
    params,
  )
  const page = rows.slice(0, limit)
  const usccs = [...new Set(page.map((r) => r.enterprise_uscc))]
  const [names, mine] = await Promise.all([
    pool.query('SELECT uscc, name FROM enterprises WHERE uscc = ANY($1)', [usccs]),
    pool.query('SELECT uscc FROM enterprises WHERE uscc = ANY($1) AND steward_sub = $2', [usccs, req.headers['x-sub'] ?? 'bench']),
  ])
  const nameOf = new Map(names.rows.map((r) => [r.uscc, r.name]))
  const mineSet = new Set(mine.rows.map((r) => r.uscc))
  const now = new Date()
  const items = page.map((r) => toSummaryDto(camel(r), nameOf.get(r.enterprise_uscc) ?? '', now, policy, mineSet.has(r.enterprise_uscc)))
  const last = page.at(-1)
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.sort_key, id: last.id }) : null }
})

// GET /api/enterprises?industry=&district=&unassigned=true&sort=annualOutputValue&order=desc&page=&pageSize=
app.get('/api/enterprises', async (req) => {
  const page = Number(req.query.page ?? 1)
  const pageSize = Number(req.query.pageSize ?? 20)
  const where = `e.facts->>'industry' = $1 AND e.facts->>'district' = $2 AND e.steward_sub IS NULL`
  const filter = [req.query.industry, req.query.district]
  const [list, count] = await Promise.all([
    pool.query(
      `SELECT e.uscc, e.name, e.is_key, e.facts, e.steward_sub, e.steward_legacy_name, e.version, e.updated_at, sa.username AS sa_username, sa.name AS sa_name
         FROM enterprises e LEFT JOIN users sa ON sa.sub = e.steward_sub
        WHERE ${where} ORDER BY CAST(e.facts->>'annualOutputValue' AS bigint) DESC NULLS LAST, e.uscc DESC LIMIT $3 OFFSET $4`,
      [...filter, pageSize, (page - 1) * pageSize],
    ),
    pool.query(`SELECT count(DISTINCT e.uscc)::int AS n FROM enterprises e LEFT JOIN users sa ON sa.sub = e.steward_sub WHERE ${where}`, filter),
  ])
  const items = list.rows.map((e) => ({
    uscc: e.uscc,
    name: e.name,
    isKey: e.is_key,
    industry: typeof e.facts.industry === 'string' ? e.facts.industry : null,
    district: typeof e.facts.district === 'string' ? e.facts.district : null,
    annualOutputValue: typeof e.facts.annualOutputValue === 'number' ? e.facts.annualOutputValue : null,
    stewardName: e.steward_sub ? (e.sa_username ? accountName({ username: e.sa_username, name: e.sa_name }) : e.steward_sub) : null,
    stewardSub: e.steward_sub,
    stewardLegacyName: e.steward_sub ? null : e.steward_legacy_name,
    version: e.version,
    updatedAt: e.updated_at.toISOString(),
  }))
  return { items, total: count.rows[0].n, page, pageSize }
})

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
process.send?.('ready')
const stop = async () => {
  await app.close()
  await pool.end()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
