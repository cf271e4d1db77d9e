import getPort from 'get-port'
import { MailDev } from 'maildev'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeadlineSweeper } from '../src/appeals/deadline-sweeper.js'
import { FixedClock } from '../src/common/clock.js'
import { createTestDatabase, startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}

describe('deadline jobs with two API instances on one database', () => {
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

describe('mail copies through the job queue (pg-boss) and a real SMTP server (maildev)', () => {
  let t: TestApp
  let maildev: MailDev
  let web = 0

  beforeAll(async () => {
    const smtp = await getPort()
    web = await getPort()
    maildev = new MailDev({ smtp, web, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true } as never)
    await maildev.start()
    t = await startTestApp({ RATE_LIMIT: 'false', JOBS: 'true', SMTP_URL: `smtp://127.0.0.1:${smtp}` })
  }, 60_000)
  afterAll(async () => {
    await t?.close()
    await maildev?.stop()
  })

  it('mails the people behind an audience who have signed in, in Chinese and English, without blocking the request', async () => {
    // the coordinator signs in once (the directory learns their e-mail), then an enterprise submits
    await t.app.inject({ method: 'GET', url: '/api/appeals', headers: await authHeader('coordinator') })
    await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: await authHeader('enterprise-a') })
    const started = Date.now()
    const res = await t.app.inject({ method: 'POST', url: '/api/appeals', headers: await authHeader('enterprise-a'), payload: { categoryCode: 'other', title: '测试邮件', description: '说明' } })
    expect(res.statusCode).toBe(201)
    expect(Date.now() - started).toBeLessThan(5_000)
    let mails: { subject: string; text: string; to: { address: string }[] }[] = []
    for (let i = 0; i < 60 && mails.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500))
      mails = (await (await fetch(`http://127.0.0.1:${web}/api/email`)).json()) as typeof mails
    }
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('新诉求待派单')
    expect(mails[0]!.text).toContain('A new appeal waits for dispatch')
    expect(mails[0]!.text).toContain(`/appeals/${res.json().id}`)
  }, 60_000)
})
