import { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reindexBatch, searchAnswers, staleCount } from '../src/answers/answers-queries.js'
import { seedDemoAnswers } from '../src/answers/demo/seed-demo-answers.js'
import { meanReciprocalRank, recallAt, type Judged } from '../src/answers/search/search-metrics.js'
import { SEARCH_QUALITY } from '../src/answers/search/search-quality.js'
import { startTestApp, type TestApp } from './helpers/app.js'

/**
 * Search quality over the demo 政策问答 (real PostgreSQL, real migrations): the checked-in set of
 * colloquial, misspelt and synonym queries finds what it should in its first three results.
 * Quality only: timings are bench:search's.
 */
describe('政策问答 search quality', () => {
  let t: TestApp
  let db: DataSource
  let ids: Map<string, string>

  beforeAll(async () => {
    t = await startTestApp()
    db = t.app.get(DataSource)
    ids = await db.transaction((em) => seedDemoAnswers(em, new Date('2026-12-01T00:00:00Z')))
  })
  afterAll(async () => t?.close())

  const judge = async () => {
    const judged: (Judged & { q: string })[] = []
    for (const query of SEARCH_QUALITY) {
      const { rows } = await searchAnswers(db.manager, { q: query.q }, 0, 10)
      judged.push({ q: query.q, found: rows.map((r) => r.id), expected: query.expect.map((k) => ids.get(k)!) })
    }
    return judged
  }

  it('the quality set is at least 40 queries, each naming demo answers', () => {
    expect(SEARCH_QUALITY.length).toBeGreaterThanOrEqual(40)
    for (const q of SEARCH_QUALITY) for (const k of q.expect) expect(ids.has(k), `${q.q}: ${k}`).toBe(true)
  })

  it('finds the expected answer in the first three for at least 90% (recall@3 ≥ 0.9)', async () => {
    const judged = await judge()
    const recall = recallAt(3, judged)
    const missed = judged.filter((j) => !j.found.slice(0, 3).some((id) => j.expected.includes(id))).map((j) => j.q)
    expect(recall, `recall@3 ${recall.toFixed(3)}, MRR ${meanReciprocalRank(judged).toFixed(3)}; missed: ${missed.join(' / ')}`).toBeGreaterThanOrEqual(0.9)
  })

  it('the cluster yields trigrams for Chinese (initialised with a UTF-8 locale), so a misspelt question is still found', async () => {
    const [{ n }] = (await db.query(`SELECT array_length(show_trgm('上海市先进制造业政策'), 1) AS n`)) as [{ n: number | null }]
    expect(n).toBeGreaterThan(5)
    // no word of this query is in the index: only the trigram fallback can find it
    const fallback = await searchAnswers(db.manager, { q: '首抬套' }, 0, 3)
    expect(fallback.rows.length).toBeGreaterThan(0)
    // the best is the 首台(套) equipment answer; the others are 首台(套) answers too (equipment or its insurance)
    expect(fallback.rows[0]!.measure_id).toBe('first-set-equipment')
    for (const row of fallback.rows) expect(['first-set-equipment', 'first-set-insurance'], row.question).toContain(row.measure_id)
  })

  it('filters by measure, category and bureau', async () => {
    const byMeasure = await searchAnswers(db.manager, { measureId: 'green-factory' }, 0, 50)
    expect(byMeasure.total).toBe(4)
    expect(new Set(byMeasure.rows.map((r) => r.measure_id))).toEqual(new Set(['green-factory']))
    const byBureau = await searchAnswers(db.manager, { q: '贴息', bureau: 'finance' }, 0, 50)
    expect(byBureau.rows.length).toBeGreaterThan(0)
    expect(byBureau.rows.every((r) => r.bureau === 'finance')).toBe(true)
    const byCategory = await searchAnswers(db.manager, { category: 'land' }, 0, 50)
    expect(byCategory.rows.every((r) => r.category_code === 'land')).toBe(true)
  })

  it('re-indexes answers segmented with another dictionary (their hash differs)', async () => {
    expect(await staleCount(db.manager)).toBe(0)
    await db.query(`UPDATE answers SET search = to_tsvector('simple', ''), search_hash = 'old' WHERE id = $1`, [ids.get('gf-1')])
    expect((await searchAnswers(db.manager, { q: '国家级绿色工厂一次性奖励' }, 0, 3)).rows.map((r) => r.id)).not.toContain(ids.get('gf-1'))
    expect(await staleCount(db.manager)).toBe(1)
    expect(await db.transaction((em) => reindexBatch(em))).toBe(1)
    expect(await staleCount(db.manager)).toBe(0)
    expect((await searchAnswers(db.manager, { q: '国家级绿色工厂一次性奖励' }, 0, 3)).rows.map((r) => r.id)).toContain(ids.get('gf-1'))
  })
})
