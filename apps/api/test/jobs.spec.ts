import getPort from 'get-port'
import { MailDev } from 'maildev'
import { getDataSourceToken } from '@nestjs/typeorm'
import type { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DeadlineSweeper } from '../src/appeals/deadline-sweeper.js'
import { FixedClock } from '../src/common/clock.js'
import { JobQueue } from '../src/jobs/job-queue.service.js'
import { MailQueue } from '../src/mail/mail-queue.js'
import { ALL_QUEUES, QUEUES } from '../src/jobs/queues.js'
import { createTestDatabase, startTestApp, type TestApp } from './helpers/app.js'
import { query } from './helpers/sql.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

describe('deadline jobs with two API instances (role api) on one database', () => {
  // Monday 12 October 2026, 09:00 Shanghai
  const clock = new FixedClock(new Date('2026-10-12T01:00:00Z'))
  let one: TestApp
  let two: TestApp
  const ids: string[] = []

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase()
    one = await startTestApp({ RATE_LIMIT: 'false' }, { clock, databaseUrl })
    two = await startTestApp({ RATE_LIMIT: 'false' }, { clock, databaseUrl })
    const call = async (user: DemoUser, url: string, payload?: object) =>
      (await one.app.inject({ method: 'POST', url, headers: await authHeader(user), ...(payload ? { payload } : {}) })).json()
    await one.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: await authHeader('enterprise-a') })
    for (let i = 0; i < 6; i++) {
      const a = await call('enterprise-a', '/api/appeals', { categoryCode: 'other', title: `诉求${i}`, description: '说明' })
      await call('coordinator', `/api/appeals/${a.id}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: [], complexity: 'simple' })
      ids.push(a.id)
    }
    // two accepted (answer due in 5 working days), one answered (rating due in 5)
    await call('bureau-sheitc', `/api/appeals/${ids[4]}/accept`)
    await call('bureau-sheitc', `/api/appeals/${ids[5]}/accept`)
    await call('bureau-sheitc', `/api/appeals/${ids[5]}/respond`, { body: '已按政策答复企业，请查收。' })
  })
  afterAll(async () => {
    await one?.close()
    await two?.close()
  })

  const sweepBoth = () => Promise.all([one.app.get(DeadlineSweeper).sweep(), two.app.get(DeadlineSweeper).sweep(), one.app.get(DeadlineSweeper).sweep(), two.app.get(DeadlineSweeper).sweep()])
  const notices = (kind: string) => query<{ appeal_id: string; audience_kind: string }>(one.databaseUrl, `SELECT appeal_id, audience_kind FROM notifications WHERE kind = $1 ORDER BY appeal_id, audience_kind`, [kind])

  it('the api instances neither schedule ticks nor work queues, yet every queue exists (the migration made them)', async () => {
    expect(await query(one.databaseUrl, 'SELECT name FROM pgboss.schedule')).toEqual([])
    const queues = await query<{ name: string }>(one.databaseUrl, 'SELECT name FROM pgboss.queue ORDER BY name')
    expect(queues.map((q) => q.name)).toEqual(ALL_QUEUES.map((q) => q.name).sort())
    expect(one.app.get(JobQueue).working).toBe(false)
  })

  it('still enqueues mail in the notifying transaction although no instance has SMTP_URL or runs jobs', async () => {
    const mails = await query<{ n: number }>(one.databaseUrl, `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail' AND state = 'created'`)
    expect(mails[0]!.n).toBeGreaterThan(0)
  })

  it('a process without SMTP_URL completes a mail job unsent, with a warning (mail is off there), rather than failing it', async () => {
    const mail = one.app.get(MailQueue)
    const warn = vi.spyOn((mail as unknown as { logger: { warn: (...args: unknown[]) => void } }).logger, 'warn').mockImplementation(() => undefined)
    await expect(mail.deliver({ audience: { kind: 'coordinators', id: '' }, kind: 'submitted', appealId: ids[0]!, data: {} })).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ kind: 'submitted' }), expect.stringContaining('SMTP_URL is not set'))
    warn.mockRestore()
  })

  it('nothing is due right after dispatch', async () => {
    const results = await sweepBoth()
    expect(results.every((r) => r.reminded === 0 && r.overdue === 0 && r.closed === 0)).toBe(true)
  })

  it('reminds the lead bureau once, 4 hours before the accept deadline, however many instances sweep', async () => {
    clock.set('2026-10-13T13:00:00Z') // 21:00 Shanghai on the 13th: the accept deadline (24:00) is 3 hours away
    const results = await sweepBoth()
    expect(results.reduce((n, r) => n + r.reminded, 0)).toBe(4) // the four not yet accepted
    expect((await notices('reminder')).map((n) => n.appeal_id).sort()).toEqual(ids.slice(0, 4).sort())
    await sweepBoth()
    expect(await notices('reminder')).toHaveLength(4)
  })

  it('flags overdue once and tells the coordinators and the lead bureau', async () => {
    clock.set('2026-10-13T16:30:00Z') // 00:30 on the 14th: past the accept deadline
    const results = await sweepBoth()
    expect(results.reduce((n, r) => n + r.overdue, 0)).toBe(4)
    const overdue = await notices('overdue')
    expect(overdue).toHaveLength(8) // 4 appeals × (coordinators + bureau)
    await sweepBoth()
    expect(await notices('overdue')).toHaveLength(8)
    const counts = (await one.app.inject({ method: 'GET', url: '/api/appeals/counts', headers: await authHeader('coordinator') })).json()
    expect(counts.overdue).toBe(4)
  })

  it('auto-closes an unrated response after the rating window, once, as the system', async () => {
    clock.set('2026-10-20T16:30:00Z') // past five working days after the answer on the 12th
    const results = await sweepBoth()
    expect(results.reduce((n, r) => n + r.closed, 0)).toBe(1)
    const events = await query<{ action: string; party: string }>(one.databaseUrl, `SELECT action, party FROM appeal_events WHERE appeal_id = $1 ORDER BY id`, [ids[5]])
    expect(events.at(-1)).toEqual({ action: 'auto_close', party: 'system' })
    expect((await query<{ status: string }>(one.databaseUrl, `SELECT status FROM appeals WHERE id = $1`, [ids[5]]))[0]!.status).toBe('closed')
  })
})

describe('an api instance and a worker on one database: the api enqueues, the worker runs', () => {
  let api: TestApp
  let worker: TestApp
  let maildev: MailDev
  let web = 0

  beforeAll(async () => {
    const smtp = await getPort()
    web = await getPort()
    maildev = new MailDev({ smtp, web, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true } as never)
    await maildev.start()
    const databaseUrl = await createTestDatabase()
    // the api instance has no SMTP_URL: it must enqueue the mail all the same; the worker sends it
    api = await startTestApp({ RATE_LIMIT: 'false', PROCESS_ROLE: 'api' }, { databaseUrl })
    worker = await startTestApp({ RATE_LIMIT: 'false', PROCESS_ROLE: 'worker', SMTP_URL: `smtp://127.0.0.1:${smtp}` }, { databaseUrl })
  }, 60_000)
  afterAll(async () => {
    await api?.close()
    await worker?.close()
    await maildev?.stop()
  })

  it('mails the people behind an audience who have signed in, in Chinese and English, without blocking the request', async () => {
    // the coordinator signs in once (the directory learns their e-mail), then an enterprise submits
    await api.app.inject({ method: 'GET', url: '/api/appeals', headers: await authHeader('coordinator') })
    await api.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: await authHeader('enterprise-a') })
    const res = await api.app.inject({ method: 'POST', url: '/api/appeals', headers: await authHeader('enterprise-a'), payload: { categoryCode: 'other', title: '测试邮件', description: '说明' } })
    expect(res.statusCode).toBe(201)
    let mails: { subject: string; text: string; to: { address: string }[] }[] = []
    for (let i = 0; i < 60 && mails.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500))
      mails = (await (await fetch(`http://127.0.0.1:${web}/api/email`)).json()) as typeof mails
    }
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('新诉求待派单')
    expect(mails[0]!.text).toContain('A new appeal waits for dispatch')
    expect(mails[0]!.text).toContain(`/appeals/${res.json().id}`)
    const [job] = await query<{ state: string }>(api.databaseUrl, `SELECT state FROM pgboss.job WHERE name = 'mail' UNION ALL SELECT state FROM pgboss.archive WHERE name = 'mail'`)
    expect(job?.state).toBe('completed')
  }, 60_000)

  it('the worker schedules the ticks and handles the deadline sweep; the api instance never does', async () => {
    const schedules = await query<{ name: string; cron: string }>(api.databaseUrl, 'SELECT name, cron FROM pgboss.schedule ORDER BY name')
    expect(schedules).toEqual(ALL_QUEUES.filter((q) => q.cron).map((q) => ({ name: q.name, cron: q.cron })).sort((a, b) => a.name.localeCompare(b.name)))
    expect(worker.app.get(JobQueue).working).toBe(true)
    expect(api.app.get(JobQueue).working).toBe(false)
    const onApi = vi.spyOn(api.app.get(DeadlineSweeper), 'sweep')
    const onWorker = vi.spyOn(worker.app.get(DeadlineSweeper), 'sweep')
    // three ticks enqueued through the api instance, as pg-boss's cron sends them
    const db = api.app.get<DataSource>(getDataSourceToken())
    const ids: string[] = []
    await db.transaction(async (em) => {
      for (let i = 0; i < 3; i++) await api.app.get(JobQueue).sendWithin(em, QUEUES.appealDeadlines.name, { tick: i })
      ids.push(...(await em.query(`SELECT id FROM pgboss.job WHERE name = $1 AND data ? 'tick'`, [QUEUES.appealDeadlines.name])).map((r: { id: string }) => r.id))
    })
    expect(ids).toHaveLength(3)
    let states: string[] = []
    for (let i = 0; i < 60; i++) {
      states = (await query<{ state: string }>(api.databaseUrl, `SELECT state FROM pgboss.job WHERE id = ANY($1) UNION ALL SELECT state FROM pgboss.archive WHERE id = ANY($1)`, [ids])).map((r) => r.state)
      if (states.length === 3 && states.every((s) => s === 'completed')) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(states).toEqual(['completed', 'completed', 'completed'])
    expect(onWorker.mock.calls.length).toBeGreaterThanOrEqual(3) // the worker's own cron tick may add one
    expect(onApi).not.toHaveBeenCalled()
  }, 60_000)

  it('works a backlog a batch a fetch, and a job that fails is failed alone', async () => {
    // 40 jobs: one a fetch and a 2 s polling interval, as before, took 80 s; in batches of JOB_BATCH, a few seconds
    const delivered: number[] = []
    const deliver = vi.spyOn(worker.app.get(MailQueue), 'deliver').mockImplementation(async (job) => {
      const n = (job as unknown as { n: number }).n
      if (n === 7) throw new Error('this one fails')
      delivered.push(n)
    })
    const db = api.app.get<DataSource>(getDataSourceToken())
    let ids: string[] = []
    await db.transaction(async (em) => {
      await api.app.get(JobQueue).sendManyWithin(em, QUEUES.mail.name, Array.from({ length: 40 }, (_, n) => ({ kind: 'backlog-test', n })))
      ids = (await em.query(`SELECT id FROM pgboss.job WHERE name = 'mail' AND data->>'kind' = 'backlog-test'`)).map((r: { id: string }) => r.id)
    })
    expect(ids).toHaveLength(40)
    const states = () => query<{ state: string; n: number }>(api.databaseUrl, `SELECT state, (data->>'n')::int AS n FROM pgboss.job WHERE id = ANY($1) UNION ALL SELECT state, (data->>'n')::int FROM pgboss.archive WHERE id = ANY($1)`, [ids])
    const started = Date.now()
    let now: { state: string; n: number }[] = []
    while (Date.now() - started < 20_000) {
      now = await states()
      if (now.filter((r) => r.state === 'completed').length === 39) break
      await new Promise((r) => setTimeout(r, 250))
    }
    deliver.mockRestore()
    expect(now.filter((r) => r.state === 'completed')).toHaveLength(39)
    // the failed one waits for its retry (mail retries with back-off), the others were not failed with it
    expect(now.filter((r) => r.state !== 'completed')).toEqual([{ state: 'retry', n: 7 }])
    expect(delivered.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n).filter((n) => n !== 7))
  }, 60_000)

  it('the worker answers only its health over HTTP (everything else 404 in the error shape)', async () => {
    expect((await worker.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200)
    expect((await worker.app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200)
    for (const [method, url] of [['POST', '/api/measures/evaluate'], ['GET', '/api/appeals'], ['GET', '/api/docs'], ['GET', '/api/healthz'], ['GET', '/']] as const) {
      const res = await worker.app.inject({ method, url, ...(method === 'POST' ? { payload: { facts: {} } } : {}) })
      expect(res.statusCode, url).toBe(404)
      expect(res.json(), url).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' })
    }
    expect((await api.app.inject({ method: 'POST', url: '/api/measures/evaluate', payload: { facts: {} } })).statusCode).toBe(200)
  })
})
