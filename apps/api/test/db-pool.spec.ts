import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeadlineSweeper } from '../src/appeals/deadline-sweeper.js'
import { CalendarService } from '../src/calendar/calendar.service.js'
import { FixedClock } from '../src/common/clock.js'
import { DeadlinePolicyService } from '../src/deadline-policy/deadline-policy.service.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const A = '91310115MA1K4C7L8X' // enterprise-a

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
const caller = (t: () => TestApp) => async (user: DemoUser, method: Method, url: string, payload?: object, headers: Record<string, string> = {}) =>
  t().app.inject({ method, url, headers: { ...(await authHeader(user)), ...headers }, ...(payload ? { payload } : {}) })

/** Empties the per-process caches whose misses once borrowed a second connection inside a transaction. */
function coldCaches(t: TestApp): void {
  t.app.get(CalendarService).invalidate()
  t.app.get(DeadlinePolicyService).invalidate()
}

const profile = { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } }
const appealBody = (n: number) => ({ categoryCode: 'rnd', title: `研发补助咨询 ${n}`, description: '想了解申报材料。' })
const dispatchBody = { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' }

describe('no connection starvation: a transaction never waits for a second pooled connection', () => {
  describe('DB_POOL_MAX=2: a burst of appeal actions with cold caches', () => {
    let t: TestApp
    const call = caller(() => t)
    beforeAll(async () => {
      t = await startTestApp({ DB_POOL_MAX: '2', DB_POOL_WAIT_MS: '3000' }, { clock: new FixedClock(new Date('2026-09-29T02:00:00Z')) })
      await call('enterprise-a', 'PUT', '/api/enterprises/me', profile)
    })
    afterAll(async () => t?.close())

    it('10 submissions and 10 dispatches at once all complete', async () => {
      const waiting: string[] = []
      for (let i = 0; i < 10; i++) waiting.push((await call('enterprise-a', 'POST', '/api/appeals', appealBody(i))).json().id)
      coldCaches(t)
      const results = await Promise.all([
        ...Array.from({ length: 10 }, (_, i) => call('enterprise-a', 'POST', '/api/appeals', appealBody(100 + i), { 'idempotency-key': `burst-${i}-0123456789` })),
        ...waiting.map((id) => call('coordinator', 'POST', `/api/appeals/${id}/dispatch`, dispatchBody)),
      ])
      expect(results.map((r) => r.statusCode)).toEqual([...Array(10).fill(201), ...Array(10).fill(200)])
      for (const r of results.slice(10)) expect(r.json()).toMatchObject({ status: 'dispatched', acceptDueAt: '2026-09-30T16:00:00.000Z' })
    })
  })

  describe('DB_POOL_MAX=1: every step of the transactional paths, each with cold caches', () => {
    let t: TestApp
    const clock = new FixedClock(new Date('2026-09-29T02:00:00Z'))
    const call = caller(() => t)
    /** One step: cold caches, then the request; it must succeed (a nested borrow would wait DB_POOL_WAIT_MS and answer 503). */
    const step = async (user: DemoUser, method: Method, url: string, payload?: object) => {
      coldCaches(t)
      const res = await call(user, method, url, payload)
      expect(res.statusCode, `${user} ${method} ${url}: ${res.body}`).toBeLessThan(300)
      return res.json()
    }
    beforeAll(async () => {
      t = await startTestApp({ DB_POOL_MAX: '1', DB_POOL_WAIT_MS: '1000' }, { clock })
    })
    afterAll(async () => t?.close())

    it("an appeal's whole life: submit, dispatch, opinion, accept, extension, respond, reopen, respond, close", async () => {
      await step('enterprise-a', 'PUT', '/api/enterprises/me', profile)
      const { id } = await step('enterprise-a', 'POST', '/api/appeals', appealBody(1))
      await step('coordinator', 'POST', `/api/appeals/${id}/dispatch`, dispatchBody)
      await step('bureau-stcsm', 'POST', `/api/appeals/${id}/opinions`, { body: '建议准备研发投入证明。' })
      await step('bureau-sheitc', 'POST', `/api/appeals/${id}/accept`)
      const requested = await step('bureau-sheitc', 'POST', `/api/appeals/${id}/extension-requests`, { workingDays: 2, reason: '需现场核查' })
      await step('coordinator', 'POST', `/api/appeals/${id}/extension-requests/${requested.extension.id}/approve`)
      await step('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: '请于月底前提交材料。' })
      await step('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: false, rating: 'unsatisfied', comment: '没有材料清单' })
      await step('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: '材料清单：研发投入专项审计报告、立项文件。' })
      expect(await step('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: true, rating: 'satisfied' })).toMatchObject({ status: 'closed' })
    })

    it('a return and a withdrawal', async () => {
      const returned = await step('enterprise-a', 'POST', '/api/appeals', appealBody(2))
      await step('coordinator', 'POST', `/api/appeals/${returned.id}/dispatch`, dispatchBody)
      await step('bureau-sheitc', 'POST', `/api/appeals/${returned.id}/return`, { reason: '应由市科委主办' })
      const withdrawn = await step('enterprise-a', 'POST', '/api/appeals', appealBody(3))
      await step('enterprise-a', 'POST', `/api/appeals/${withdrawn.id}/withdraw`, { note: '已解决' })
    })

    it('the deadline sweep: overdue flags and auto-closing, each under its row lock', async () => {
      const late = await step('enterprise-a', 'POST', '/api/appeals', appealBody(4))
      await step('coordinator', 'POST', `/api/appeals/${late.id}/dispatch`, dispatchBody)
      const rated = await step('enterprise-a', 'POST', '/api/appeals', appealBody(5))
      await step('coordinator', 'POST', `/api/appeals/${rated.id}/dispatch`, dispatchBody)
      await step('bureau-sheitc', 'POST', `/api/appeals/${rated.id}/accept`)
      await step('bureau-sheitc', 'POST', `/api/appeals/${rated.id}/respond`, { body: '已答复，请按通知准备申报材料。', skipAssistingOpinion: true, skipReason: '政策口径明确，无需协办意见' })
      clock.set('2026-11-30T02:00:00Z') // long past every deadline
      coldCaches(t)
      const swept = await t.app.get(DeadlineSweeper).sweep()
      expect(swept.overdue).toBeGreaterThanOrEqual(1)
      expect(swept.closed).toBeGreaterThanOrEqual(1)
      clock.set('2026-09-29T02:00:00Z')
    })

    it('a notice: create, publish, register, withdraw, edit, cancel', async () => {
      const notice = await step('association-ic', 'POST', '/api/notices', {
        title: '研发政策解读会', body: '议程', kind: 'policy_interpretation', startsAt: '2026-10-20T09:00:00+08:00', endsAt: '2026-10-20T11:00:00+08:00',
        venue: '张江科学会堂', capacity: 5, attendeeLimit: 2, registrationDeadline: '2026-10-19T18:00:00+08:00', audience: { industries: ['integrated-circuits'] },
      })
      await step('association-ic', 'POST', `/api/notices/${notice.id}/publish`)
      expect(await step('enterprise-a', 'POST', `/api/notices/${notice.id}/registrations`, { contactName: '张三', contactPhone: '13800000000', attendees: 2 })).toMatchObject({ status: 'registered' })
      await step('enterprise-a', 'DELETE', `/api/notices/${notice.id}/registrations/me`)
      await step('association-ic', 'PATCH', `/api/notices/${notice.id}`, { capacity: 3 })
      await step('association-ic', 'POST', `/api/notices/${notice.id}/cancel`, { reason: '改期' })
    })
  })
})

describe('a bounded wait for a pooled connection', () => {
  let t: TestApp
  const call = caller(() => t)
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_MAX: '1', DB_POOL_WAIT_MS: '1000', RATE_LIMIT: 'false' })
    await call('enterprise-a', 'PUT', '/api/enterprises/me', profile)
  })
  afterAll(async () => t?.close())

  it('a request that gets no connection within DB_POOL_WAIT_MS answers 503 BUSY with Retry-After; the pool recovers', async () => {
    const locker = new pg.Client({ connectionString: t.databaseUrl })
    await locker.connect()
    try {
      await locker.query('BEGIN')
      await locker.query('SELECT 1 FROM enterprises WHERE uscc = $1 FOR UPDATE', [A])
      // this request takes the pool's one connection and waits on the row lock
      const held = call('enterprise-a', 'PUT', '/api/enterprises/me', { ...profile, facts: { ...profile.facts, revenue: 1 } })
      for (let i = 0; ; i++) {
        const { rows } = await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'servicepack-api' AND wait_event_type = 'Lock'`)
        if (rows[0].n === 1) break
        if (i > 200) throw new Error('the request never waited on the lock')
        await new Promise((r) => setTimeout(r, 25))
      }
      const busy = await call('enterprise-a', 'GET', '/api/enterprises/me')
      expect(busy.statusCode).toBe(503)
      expect(busy.headers['retry-after']).toBe('2')
      expect(busy.json()).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'BUSY', correlationId: expect.any(String) })
      await locker.query('COMMIT')
      expect((await held).statusCode).toBe(200)
    } finally {
      await locker.end()
    }
    expect((await call('enterprise-a', 'GET', '/api/enterprises/me')).json().facts).toMatchObject({ revenue: 1 })
  })
})
