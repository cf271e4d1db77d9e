import { DataSource } from 'typeorm'
import { it } from 'vitest'
import { searchAnswers } from '../src/answers/answers-queries.js'
import { seedDemoAnswers } from '../src/answers/demo/seed-demo-answers.js'
import { meanReciprocalRank, recallAt } from '../src/answers/search/search-metrics.js'
import { SEARCH_QUALITY } from '../src/answers/search/search-quality.js'
import { tsQuery } from '../src/answers/search/segmenter.js'
import { startTestApp } from './helpers/app.js'

it('explore', async () => {
  const t = await startTestApp()
  const db = t.app.get(DataSource)
  const ids = await db.transaction((em) => seedDemoAnswers(em, new Date('2026-12-01T00:00:00Z')))
  const keyOf = new Map([...ids].map(([k, v]) => [v, k]))
  const judged = []
  for (const q of [...SEARCH_QUALITY.map((x) => x.q), '首抬套', '申保材料', '绿色工场', '节能改照', '智能工场领行计划']) {
    const { rows, total } = await searchAnswers(db.manager, { q }, 0, 3)
    const exp = SEARCH_QUALITY.find((x) => x.q === q)?.expect ?? []
    const found = rows.map((r) => keyOf.get(r.id)!)
    if (exp.length) judged.push({ found, expected: exp })
    const hit = exp.length === 0 ? '?' : found.some((f) => exp.includes(f)) ? 'ok' : 'MISS'
    console.log(hit, q, tsQuery(q), total, found.join(','), rows.map((r) => Number(r.rank).toFixed(3)).join(','), 'expect', exp.join(','))
  }
  console.log('recall@3', recallAt(3, judged), 'MRR', meanReciprocalRank(judged))
  await t.close()
}, 120_000)
