import getPort from 'get-port'
import { MailDev } from 'maildev'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EvaluationJobs } from '../src/evaluations/evaluation-jobs.js'
import { createTestDatabase, startTestApp, type TestApp } from './helpers/app.js'
import { query } from './helpers/sql.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const until = async <T>(read: () => Promise<T>, done: (v: T) => boolean, tries = 80): Promise<T> => {
  let v = await read()
  for (let i = 0; i < tries && !done(v); i++) {
    await new Promise((r) => setTimeout(r, 500))
    v = await read()
  }
  return v
}

describe('免申即享: the push, the application, the funnel (issue 23 §3–§4; an api instance and a worker)', () => {
  let api: TestApp
  let worker: TestApp
  let maildev: MailDev
  let web = 0
  const usccOf: Partial<Record<DemoUser, string>> = {}

  type Mail = { subject: string; text: string; to: { address: string }[] }
  const mails = async (): Promise<Mail[]> => (await (await fetch(`http://127.0.0.1:${web}/api/email`)).json()) as Mail[]
  const call = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => api.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  const pushNotices = async (user: DemoUser) => ((await call(user, 'GET', '/api/notifications')).json().items as { kind: string; data: { measureId?: string } }[]).filter((n) => n.kind === 'measure_eligible')
  /** Every measure-evaluations job done (created, retried or active: none). */
  const idle = () => until(() => query<{ n: number }>(api.databaseUrl, `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'measure-evaluations' AND state IN ('created', 'retry', 'active')`), (r) => r[0]!.n === 0)
  const save = async (user: DemoUser, facts: object) => {
    const me = (await call(user, 'GET', '/api/enterprises/me')).json()
    const res = await call(user, 'PUT', '/api/enterprises/me', { version: me.version, facts })
    expect(res.statusCode).toBe(200)
  }

  beforeAll(async () => {
    const smtp = await getPort()
    web = await getPort()
    maildev = new MailDev({ smtp, web, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true } as never)
    await maildev.start()
    const databaseUrl = await createTestDatabase()
    api = await startTestApp({ RATE_LIMIT: 'false', PROCESS_ROLE: 'api' }, { databaseUrl })
    worker = await startTestApp({ RATE_LIMIT: 'false', PROCESS_ROLE: 'worker', SMTP_URL: `smtp://127.0.0.1:${smtp}` }, { databaseUrl })
    for (const u of ['enterprise-a', 'enterprise-b'] as const) usccOf[u] = (await call(u, 'GET', '/api/enterprises/me')).json().uscc
    await call('bureau-stcsm', 'GET', '/api/appeals')
    await call('coordinator', 'GET', '/api/appeals')
    await idle()
  }, 90_000)
  afterAll(async () => {
    await api?.close()
    await worker?.close()
    await maildev?.stop()
  })

  it('the worker kept a baseline for every enterprise at start-up and on binding, telling no one', async () => {
    const [{ n }] = (await query<{ n: number }>(api.databaseUrl, `SELECT count(DISTINCT uscc)::int AS n FROM measure_evaluations`)) as [{ n: number }]
    expect(n).toBe(2)
    expect(await pushNotices('enterprise-a')).toEqual([])
    expect(await query(api.databaseUrl, `SELECT 1 FROM measure_pushes`)).toEqual([])
  })

  it('a profile change that makes basic research eligible tells the enterprise once, in-app and by e-mail, within a job tick', async () => {
    await save('enterprise-a', { basicResearchInvestment: 60_000_000 })
    const inApp = await until(() => pushNotices('enterprise-a'), (n) => n.length > 0)
    expect(inApp.map((n) => n.data.measureId)).toEqual(['basic-research'])
    const sent = await until(mails, (m) => m.length > 0)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.subject).toBe('【企业服务包】新匹配政策：基础研究投入财政补助，预计 500 万元')
    expect(sent[0]!.text).toContain('基础研究投入为6000万元')
    expect(sent[0]!.text).toContain('确认享受')
    expect(sent[0]!.text).toContain('/measures/basic-research')
  }, 60_000)

  it('a second save (another fact; basic research still eligible, same amount) tells nothing more', async () => {
    await save('enterprise-a', { basicResearchInvestment: 60_000_000, annualOutputValue: 50_000_000 })
    await idle()
    await new Promise((r) => setTimeout(r, 1500)) // a mail job would have been sent by now
    expect(await pushNotices('enterprise-a')).toHaveLength(1)
    expect(await mails()).toHaveLength(1)
  }, 60_000)

  it('a catalogue version bump re-evaluates every enterprise and pushes only the new eligibles', async () => {
    // the table as an older reading left it: every version stale, and for enterprise-b one measure
    // that reading did not give it (unknown), which the running reading does
    const [fresh] = (await query<{ measure_id: string }>(api.databaseUrl, `SELECT measure_id FROM measure_evaluations WHERE uscc = $1 AND status = 'eligible' ORDER BY measure_id LIMIT 1`, [usccOf['enterprise-b']])) as [{ measure_id: string }]
    await query(api.databaseUrl, `UPDATE measure_evaluations SET status = 'unknown' WHERE uscc = $1 AND measure_id = $2`, [usccOf['enterprise-b'], fresh.measure_id])
    await query(api.databaseUrl, `UPDATE measure_evaluations SET rule_version = '0000000000000000'`)
    await query(api.databaseUrl, `UPDATE measure_rule_versions SET rule_version = '0000000000000000'`)
    expect(await worker.app.get(EvaluationJobs).checkCatalogue()).toBe(true)
    await until(() => query<{ n: number }>(api.databaseUrl, `SELECT count(*)::int AS n FROM measure_evaluations WHERE rule_version = '0000000000000000'`), (r) => r[0]!.n === 0)
    await idle()
    const b = await until(() => pushNotices('enterprise-b'), (n) => n.length > 0)
    expect(b.map((n) => n.data.measureId)).toEqual([fresh.measure_id])
    expect(await pushNotices('enterprise-a')).toHaveLength(1) // basic research was eligible before and after: not told again
    const sent = await until(mails, (m) => m.length >= 2)
    expect(sent).toHaveLength(2)
  }, 90_000)

  it('switching e-mail off keeps the in-app push and sends no mail', async () => {
    const off = await call('enterprise-b', 'PUT', '/api/measure-push/me/settings', { inApp: true, email: false })
    expect(off.statusCode).toBe(200)
    expect((await call('enterprise-b', 'PUT', '/api/measure-push/me/settings', { inApp: 'yes', email: false })).statusCode).toBe(400)
    await save('enterprise-b', { basicResearchInvestment: 20_000_000 })
    await until(() => pushNotices('enterprise-b'), (n) => n.length > 1)
    await idle()
    await new Promise((r) => setTimeout(r, 1500))
    expect((await pushNotices('enterprise-b')).map((n) => n.data.measureId)).toContain('basic-research')
    expect(await mails()).toHaveLength(2)
    const mine = (await call('enterprise-b', 'GET', '/api/measure-push/me')).json()
    expect(mine.settings).toEqual({ inApp: true, email: false })
    expect(mine.items.find((i: { measureId: string }) => i.measureId === 'basic-research')).toMatchObject({ statusNow: 'eligible', confirmedAt: null })
  }, 60_000)

  let applicationId = ''
  it('确认享受 makes one application with the snapshot, dispatched to the lead bureau with its deadlines', async () => {
    expect((await call('enterprise-a', 'POST', '/api/measure-push/me/opened', { measureId: 'basic-research' })).statusCode).toBe(204)
    const res = await call('enterprise-a', 'POST', '/api/measure-push/me/confirm', { measureId: 'basic-research' })
    expect(res.statusCode).toBe(201)
    const app = res.json()
    applicationId = app.id
    expect(app).toMatchObject({ kind: 'application', status: 'dispatched', leadBureau: 'stcsm', measureId: 'basic-research', outcome: null })
    expect(app.snapshot.evaluation.status).toBe('eligible')
    expect(app.acceptDueAt).toBeTruthy()
    expect(app.answerDueAt).toBeTruthy()
    const again = await call('enterprise-a', 'POST', '/api/measure-push/me/confirm', { measureId: 'basic-research' })
    expect(again.json().id).toBe(app.id)
    // a measure not eligible now cannot be confirmed
    expect((await call('enterprise-b', 'POST', '/api/measure-push/me/confirm', { measureId: 'first-set-equipment' })).statusCode).toBe(409)
  })

  it('the lead bureau answers 予以兑现; the enterprise is told; another bureau cannot; a refusal needs a reason', async () => {
    expect((await call('bureau-sheitc', 'POST', `/api/applications/${applicationId}/answer`, { outcome: 'granted' })).statusCode).toBe(404)
    expect((await call('bureau-stcsm', 'POST', `/api/applications/${applicationId}/answer`, { outcome: 'refused', reason: ' ' })).statusCode).toBe(400)
    const res = await call('bureau-stcsm', 'POST', `/api/applications/${applicationId}/answer`, { outcome: 'granted' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ status: 'responded', outcome: 'granted' })
    const told = ((await call('enterprise-a', 'GET', '/api/notifications')).json().items as { kind: string }[]).filter((n) => n.kind === 'application_answered')
    expect(told).toHaveLength(1)
  })

  it('the coordinators’ funnel counts it: eligible → pushed → opened → confirmed → granted, with the drill-down and the file', async () => {
    const funnel = (await call('coordinator', 'GET', '/api/measure-funnel')).json()
    expect(funnel.items.find((r: { measureId: string }) => r.measureId === 'basic-research')).toEqual({ measureId: 'basic-research', group: null, eligible: 2, pushed: 2, opened: 1, confirmed: 1, granted: 1 })
    const granted = (await call('coordinator', 'GET', '/api/measure-funnel/enterprises?measureId=basic-research&stage=granted')).json()
    expect(granted.items.map((e: { uscc: string }) => e.uscc)).toEqual([usccOf['enterprise-a']])
    const file = await call('coordinator', 'GET', '/api/measure-funnel/export?format=csv&by=district')
    expect(file.statusCode).toBe(200)
    expect(file.body).toContain('已兑现')
    expect((await call('enterprise-a', 'GET', '/api/measure-funnel')).statusCode).toBe(403)
  })

  it('提出异议: 信息有误 names the profile fields; 政策理解有误 goes to the coordinators', async () => {
    const facts = (await call('enterprise-b', 'POST', '/api/measure-push/me/objection', { measureId: 'basic-research', kind: 'facts' })).json()
    expect(facts).toEqual({ kind: 'facts', profileFields: ['basicResearchInvestment'], appealId: null })
    const reading = await call('enterprise-b', 'POST', '/api/measure-push/me/objection', { measureId: 'basic-research', kind: 'reading', note: '我们的投入含委托研究，请确认口径' })
    expect(reading.statusCode).toBe(201)
    const [row] = await query<{ kind: string; status: string }>(api.databaseUrl, `SELECT kind, status FROM appeals WHERE id = $1`, [reading.json().appealId])
    expect(row).toEqual({ kind: 'appeal', status: 'submitted' })
  })
})
