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

  describe('§2 a queue for each bureau; the lead waits for the assisting opinion or says why not', () => {
    it('the 工作台 counts of the lead and the assisting bureau, and the lists they open', async () => {
      expect(await counts('bureau-sheitc')).toMatchObject({ toAccept: 1, toAnswer: 0, awaitingOpinion: 0, reopened: 0 })
      expect(await counts('bureau-stcsm')).toMatchObject({ toAccept: 0, toAnswer: 0, awaitingOpinion: 1, reopened: 0 })
      expect(await ids('bureau-sheitc', 'status=dispatched&part=lead')).toEqual([id])
      expect(await ids('bureau-stcsm', 'status=dispatched&part=lead')).toEqual([])
      expect(await ids('bureau-stcsm', 'part=assisting')).toEqual([id])
      expect(await ids('bureau-stcsm', 'awaitingOpinion=true')).toEqual([id])
      expect(await ids('bureau-sheitc', 'awaitingOpinion=true')).toEqual([])
      expect((await call('bureau-stcsm', 'GET', '/api/appeals?part=boss')).statusCode).toBe(400)
      // a coordinator has no bureau: no queue of its own
      expect(await counts('coordinator')).toMatchObject({ toAccept: 0, toAnswer: 0, awaitingOpinion: 0 })
    })

    it('accepted: 待答复; the appeal says whose opinion is awaited', async () => {
      expect((await call('bureau-sheitc', 'POST', `/api/appeals/${id}/accept`)).statusCode).toBe(200)
      expect(await counts('bureau-sheitc')).toMatchObject({ toAccept: 0, toAnswer: 1 })
      expect(await ids('bureau-sheitc', 'status=in_progress&part=lead')).toEqual([id])
      const a = (await call('bureau-sheitc', 'GET', `/api/appeals/${id}`)).json()
      expect(a).toMatchObject({ awaitingOpinionFrom: ['stcsm'], allowedActions: ['return', 'respond', 'message', 'request_extension'] })
    })

    it('an answer shorter than a sentence is refused with its own code', async () => {
      const res = await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: '已处理。', skipAssistingOpinion: true, skipReason: '企业急需' })
      expect(res.statusCode).toBe(400)
      expect(res.json().code).toBe('ANSWER_TOO_SHORT')
    })

    it('the lead cannot answer while the opinion is awaited unless it says so, with a reason', async () => {
      const body = '经核查，贵企业扩建用地可按工业用地弹性年期出让办理，请准备项目备案材料。'
      const waiting = await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body })
      expect(waiting.statusCode).toBe(409)
      expect(waiting.json().code).toBe('ASSISTING_OPINION_AWAITED')
      const noReason = await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body, skipAssistingOpinion: true })
      expect(noReason.statusCode).toBe(400)
      expect(noReason.json().details).toEqual([expect.objectContaining({ field: 'skipReason', code: 'REQUIRED' })])
      expect((await call('bureau-sheitc', 'GET', `/api/appeals/${id}`)).json().status).toBe('in_progress') // nothing changed
      const answered = await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body, skipAssistingOpinion: true, skipReason: '企业下周开工，需尽快答复' })
      expect(answered.statusCode).toBe(200)
      expect(answered.json()).toMatchObject({ status: 'responded', awaitingOpinionFrom: [] })
      const events = (await call('coordinator', 'GET', `/api/appeals/${id}/events`)).json()
      expect(events.at(-1)).toMatchObject({ action: 'respond', note: body, data: { skippedAssisting: ['stcsm'], skipReason: '企业下周开工，需尽快答复' } })
      // the enterprise reads the answer, not the bureaus' reason for not waiting
      const theirs = (await call('enterprise-a', 'GET', `/api/appeals/${id}/events`)).body
      expect(theirs).toContain(body)
      expect(theirs).not.toContain('企业下周开工')
      const told = (await call('bureau-stcsm', 'GET', '/api/notifications')).json().items.filter((n: { appealId: string }) => n.appealId === id)
      expect(told.map((n: { kind: string }) => n.kind)).toContain('opinion_skipped')
      expect(told.find((n: { kind: string }) => n.kind === 'opinion_skipped').data).toMatchObject({ bureau: 'sheitc', reason: '企业下周开工，需尽快答复' })
      expect((await counts('bureau-stcsm')).awaitingOpinion).toBe(0)
    })
  })

  describe('§3 a reopened appeal restarts visibly', () => {
    it('不满意 gives the lead a new answer window, 被退回重办 in its queue, and the enterprise’s reason on the appeal', async () => {
      clock.set('2026-12-14T02:00:00Z') // Monday 10:00
      // 不满意 needs the reason (the field says 必填); nothing changes without it
      const noReason = await call('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: false, rating: 'unsatisfied', comment: '  ' })
      expect(noReason.statusCode).toBe(400)
      expect(noReason.json().details).toEqual([expect.objectContaining({ field: 'comment', code: 'REQUIRED' })])
      expect((await call('enterprise-a', 'GET', `/api/appeals/${id}`)).json().status).toBe('responded')
      const rated = await call('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: false, rating: 'unsatisfied', comment: '没有说明需要哪些备案材料' })
      expect(rated.statusCode).toBe(200)
      // simple: 5 working days after Monday 14 December → Monday 21 December
      expect(rated.json()).toMatchObject({ status: 'in_progress', reopenCount: 1, answerDueAt: '2026-12-21T16:00:00.000Z', reopenReason: '没有说明需要哪些备案材料' })
      expect((await call('bureau-sheitc', 'GET', `/api/appeals/${id}`)).json().reopenReason).toBe('没有说明需要哪些备案材料')
      expect(await counts('bureau-sheitc')).toMatchObject({ reopened: 1, toAnswer: 1 })
      expect(await ids('bureau-sheitc', 'status=in_progress&reopened=true')).toEqual([id])
      // the assisting bureau may still give its opinion: the lead answers again with it, or says again why not
      expect((await call('bureau-sheitc', 'GET', `/api/appeals/${id}`)).json().awaitingOpinionFrom).toEqual(['stcsm'])
    })
  })
})
