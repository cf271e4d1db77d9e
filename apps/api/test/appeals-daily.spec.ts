import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * Issue 19, the daily work: deadlines that read as their working day and are 即将超期 "today or the
 * next working day" (§1), each bureau's queue and the lead's answer with the assisting opinion
 * awaited (§2), a reopened appeal that restarts visibly (§3). The clock is injected.
 */
describe('appeals: the daily work of bureaus, coordinators and enterprises', () => {
  let t: TestApp
  // Thursday 10 December 2026, 09:00 in Shanghai
  const clock = new FixedClock(new Date('2026-12-10T01:00:00Z'))
  let id = ''

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
  })
  afterAll(async () => t?.close())

  async function call(user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    return t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  }
  const ids = (user: DemoUser, q: string) => call(user, 'GET', `/api/appeals?limit=100&${q}`).then((r) => r.json().items.map((a: { id: string }) => a.id))
  const counts = async (user: DemoUser) => (await call(user, 'GET', '/api/appeals/counts')).json()

  describe('§1 a deadline is a working day; 即将超期 is today or the next working day', () => {
    it('a dispatch on Thursday morning must be accepted by Friday, and is 即将超期 at once (not only after 20:00)', async () => {
      const created = await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'land', title: '用地指标咨询', description: '想了解扩建用地指标的申请条件和材料。' })
      id = created.json().id
      const dispatched = await call('coordinator', 'POST', `/api/appeals/${id}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' })
      expect(dispatched.statusCode).toBe(200)
      // stored as the end of Friday 11 December (Saturday 00:00 in Shanghai)
      expect(dispatched.json()).toMatchObject({ status: 'dispatched', acceptDueAt: '2026-12-11T16:00:00.000Z', dueAt: '2026-12-11T16:00:00.000Z', dueSoon: true, overdue: false })
      expect(await ids('bureau-sheitc', 'dueSoon=true')).toEqual([id])
      expect(await counts('bureau-sheitc')).toMatchObject({ dueSoon: 1, overdue: 0 })
    })

    it('on Wednesday the Friday deadline is not yet 即将超期; on Friday evening it still is; on Saturday it is overdue', async () => {
      clock.set('2026-12-09T01:00:00Z') // Wednesday 09:00
      expect(await ids('bureau-sheitc', 'dueSoon=true')).toEqual([])
      expect((await counts('bureau-sheitc')).dueSoon).toBe(0)
      clock.set('2026-12-11T12:00:00Z') // Friday 20:00
      expect((await counts('bureau-sheitc')).dueSoon).toBe(1)
      clock.set('2026-12-12T01:00:00Z') // Saturday 09:00
      expect(await counts('bureau-sheitc')).toMatchObject({ dueSoon: 0, overdue: 1 })
      clock.set('2026-12-10T01:00:00Z')
    })

    it('the window is the deadline policy’s, in working days (0 = today only)', async () => {
      const policy = (await call('admin', 'GET', '/api/admin/deadline-policy')).json()
      expect(policy).toMatchObject({ dueSoonDays: 1, defaults: { dueSoonDays: 1 } })
      const set = await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 0, version: policy.version })
      expect(set.json()).toMatchObject({ dueSoonDays: 0 })
      expect((await counts('bureau-sheitc')).dueSoon).toBe(0)
      // a client that leaves it out keeps it as it is
      const kept = await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 0, version: set.json().version })
      expect(kept.json().dueSoonDays).toBe(0)
      const back = await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, version: kept.json().version })
      expect(back.json().dueSoonDays).toBe(0)
      const reset = await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 1, version: back.json().version })
      expect(reset.json().dueSoonDays).toBe(1)
      expect((await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 11, version: reset.json().version })).statusCode).toBe(400)
      expect((await counts('bureau-sheitc')).dueSoon).toBe(1)
    })
  })
})
