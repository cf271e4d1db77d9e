/**
 * The lists' text search through the index of two-character pieces (migration SearchBigrams,
 * src/common/text-search.ts): the pieces of a text, and — on a generated population, with the index
 * forced — exactly the rows the plain ILIKE finds, for searches of one to five characters (Chinese,
 * Latin in both cases, LIKE's own wildcards, full-width brackets), found or not.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { likePattern, textMatchSql } from '../src/common/text-search.js'
import { enterpriseNameMatchSql } from '../src/enterprises/enterprise-search.js'
import { createMigratedDatabase } from './helpers/app.js'

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABET = [...'融资用工人才补贴aAbBc%_\\ （1）']

describe('text search by two-character pieces', () => {
  let client: pg.Client

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createMigratedDatabase() })
    await client.connect()
  })
  afterAll(async () => {
    await client?.end()
  })

  it.each([
    ['关于融资的诉求', ['于融', '关于', '的诉', '融资', '诉求', '资的']],
    ['AbC', ['ab', 'bc']],
    ['aaa', ['aa']],
    ['融', []],
    ['', []],
  ])('the pieces of %j', async (text, pieces) => {
    const { rows } = await client.query<{ grams: string[] }>('SELECT search_bigrams($1) AS grams', [text])
    expect([...new Set(rows[0]!.grams)].sort()).toEqual(pieces.sort())
  })

  it('finds, with the index, exactly what ILIKE finds', async () => {
    const next = random(22)
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!
    const word = (max: number) => Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(ALPHABET)).join('')
    const texts = Array.from({ length: 400 }, () => word(12))
    await client.query('CREATE TEMP TABLE texts (id int PRIMARY KEY, txt text NOT NULL)')
    await client.query('INSERT INTO texts SELECT i, t FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i)', [texts])
    await client.query('CREATE INDEX texts_search ON texts USING gin (search_bigrams(txt))')
    await client.query('ANALYZE texts')
    // the index's path, not a scan that would hide a wrong index condition
    await client.query('SET enable_seqscan = off')
    const plan = await client.query(`EXPLAIN SELECT id FROM texts t WHERE ${textMatchSql('融资', { indexed: 't.txt', text: () => '$2', check: 't.txt ILIKE $1' })}`, ['%融资%', '融资'])
    expect(plan.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n')).toContain('texts_search')

    const searches = [
      ...Array.from({ length: 250 }, () => {
        const t = pick(texts.filter((x) => x.length > 0))
        const from = Math.floor(next() * t.length)
        return t.slice(from, from + 1 + Math.floor(next() * 5))
      }),
      ...Array.from({ length: 100 }, () => word(5)).filter((q) => q.length > 0),
    ]
    let found = 0
    for (const q of searches) {
      const sql = `SELECT id FROM texts t WHERE ${textMatchSql(q, { indexed: 't.txt', text: () => '$2', check: 't.txt ILIKE $1' })} ORDER BY id`
      const params = [likePattern(q), q]
      const got = (await client.query<{ id: number }>(sql, [...q].length >= 2 ? params : [params[0]])).rows.map((r) => r.id)
      const expected = texts.flatMap((t, i) => (t.toLowerCase().includes(q.toLowerCase()) ? [i + 1] : []))
      expect(got, `search ${JSON.stringify(q)}`).toEqual(expected)
      found += got.length
    }
    expect(found).toBeGreaterThan(searches.length) // the searches find rows, not only nothing
  })

  it('finds enterprises by a part of their name through enterprises_search', async () => {
    await client.query('RESET enable_seqscan')
    await client.query(`INSERT INTO enterprises (uscc, name, is_key, facts, version) VALUES
      ('91310000MA1000001X', '上海融资担保有限公司', false, '{}', 1), ('91310000MA1000002X', '浦东用工服务中心', false, '{}', 1)`)
    await client.query('SET enable_seqscan = off')
    const names = async (q: string) =>
      (await client.query<{ uscc: string }>(`${enterpriseNameMatchSql(q, { text: () => '$2', pattern: '$1' })} ORDER BY 1`, [likePattern(q), q])).rows.map((r) => r.uscc)
    expect(await names('融资')).toEqual(['91310000MA1000001X'])
    expect(await names('服务中心')).toEqual(['91310000MA1000002X'])
    expect(await names('MA1000001')).toEqual([]) // the USCC is in the pieces, but this matches names only
    expect(await names('贷款')).toEqual([])
    await client.query('RESET enable_seqscan')
  })
})
