// 政策问答 search at scale: the demo answers among distractors up to 10,000 approved answers, the
// checked-in quality set (src/answers/search/search-quality.ts) run against them. Prints recall@3,
// MRR and the latency of one search (segmenting the query + SQL), p50/p95; never fails on a timing.
// `pnpm --filter @servicepack/api bench:search` (builds first). A throwaway embedded PostgreSQL.
//
// Distractors are made from the demo answers themselves (the first half of one question joined to
// the second half of another; sentences of two other answers), so they share the real vocabulary.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const { startEmbeddedPostgres } = await import('../dist/database/embedded.js')
const { runMigrations } = await import('../dist/database/migrate.js')
const { searchAnswers } = await import('../dist/answers/answers-queries.js')
const { seedDemoAnswers } = await import('../dist/answers/demo/seed-demo-answers.js')
const { demoAnswers } = await import('../dist/answers/demo/demo-answer.js')
const { indexText, DICTIONARY_HASH } = await import('../dist/answers/search/segmenter.js')
const { SEARCH_QUALITY } = await import('../dist/answers/search/search-quality.js')
const { recallAt, meanReciprocalRank } = await import('../dist/answers/search/search-metrics.js')
const { default: getPort } = await import('get-port')
const { default: pg } = await import('pg')

const TOTAL = Number(process.env.BENCH_ANSWERS ?? 10_000)
const ROUNDS = 5
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'servicepack-bench-search-'))
await chmod(dataDir, 0o711)
const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await getPort(), fsync: false, persistent: false })
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
let seed = 20261206
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = (xs) => xs[Math.floor(rand() * xs.length)]

try {
  await server.createDatabase('bench')
  const url = server.urlFor('bench')
  await runMigrations(url)
  const pool = new pg.Pool({ connectionString: url, max: 2 })
  pool.on('error', () => {}) // the server stops at the end
  const em = { query: async (sql, params) => (await pool.query(sql, params)).rows }
  const client = await pool.connect()
  let ids
  try {
    await client.query('BEGIN')
    ids = await seedDemoAnswers({ query: async (sql, params) => (await client.query(sql, params)).rows }, new Date('2026-12-01T00:00:00Z'))
    await client.query('COMMIT')
  } finally {
    client.release()
  }
  const t0 = performance.now()
  const n = TOTAL - demoAnswers.length
  const sentences = demoAnswers.flatMap((d) => d.a.split(/(?<=[。；])/).filter(Boolean))
  for (let i = 0; i < n; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - i) }, () => {
      const a = pick(demoAnswers)
      const b = pick(demoAnswers)
      const q = a.q.slice(0, Math.ceil(a.q.length / 2)) + b.q.slice(Math.floor(b.q.length / 2))
      const answer = pick(sentences) + pick(sentences)
      const text = indexText(q, answer)
      return { q, answer, a: text.a, b: text.b, d: pick(demoAnswers) }
    })
    await pool.query(
      `INSERT INTO answers (status, question, answer, measure_id, category_code, bureau, proposed_by, published_at, version, search, search_hash)
       SELECT 'approved', q, an, m, c, bu, 'bench', now() - random() * interval '300 days', 1, setweight(to_tsvector('simple', sa), 'A') || setweight(to_tsvector('simple', sb), 'B'), $8
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(q, an, m, c, bu, sa, sb)`,
      [rows.map((r) => r.q), rows.map((r) => r.answer), rows.map((r) => r.d.measureId), rows.map((r) => r.d.category), rows.map((r) => r.d.bureau), rows.map((r) => r.a), rows.map((r) => r.b), DICTIONARY_HASH],
    )
  }
  await pool.query('ANALYZE answers')
  const [{ count }] = (await pool.query(`SELECT count(*)::int AS count FROM answers WHERE status = 'approved'`)).rows
  console.log(`政策问答 search: ${count} approved answers (${demoAnswers.length} demo + ${count - demoAnswers.length} distractors, indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s), ${SEARCH_QUALITY.length} quality queries × ${ROUNDS} rounds`)
  const times = []
  let judged = []
  for (let round = 0; round < ROUNDS; round++) {
    judged = []
    for (const query of SEARCH_QUALITY) {
      const s = performance.now()
      const { rows } = await searchAnswers(em, { q: query.q }, 0, 10)
      times.push(performance.now() - s)
      judged.push({ q: query.q, kind: query.kind, found: rows.map((r) => r.id), expected: query.expect.map((k) => ids.get(k)) })
    }
  }
  const kinds = [...new Set(judged.map((j) => j.kind))]
  console.log(`  recall@3 ${recallAt(3, judged).toFixed(3)}   MRR ${meanReciprocalRank(judged).toFixed(3)}   latency p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms (segmenting + SQL, one at a time)`)
  for (const kind of kinds) {
    const of = judged.filter((j) => j.kind === kind)
    console.log(`    ${kind.padEnd(11)} ${String(of.length).padStart(3)} queries: recall@3 ${recallAt(3, of).toFixed(3)}, MRR ${meanReciprocalRank(of).toFixed(3)}`)
  }
  const missed = judged.filter((j) => !j.found.slice(0, 3).some((id) => j.expected.includes(id))).map((j) => j.q)
  if (missed.length) console.log(`  missed in the first three: ${missed.join(' / ')}`)
  await pool.end()
} catch (e) {
  console.error(e)
  process.exitCode = 1
} finally {
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}
