import type { EntityManager } from 'typeorm'
import { DICTIONARY_HASH, indexText, queryWords, tsQuery } from './search/segmenter.js'

/** Every SQL statement over `answers`: search, the search text, re-indexing. */

export interface AnswerFilters {
  q?: string
  measureId?: string
  category?: string
  bureau?: string
}

export interface AnswerRow {
  id: string
  status: string
  question: string
  answer: string
  measure_id: string | null
  category_code: string
  bureau: string
  published_at: Date | null
  supersedes_id: string | null
  superseded_by_id: string | null
  rank: number
}

const COLUMNS = `a.id, a.status, a.question, a.answer, a.measure_id, a.category_code, a.bureau, a.published_at, a.supersedes_id, a.superseded_by_id`
/** Below this trigram word similarity a question is not offered as a fallback match. */
const TRIGRAM_MIN = 0.2
/** How many of the best full-text matches are re-ranked with trigram similarity (at least the page's end). */
const CANDIDATES = 100
/** The weight of the question's trigram similarity to the query (a typo still finds its question). */
const TRIGRAM_SHARE = 0.5
/** The weight of the share of the query's words the answer body holds: an answer about the whole question before one about a part. */
const COVERAGE_SHARE = 0.5
/** Matches are counted up to this many (a search shows "500+" beyond). */
export const MAX_TOTAL = 500
/** Cover density weights {D, C, B, A}: the question counts most. */
const WEIGHTS = `'{0.05, 0.1, 0.4, 1.0}'::float4[]`

/** Writes an answer's search text (question A, answer B) with the current dictionary's hash. */
export async function writeSearchText(em: EntityManager, id: string, question: string, answer: string): Promise<void> {
  const { a, b } = indexText(question, answer)
  await em.query(
    `UPDATE answers SET search = setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B'), search_hash = $4 WHERE id = $1`,
    [id, a, b, DICTIONARY_HASH],
  )
}

/** Re-segments up to `batch` answers indexed under another dictionary; returns how many. */
export async function reindexBatch(em: EntityManager, batch = 500): Promise<number> {
  const rows: { id: string; question: string; answer: string }[] = await em.query(
    `SELECT id, question, answer FROM answers WHERE search_hash IS DISTINCT FROM $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [DICTIONARY_HASH, batch],
  )
  for (const r of rows) await writeSearchText(em, r.id, r.question, r.answer)
  return rows.length
}

/** How many answers were segmented with another dictionary than the current one. */
export async function staleCount(em: EntityManager): Promise<number> {
  const [{ n }] = (await em.query(`SELECT count(*)::int AS n FROM answers WHERE search_hash IS DISTINCT FROM $1`, [DICTIONARY_HASH])) as [{ n: number }]
  return n
}

function filterSql(filters: AnswerFilters, params: unknown[]): string {
  const where: string[] = [`a.status = 'approved'`]
  const add = (sql: string, value: unknown) => {
    params.push(value)
    where.push(sql.replace('?', `$${params.length}`))
  }
  if (filters.measureId) add('a.measure_id = ?', filters.measureId)
  if (filters.category) add('a.category_code = ?', filters.category)
  if (filters.bureau) add('a.bureau = ?', filters.bureau)
  return where.join(' AND ')
}

/**
 * The published answers matching the filters. With `q`: full-text (the query segmented like the
 * index, any word, ranked by ts_rank_cd, plus a share of the question's trigram similarity, so a
 * typo still ranks its question up, plus a share of the query's words the answer body holds, so an
 * answer about the whole question ranks above one whose question only shares some of its words);
 * when no word matches, the questions most similar by trigrams.
 * Without `q`: newest first.
 */
export async function searchAnswers(em: EntityManager, filters: AnswerFilters, offset: number, limit: number): Promise<{ rows: AnswerRow[]; total: number }> {
  const params: unknown[] = []
  const where = filterSql(filters, params)
  const q = filters.q?.trim()
  if (!q) {
    const [{ total }] = (await em.query(`SELECT count(*)::int AS total FROM answers a WHERE ${where}`, params)) as [{ total: number }]
    const rows: AnswerRow[] = await em.query(`SELECT ${COLUMNS}, 0 AS rank FROM answers a WHERE ${where} ORDER BY a.published_at DESC, a.id DESC OFFSET ${offset} LIMIT ${limit}`, params)
    return { rows, total }
  }
  // equal ranks are ordered by the question's text, then the id: the same order on every database
  // (ids are random UUIDs, so ordering ties by id alone made the demo set's results differ between seeds)
  const tsq = tsQuery(q)
  if (tsq) {
    const p = [...params, tsq, q, queryWords(q)]
    const tsqRef = `to_tsquery('simple', $${p.length - 2})`
    // ranked by cover density first; the best CANDIDATES are re-ranked with the question's trigram
    // similarity and the share of the query's words the answer body (weight B) holds
    const candidates = Math.max(CANDIDATES, offset + limit)
    const [{ total }] = (await em.query(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM answers a WHERE ${where} AND a.search @@ ${tsqRef} LIMIT ${MAX_TOTAL}) t`,
      p.slice(0, -2),
    )) as [{ total: number }]
    if (total > 0) {
      const rows: AnswerRow[] = await em.query(
        `SELECT * FROM (
           SELECT c.*, c.cover + ${TRIGRAM_SHARE} * similarity(c.question, $${p.length - 1})
                  + ${COVERAGE_SHARE} * (SELECT count(*) FROM unnest($${p.length}::text[]) w WHERE ts_filter(c.search, '{b}') @@ to_tsquery('simple', quote_literal(w)))::float4 / cardinality($${p.length}::text[]) AS rank FROM (
             SELECT ${COLUMNS}, a.search, ts_rank_cd(${WEIGHTS}, a.search, ${tsqRef}, 1) AS cover
               FROM answers a WHERE ${where} AND a.search @@ ${tsqRef} ORDER BY cover DESC, a.question, a.id LIMIT ${candidates}) c) r
          ORDER BY r.rank DESC, r.published_at DESC, r.question, r.id OFFSET ${offset} LIMIT ${limit}`,
        p,
      )
      return { rows, total }
    }
  }
  // no word of the query is in any answer: the questions holding the text most like it, by trigrams (typos, unknown words)
  const p = [...params, q]
  const rows: AnswerRow[] = await em.query(
    `SELECT * FROM (SELECT ${COLUMNS}, word_similarity($${p.length}, a.question) AS rank FROM answers a WHERE ${where}
      ORDER BY $${p.length} <<-> a.question, a.question, a.id LIMIT 20) t WHERE t.rank >= ${TRIGRAM_MIN} ORDER BY t.rank DESC, t.question, t.id`,
    p,
  )
  return { rows: rows.slice(offset, offset + limit), total: rows.length }
}
