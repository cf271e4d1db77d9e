/**
 * What an enterprise may read of its own appeal (issue 20 §4, appeal-note-audience.ts): the
 * coordinator's dispatch note, a bureau's return reason, an extension's reason and the decision's
 * note are the handlers'. The enterprise's appeal, timeline, list, export and notifications contain
 * none of them (searched in the JSON text), while the bureaus and coordinators still read them, and
 * the enterprise still reads the answer and what it wrote itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const NOTES = {
  dispatch: 'DISPATCH-NOTE-first 请市科委牵头',
  returned: 'RETURN-REASON 用地事项应由市规划资源局主办',
  redispatch: 'DISPATCH-NOTE-second 请市经信委主办',
  extension: 'EXTENSION-REASON 需现场核查',
  approval: 'APPROVAL-NOTE 同意延期',
}
const OPEN = { message: 'ENTERPRISE-MESSAGE 请尽快', answer: 'ANSWER-BODY 已按第(四)条办理' }

describe('what an enterprise may read: the handlers’ notes stay theirs', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-10-12T02:00:00Z')) // a Monday
  let id = ''

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    id = (await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: '研发咨询', description: '想了解申报材料' })).json().id
    const steps: [DemoUser, string, object][] = [
      ['coordinator', 'dispatch', { leadBureau: 'stcsm', assistingBureaus: ['sasac'], complexity: 'simple', note: NOTES.dispatch }],
      ['bureau-stcsm', 'return', { reason: NOTES.returned }],
      ['coordinator', 'dispatch', { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple', note: NOTES.redispatch }],
      ['bureau-sheitc', 'accept', {}],
      ['enterprise-a', 'messages', { body: OPEN.message }],
      ['bureau-sheitc', 'extension-requests', { workingDays: 3, reason: NOTES.extension }],
    ]
    for (const [user, action, body] of steps) {
      const res = await call(user, 'POST', `/api/appeals/${id}/${action}`, body)
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
    }
    const requestId = (await call('coordinator', 'GET', `/api/appeals/${id}`)).json().extension.id
    expect((await call('coordinator', 'POST', `/api/appeals/${id}/extension-requests/${requestId}/approve`, { note: NOTES.approval })).statusCode).toBe(200)
  })
  afterAll(async () => t?.close())

  async function call(user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    return t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })
  }
  const text = async (user: DemoUser, url: string) => {
    const res = await call(user, 'GET', url)
    expect(res.statusCode, `${user} ${url}`).toBe(200)
    return res.body
  }
  const hidden = (body: string) => Object.values(NOTES).filter((n) => body.includes(n))

  it('the enterprise’s appeal, timeline, list, export and notifications hold none of the handlers’ notes', async () => {
    for (const url of [`/api/appeals/${id}`, `/api/appeals/${id}/events`, '/api/appeals', '/api/appeals/export?format=csv', '/api/notifications']) {
      expect(hidden(await text('enterprise-a', url)), url).toEqual([])
    }
    const appeal = (await call('enterprise-a', 'GET', `/api/appeals/${id}`)).json()
    expect(appeal.extension).toMatchObject({ status: 'approved', workingDays: 3, reason: null })
  })

  it('the enterprise still sees every step of its timeline (without those notes), its own message and, once given, the answer', async () => {
    const events = (await call('enterprise-a', 'GET', `/api/appeals/${id}/events`)).json() as { action: string; note: string | null }[]
    expect(events.map((e) => e.action)).toEqual(['submit', 'dispatch', 'return', 'dispatch', 'accept', 'message', 'request_extension', 'approve_extension'])
    expect(events.filter((e) => e.action !== 'message').every((e) => e.note === null)).toBe(true)
    expect(events.find((e) => e.action === 'message')!.note).toBe(OPEN.message)
    expect((await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: OPEN.answer, skipAssistingOpinion: true, skipReason: 'SKIP-REASON 企业急需答复' })).statusCode).toBe(200)
    const after = await text('enterprise-a', `/api/appeals/${id}/events`)
    expect(after).toContain(OPEN.answer)
    expect(hidden(after)).toEqual([])
    expect(hidden(await text('enterprise-a', '/api/notifications'))).toEqual([])
  })

  it('the bureaus and coordinators still read them', async () => {
    const coordinator = await text('coordinator', `/api/appeals/${id}/events`)
    expect(hidden(coordinator)).toEqual(Object.values(NOTES))
    const admin = await text('admin', `/api/appeals/${id}/events`)
    expect(hidden(admin)).toEqual(Object.values(NOTES))
    // the lead bureau (after the re-dispatch) and the assisting one (the bureau that returned it)
    for (const bureau of ['bureau-sheitc', 'bureau-stcsm'] as const) {
      expect(hidden(await text(bureau, `/api/appeals/${id}/events`)), bureau).toEqual(Object.values(NOTES))
    }
    expect((await call('coordinator', 'GET', `/api/appeals/${id}`)).json().extension.reason).toBe(NOTES.extension)
    expect((await call('bureau-sheitc', 'GET', `/api/appeals/${id}`)).json().extension.reason).toBe(NOTES.extension)
    // the coordinators' notification of the return carries its reason
    expect(await text('coordinator', '/api/notifications')).toContain(NOTES.returned)
  })
})
