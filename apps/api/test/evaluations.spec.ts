import { measures } from '@servicepack/policy-rules'
import { Logger } from '@nestjs/common'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { EvaluationJobs } from '../src/evaluations/evaluation-jobs.js'
import { RULE_VERSIONS } from '../src/evaluations/rule-version.js'
import { NoticeAudienceService } from '../src/notices/notice-audience.service.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { query } from './helpers/sql.js'
import { authHeader } from './helpers/tokens.js'


describe('the evaluation, kept (issue 23 §2)', () => {
  const clock = new FixedClock(new Date('2026-12-07T02:00:00Z'))
  let t: TestApp
  let uscc = ''
  const jobsOf = async () => query<{ data: Record<string, unknown> }>(t.databaseUrl, `SELECT data FROM pgboss.job WHERE name = 'measure-evaluations' ORDER BY created_on`)

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    uscc = (await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: await authHeader('enterprise-a') })).json().uscc
    await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: await authHeader('enterprise-b') })
  }, 60_000)
  afterAll(async () => {
    await t?.close()
  })

  it('a new enterprise is queued for its first evaluation in the binding transaction (an api process runs no job)', async () => {
    const jobs = await jobsOf()
    expect(jobs.map((j) => j.data)).toEqual(expect.arrayContaining([{ uscc }]))
  })

  it('a full pass keeps every enterprise × measure under the running rule versions', async () => {
    const jobs = t.app.get(EvaluationJobs)
    expect(await jobs.checkCatalogue()).toBe(true) // nothing kept yet: a full pass is queued
    await jobs.run({ all: 'version' })
    const rows = await query<{ n: number; enterprises: number; bad: number }>(
      t.databaseUrl,
      `SELECT count(*)::int AS n, count(DISTINCT e.uscc)::int AS enterprises, count(*) FILTER (WHERE e.rule_version <> v.rule_version)::int AS bad
         FROM measure_evaluations e JOIN measure_rule_versions v USING (measure_id)`,
    )
    const [{ enterprises }] = (await query<{ enterprises: number }>(t.databaseUrl, 'SELECT count(*)::int AS enterprises FROM enterprises')) as [{ enterprises: number }]
    expect(rows[0]).toEqual({ n: enterprises * measures.length, enterprises, bad: 0 })
    expect(await jobs.checkCatalogue()).toBe(false)
  })

  it('a profile save that changes facts queues that enterprise in its transaction; one that changes nothing does not', async () => {
    const before = (await jobsOf()).length
    const me = (await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: await authHeader('enterprise-a') })).json()
    const save = await t.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers: await authHeader('enterprise-a'), payload: { version: me.version, facts: { basicResearchInvestment: 60_000_000 } } })
    expect(save.statusCode).toBe(200)
    const saveAgain = await t.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers: await authHeader('enterprise-a'), payload: { version: save.json().version, facts: { basicResearchInvestment: 60_000_000 } } })
    expect(saveAgain.statusCode).toBe(200)
    const jobs = await jobsOf()
    expect(jobs.length).toBe(before + 1)
    expect(jobs.at(-1)!.data).toEqual({ uscc })
    await t.app.get(EvaluationJobs).run({ uscc })
    const [row] = await query(t.databaseUrl, `SELECT status, amount_min, amount_max, rule_version FROM measure_evaluations WHERE uscc = $1 AND measure_id = 'basic-research'`, [uscc])
    expect(row).toEqual({ status: 'eligible', amount_min: '5000000', amount_max: '5000000', rule_version: RULE_VERSIONS.get('basic-research') })
  })

  it('a changed catalogue version (stored versions differ) re-evaluates every enterprise', async () => {
    await query(t.databaseUrl, `UPDATE measure_rule_versions SET rule_version = '0000000000000000' WHERE measure_id = 'basic-research'`)
    await query(t.databaseUrl, `UPDATE measure_evaluations SET rule_version = '0000000000000000'`)
    const jobs = t.app.get(EvaluationJobs)
    expect(await jobs.checkCatalogue()).toBe(true)
    await jobs.run({ all: 'version' })
    const [{ stale }] = (await query<{ stale: number }>(t.databaseUrl, `SELECT count(*)::int AS stale FROM measure_evaluations WHERE rule_version = '0000000000000000'`)) as [{ stale: number }]
    expect(stale).toBe(0)
  })

  it('the audience preview counts a measure criterion from the kept table, agreeing with the engine', async () => {
    const notices = t.app.get(NoticeAudienceService)
    const kept = await notices.previewFor({ measureId: 'basic-research' } as never, undefined)
    // make the kept table disagree: the preview must follow it (proving it reads the table)
    await query(t.databaseUrl, `UPDATE measure_evaluations SET status = 'ineligible' WHERE measure_id = 'basic-research' AND uscc = $1`, [uscc])
    const after = await notices.previewFor({ measureId: 'basic-research' } as never, undefined)
    expect(after.count).toBe(kept.count - 1)
    const res = await t.app.inject({ method: 'POST', url: '/api/notices/audience-preview', headers: await authHeader('coordinator'), payload: { audience: { measureId: 'basic-research', districts: [] } } })
    expect([200, 201]).toContain(res.statusCode)
  })

  it('an association’s preview counts the audience beyond its industries from the kept table too', async () => {
    const preview = async () => (await t.app.inject({ method: 'POST', url: '/api/notices/audience-preview', headers: await authHeader('association-ic'), payload: { audience: { measureId: 'basic-research' } } })).json()
    const before = await preview()
    const [outsider] = await query<{ uscc: string }>(
      t.databaseUrl,
      `SELECT k.uscc FROM measure_evaluations k JOIN enterprises e USING (uscc) WHERE k.measure_id = 'basic-research' AND k.status IN ('eligible', 'unknown', 'announced')
         AND (e.facts->>'industry' IS NULL OR e.facts->>'industry' <> ALL($1::text[])) ORDER BY k.uscc LIMIT 1`,
      [before.outside.ownIndustries],
    )
    expect(outsider).toBeDefined()
    await query(t.databaseUrl, `UPDATE measure_evaluations SET status = 'ineligible' WHERE measure_id = 'basic-research' AND uscc = $1`, [outsider!.uscc])
    const after = await preview()
    expect(after.count).toBe(before.count - 1)
    expect(after.outside.count).toBe(before.outside.count - 1)
  })

  it('the per-industry counts the preview sums stay equal to the kept rows through inserts, updates and deletes (triggers)', async () => {
    const drift = async () =>
      query(
        t.databaseUrl,
        `SELECT * FROM (SELECT measure_id, status, coalesce(industry, '') AS industry, count(*)::int AS n FROM measure_evaluations GROUP BY 1, 2, 3) k
           FULL JOIN (SELECT measure_id, status, industry, n FROM measure_evaluation_counts WHERE n <> 0) c USING (measure_id, status, industry)
          WHERE k.n IS DISTINCT FROM c.n`,
      )
    expect(await drift()).toEqual([])
    await query(t.databaseUrl, `UPDATE measure_evaluations SET status = 'unknown', industry = 'artificial-intelligence' WHERE uscc = $1`, [uscc])
    await query(t.databaseUrl, `DELETE FROM measure_evaluations WHERE uscc = $1 AND measure_id = 'basic-research'`, [uscc])
    expect(await drift()).toEqual([])
    // the job's upsert in one statement: the deleted row inserted, the others updated (a changed industry fact: a new facts hash)
    await query(t.databaseUrl, `UPDATE enterprises SET facts = facts || '{"industry": "biomedicine"}' WHERE uscc = $1`, [uscc])
    await t.app.get(EvaluationJobs).run({ uscc })
    expect(await drift()).toEqual([])
    const kept = await query<{ industry: string | null }>(t.databaseUrl, `SELECT DISTINCT industry FROM measure_evaluations WHERE uscc = $1`, [uscc])
    expect(kept).toEqual([{ industry: 'biomedicine' }])
  })

  it('with an industry criterion the count is the per-industry counts’, and agrees with the enterprises joined', async () => {
    const industry = 'biomedicine' // enterprise-a's since the test above, basic-research still unknown or eligible for it
    const notices = t.app.get(NoticeAudienceService)
    const counted = await notices.previewFor({ measureId: 'basic-research', industries: [industry] } as never, undefined)
    const [{ joined }] = (await query<{ joined: number }>(
      t.databaseUrl,
      `SELECT count(*)::int AS joined FROM enterprises e JOIN measure_evaluations k ON k.uscc = e.uscc AND k.measure_id = 'basic-research' AND k.status <> 'ineligible' WHERE e.facts->>'industry' = $1`,
      [industry],
    )) as [{ joined: number }]
    expect(counted.count).toBe(joined)
    expect(joined).toBeGreaterThan(0)
  })

  it('a kept table of another catalogue: the preview falls back to the engine, and says so in the log once a minute', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn')
    try {
      await query(t.databaseUrl, `UPDATE measure_rule_versions SET rule_version = '0000000000000000' WHERE measure_id = 'basic-research'`)
      const notices = t.app.get(NoticeAudienceService)
      const first = await notices.previewFor({ measureId: 'basic-research' } as never, undefined)
      await notices.previewFor({ measureId: 'basic-research' } as never, undefined)
      const [{ engine }] = (await query<{ engine: number }>(t.databaseUrl, `SELECT count(*)::int AS engine FROM enterprises`)) as [{ engine: number }]
      expect(first.count).toBeLessThanOrEqual(engine)
      const fallbacks = warn.mock.calls.filter((c) => String(c[1]).includes('run the rules engine over every enterprise'))
      expect(fallbacks).toHaveLength(1)
    } finally {
      warn.mockRestore()
    }
  })
})
