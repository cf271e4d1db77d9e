import { readdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const A = '91310115MA1K4C7L8X'

describe('appeals: the whole path through the API', () => {
  let t: TestApp
  // Tuesday 29 September 2026, 10:00 in Shanghai: National Day (1–7 October) lies ahead.
  const clock = new FixedClock(new Date('2026-09-29T02:00:00Z'))
  let id = ''

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong', basicResearchInvestment: 60_000_000 } })
    await call('enterprise-b', 'GET', '/api/enterprises/me')
  })
  afterAll(async () => t?.close())

  async function call(user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) {
    return t.app.inject({ method, url, headers: { ...(await authHeader(user)), ...headers }, ...(payload ? { payload } : {}) })
  }
  const appeal = async (user: DemoUser) => (await call(user, 'GET', `/api/appeals/${id}`)).json()
  const notifications = async (user: DemoUser) => (await call(user, 'GET', '/api/notifications')).json() as { items: { kind: string; appealId: string }[]; unread: number }
  const kindsFor = async (user: DemoUser) => (await notifications(user)).items.filter((n) => n.appealId === id).map((n) => n.kind).reverse()

  it('an enterprise submits about a measure; the same Idempotency-Key twice makes one appeal', async () => {
    const body = { categoryCode: 'rnd', title: '基础研究补助申报咨询', description: '我们今年基础研究投入6000万元，想了解申报材料。', measureId: 'basic-research' }
    const first = await call('enterprise-a', 'POST', '/api/appeals', body, { 'idempotency-key': 'intake-0001-abcdef' })
    expect(first.statusCode).toBe(201)
    const again = await call('enterprise-a', 'POST', '/api/appeals', body, { 'idempotency-key': 'intake-0001-abcdef' })
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(first.json().id)
    id = first.json().id
    expect(first.json()).toMatchObject({
      number: expect.stringMatching(/^SQ-2026-\d{6}$/),
      status: 'submitted',
      enterpriseUscc: A,
      enterpriseName: '上海芯联微电子有限公司',
      allowedActions: ['withdraw', 'message'],
      snapshot: { asOf: '2026-09-29', evaluation: { measureId: 'basic-research', status: 'eligible', amount: { min: 5_000_000, max: 5_000_000 } }, facts: { basicResearchInvestment: 60_000_000 } },
    })
    expect((await call('enterprise-a', 'GET', '/api/appeals')).json().items.map((a: { id: string }) => a.id)).toEqual([id])
    const reused = await call('enterprise-a', 'POST', '/api/appeals', { ...body, title: '另一件事' }, { 'idempotency-key': 'intake-0001-abcdef' })
    expect(reused.statusCode).toBe(409)
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('concurrent submissions with one key still make one appeal', async () => {
    const body = { categoryCode: 'labour', title: '用工招聘', description: '招聘困难' }
    const results = await Promise.all([1, 2, 3].map(() => call('enterprise-b', 'POST', '/api/appeals', body, { 'idempotency-key': 'intake-race-123456' })))
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201])
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1)
  })

  it('the coordinator sees it to dispatch, with the routing suggestion of its measure', async () => {
    const coordinator = await appeal('coordinator')
    expect(coordinator.allowedActions).toEqual(['dispatch', 'message'])
    // basic-research names 市科委 first, then 市经济信息化委, 市国资委, 市商务委
    expect(coordinator.suggestedRouting).toEqual({ lead: 'stcsm', assisting: ['sheitc', 'sasac', 'commerce'] })
    expect((await call('coordinator', 'GET', '/api/appeals/counts')).json()).toMatchObject({ submitted: 2 })
  })

  it('two coordinators dispatching at once: exactly one succeeds', async () => {
    const body = { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' }
    const results = await Promise.all([call('coordinator', 'POST', `/api/appeals/${id}/dispatch`, body), call('coordinator', 'POST', `/api/appeals/${id}/dispatch`, body)])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('INVALID_TRANSITION')
    const dispatched = await appeal('coordinator')
    // accept by the end of the next working day (8 October, after National Day); answer within 5 (12 October, counting the 调休 Saturday)
    expect(dispatched).toMatchObject({ status: 'dispatched', leadBureau: 'sheitc', assistingBureaus: ['stcsm'], acceptDueAt: '2026-09-30T16:00:00.000Z', answerDueAt: '2026-10-12T16:00:00.000Z' })
    const events = (await call('coordinator', 'GET', `/api/appeals/${id}/events`)).json()
    expect(events.filter((e: { action: string }) => e.action === 'dispatch')).toHaveLength(1)
  })

  it('another bureau and another enterprise get 404 and see it in no list', async () => {
    for (const user of ['bureau-planning', 'enterprise-b'] as const) {
      const res = await call(user, 'GET', `/api/appeals/${id}`)
      expect(res.statusCode, user).toBe(404)
      expect(res.json().code).toBe('APPEAL_NOT_FOUND')
      expect((await call(user, 'GET', `/api/appeals/${id}/events`)).statusCode).toBe(404)
      expect((await call(user, 'POST', `/api/appeals/${id}/messages`, { body: 'hi' })).statusCode).toBe(404)
      const list = (await call(user, 'GET', '/api/appeals?limit=100')).json()
      expect(list.items.map((a: { id: string }) => a.id)).not.toContain(id)
    }
    expect((await call('bureau-planning', 'GET', '/api/appeals/counts')).json()).toMatchObject({ dispatched: 0, submitted: 0 })
    expect((await call('association-ic', 'GET', '/api/appeals')).json().items).toEqual([])
  })

  it('the wrong party is refused with 403, the wrong moment with 409, and nothing changes', async () => {
    const before = await appeal('coordinator')
    expect((await call('bureau-stcsm', 'POST', `/api/appeals/${id}/accept`)).statusCode).toBe(403) // assisting, not lead
    expect((await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: '请于10月底前提交申报材料。' })).statusCode).toBe(409) // not accepted yet
    expect((await call('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: true, rating: 'satisfied' })).statusCode).toBe(409)
    expect((await call('enterprise-a', 'POST', `/api/appeals/${id}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: [], complexity: 'simple' })).statusCode).toBe(403) // route is coordinators'
    expect(await appeal('coordinator')).toEqual(before)
  })

  it('the assisting bureau adds an opinion; the lead sees it, accepts and answers', async () => {
    expect((await appeal('bureau-stcsm')).allowedActions).toEqual(['opinion', 'message'])
    expect((await call('bureau-stcsm', 'POST', `/api/appeals/${id}/opinions`, { body: '建议按第(四)条准备基础研究投入证明。' })).statusCode).toBe(200)
    expect((await appeal('bureau-sheitc')).allowedActions).toEqual(['accept', 'return', 'message'])
    clock.set('2026-09-30T01:00:00Z')
    expect((await call('bureau-sheitc', 'POST', `/api/appeals/${id}/accept`)).json()).toMatchObject({ status: 'in_progress', acceptedAt: '2026-09-30T01:00:00.000Z' })
    const events = (await call('bureau-sheitc', 'GET', `/api/appeals/${id}/events`)).json()
    expect(events.map((e: { action: string }) => e.action)).toEqual(['submit', 'dispatch', 'opinion', 'accept'])
    expect(events[2]).toMatchObject({ party: 'assisting', actorBureau: 'stcsm', note: '建议按第(四)条准备基础研究投入证明。' })
    clock.set('2026-10-08T03:00:00Z')
    const answered = (await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: '请于10月底前提交申报材料。' })).json()
    expect(answered).toMatchObject({ status: 'responded', respondedAt: '2026-10-08T03:00:00.000Z' })
  })

  it('the enterprise rates 不满意: reopened and back to the lead; answered again; 满意 closes it', async () => {
    expect((await appeal('enterprise-a')).allowedActions).toEqual(['rate', 'message'])
    const reopened = (await call('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: false, rating: 'unsatisfied', comment: '没有说明材料清单' })).json()
    expect(reopened).toMatchObject({ status: 'in_progress', reopenCount: 1, rating: 'unsatisfied', resolved: false })
    expect((await appeal('bureau-sheitc')).allowedActions).toContain('respond')
    await call('bureau-sheitc', 'POST', `/api/appeals/${id}/respond`, { body: '材料清单：营业执照、投入证明、审计报告。' })
    const closed = (await call('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved: true, rating: 'satisfied' })).json()
    expect(closed).toMatchObject({ status: 'closed', reopenCount: 1, rating: 'satisfied', resolved: true, allowedActions: [] })
    const events = (await call('coordinator', 'GET', `/api/appeals/${id}/events`)).json()
    expect(events.map((e: { action: string; toStatus: string }) => `${e.action}→${e.toStatus}`)).toEqual([
      'submit→submitted', 'dispatch→dispatched', 'opinion→dispatched', 'accept→in_progress', 'respond→responded', 'rate→in_progress', 'respond→responded', 'rate→closed',
    ])
    // the bureaus' opinions to each other are not the enterprise's to read
    const theirs = (await call('enterprise-a', 'GET', `/api/appeals/${id}/events`)).json()
    expect(theirs.map((e: { action: string }) => e.action)).toEqual(['submit', 'dispatch', 'accept', 'respond', 'rate', 'respond', 'rate'])
  })

  it('each party was notified of what concerns it', async () => {
    expect(await kindsFor('coordinator')).toEqual(['submitted', 'reopened', 'rated'])
    expect(await kindsFor('bureau-sheitc')).toEqual(['dispatched', 'opinion', 'reopened', 'rated'])
    expect(await kindsFor('bureau-stcsm')).toEqual(['assisting'])
    expect(await kindsFor('enterprise-a')).toEqual(['dispatched', 'accepted', 'responded', 'responded'])
    expect(await kindsFor('bureau-planning')).toEqual([])
    expect(await kindsFor('enterprise-b')).toEqual([])
  })

  it('notifications are read one by one or all at once; others’ are 404', async () => {
    const before = await notifications('enterprise-a')
    const first = before.items[0]!
    expect((await call('enterprise-a', 'POST', `/api/notifications/${(first as unknown as { id: string }).id}/read`)).statusCode).toBe(204)
    expect((await notifications('enterprise-a')).unread).toBe(before.unread - 1)
    expect((await call('enterprise-b', 'POST', `/api/notifications/${(first as unknown as { id: string }).id}/read`)).statusCode).toBe(404)
    expect((await call('enterprise-a', 'POST', '/api/notifications/read-all')).statusCode).toBe(204)
    expect((await notifications('enterprise-a')).unread).toBe(0)
  })

  it('a lead bureau returns an appeal with a reason; the coordinator re-dispatches it', async () => {
    const created = (await call('enterprise-b', 'POST', '/api/appeals', { categoryCode: 'land', title: '厂房扩建用地', description: '需要扩建用地' })).json()
    expect(created.suggestedRouting).toEqual({ lead: 'planning', assisting: ['sheitc'] }) // enterprise-b's district is unknown here
    await call('coordinator', 'POST', `/api/appeals/${created.id}/dispatch`, { leadBureau: 'stcsm', assistingBureaus: [], complexity: 'complex' })
    expect((await call('bureau-stcsm', 'POST', `/api/appeals/${created.id}/return`, {})).statusCode).toBe(400) // reason required
    const returned = (await call('bureau-stcsm', 'POST', `/api/appeals/${created.id}/return`, { reason: '用地事项应由市规划资源局主办' })).json()
    expect(returned).toMatchObject({ status: 'submitted', leadBureau: null, returnCount: 1 })
    expect((await call('bureau-stcsm', 'GET', `/api/appeals/${created.id}`)).statusCode).toBe(404)
    expect((await call('coordinator', 'GET', '/api/notifications')).json().items[0]).toMatchObject({ kind: 'returned', appealId: created.id })
    const again = (await call('coordinator', 'POST', `/api/appeals/${created.id}/dispatch`, { leadBureau: 'planning', assistingBureaus: ['sheitc', 'gov-pudong'], complexity: 'complex' })).json()
    expect(again).toMatchObject({ status: 'dispatched', leadBureau: 'planning' })
    expect((await call('bureau-planning', 'GET', `/api/appeals/${created.id}`)).statusCode).toBe(200)
  })

  it('an extension: the lead asks for N working days, the coordinator approves, the deadline moves', async () => {
    const created = (await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'energy-saving', title: '节能改造', description: '改造咨询' })).json()
    clock.set('2026-10-12T02:00:00Z') // Monday
    await call('coordinator', 'POST', `/api/appeals/${created.id}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: [], complexity: 'simple' })
    await call('bureau-sheitc', 'POST', `/api/appeals/${created.id}/accept`)
    const requested = (await call('bureau-sheitc', 'POST', `/api/appeals/${created.id}/extension-requests`, { workingDays: 3, reason: '需现场核查' })).json()
    expect(requested).toMatchObject({ pendingExtension: true, answerDueAt: '2026-10-19T16:00:00.000Z', extension: { status: 'pending', workingDays: 3 } })
    expect(requested.allowedActions).toEqual(['message']) // no answer or return while the request waits
    expect((await call('bureau-sheitc', 'POST', `/api/appeals/${created.id}/extension-requests`, { workingDays: 2, reason: 'again' })).statusCode).toBe(409)
    expect((await call('coordinator', 'GET', '/api/appeals?pendingExtension=true')).json().items.map((a: { id: string }) => a.id)).toEqual([created.id])
    const approved = (await call('coordinator', 'POST', `/api/appeals/${created.id}/extension-requests/${requested.extension.id}/approve`)).json()
    expect(approved).toMatchObject({ pendingExtension: false, answerDueAt: '2026-10-22T16:00:00.000Z', extension: { status: 'approved', decidedBy: 'coordinator' } })
    expect((await call('coordinator', 'POST', `/api/appeals/${created.id}/extension-requests/${requested.extension.id}/refuse`)).statusCode).toBe(409)
  })

  it('the enterprise withdraws before a response; not after', async () => {
    const created = (await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'other', title: '其他', description: '说明' })).json()
    expect((await call('enterprise-a', 'POST', `/api/appeals/${created.id}/withdraw`, { note: '已自行解决' })).json()).toMatchObject({ status: 'withdrawn', allowedActions: [] })
    expect((await call('enterprise-a', 'POST', `/api/appeals/${created.id}/withdraw`)).statusCode).toBe(409)
  })

  it('lists filter, sort and page by keyset; overdue follows the clock', async () => {
    const all = (await call('coordinator', 'GET', '/api/appeals?limit=2')).json()
    expect(all.items).toHaveLength(2)
    const rest = (await call('coordinator', 'GET', `/api/appeals?limit=100&cursor=${all.nextCursor}`)).json()
    const everything = (await call('coordinator', 'GET', '/api/appeals?limit=100')).json()
    expect([...all.items, ...rest.items].map((a: { id: string }) => a.id)).toEqual(everything.items.map((a: { id: string }) => a.id))
    expect(rest.nextCursor).toBeNull()
    expect((await call('coordinator', 'GET', '/api/appeals?status=closed')).json().items.map((a: { id: string }) => a.id)).toEqual([id])
    expect((await call('coordinator', 'GET', '/api/appeals?q=扩建')).json().items).toHaveLength(1)
    expect((await call('coordinator', 'GET', '/api/appeals?cursor=bogus')).statusCode).toBe(400)
    // the 三率 drill-down: lead bureau, district, dispatch dates (Shanghai), rating, reopened
    const ids = (q: string) => call('coordinator', 'GET', `/api/appeals?limit=100&${q}`).then((r) => r.json().items.map((a: { id: string }) => a.id))
    expect(await ids('lead=sheitc&dispatchedFrom=2026-09-29&dispatchedTo=2026-09-29&district=pudong')).toEqual([id])
    expect(await ids('lead=sheitc&dispatchedFrom=2026-09-30&dispatchedTo=2026-09-30')).toEqual([])
    expect(await ids('reopened=true')).toEqual([id])
    expect(await ids('rating=satisfied')).toEqual([id])
    expect((await call('coordinator', 'GET', '/api/appeals?dispatchedFrom=yesterday')).statusCode).toBe(400)
    clock.set('2026-12-20T02:00:00Z') // long after every deadline
    const overdue = (await call('coordinator', 'GET', '/api/appeals?overdue=true')).json().items
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.every((a: { overdue: boolean; status: string }) => a.overdue && ['dispatched', 'in_progress'].includes(a.status))).toBe(true)
    expect((await call('coordinator', 'GET', '/api/appeals/counts')).json().overdue).toBe(overdue.length)
  })

  it('attachments: checked by content, ≤ 5 per appeal, ≤ 10 MB, downloaded only by those who see the appeal', async () => {
    const created = (await call('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: '附件测试', description: '说明' })).json()
    const upload = async (user: DemoUser, fileName: string, bytes: Buffer) => {
      const boundary = '----servicepack' + Math.random().toString(16).slice(2)
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      return t.app.inject({ method: 'POST', url: `/api/appeals/${created.id}/attachments`, headers: { ...(await authHeader(user)), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
    }
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
    const stored = async () => (await readdir(t.env.ATTACHMENTS_DIR!, { recursive: true })).filter((f) => f.includes('-')).length
    const res = await upload('enterprise-a', '申报材料.pdf', pdf)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ fileName: '申报材料.pdf', contentType: 'application/pdf', size: pdf.length, uploadedBy: 'enterprise-a' })
    const attachmentId = res.json().id
    const exe = await upload('enterprise-a', 'invoice.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096)]))
    expect(exe.statusCode).toBe(400)
    expect(exe.json()).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'file', code: 'NOT_ALLOWED' }] })
    expect(await stored()).toBe(1)
    expect((await upload('enterprise-b', 'x.pdf', pdf)).statusCode).toBe(404)
    const big = await upload('enterprise-a', 'big.pdf', Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]))
    expect(big.statusCode).toBe(413)
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE')
    for (let i = 0; i < 4; i++) expect((await upload('coordinator', `第${i}页.pdf`, pdf)).statusCode).toBe(201)
    const sixth = await upload('enterprise-a', 'six.pdf', pdf)
    expect(sixth.statusCode).toBe(409)
    expect(await stored()).toBe(5)
    const download = await call('coordinator', 'GET', `/api/appeals/${created.id}/attachments/${attachmentId}`)
    expect(download.statusCode).toBe(200)
    expect(download.rawPayload.equals(pdf)).toBe(true)
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename=".*"; filename\*=UTF-8''%E7%94%B3/)
    expect(download.headers['x-content-type-options']).toBe('nosniff')
    expect(download.headers['content-type']).toBe('application/pdf')
    for (const user of ['enterprise-b', 'bureau-planning'] as const) {
      expect((await call(user, 'GET', `/api/appeals/${created.id}/attachments/${attachmentId}`)).statusCode).toBe(404)
    }
    expect((await appeal('enterprise-a')).attachments).toBeDefined()
    const detail = (await call('enterprise-a', 'GET', `/api/appeals/${created.id}`)).json()
    expect(detail.attachments).toHaveLength(5)
    const events = (await call('enterprise-a', 'GET', `/api/appeals/${created.id}/events`)).json()
    expect(events.filter((e: { action: string }) => e.action === 'attach')).toHaveLength(5)
  })

  it('the timeline is append-only in the database itself', async () => {
    const pg = await import('pg')
    const client = new pg.default.Client({ connectionString: t.databaseUrl })
    await client.connect()
    try {
      await expect(client.query(`UPDATE appeal_events SET note = 'rewritten'`)).rejects.toThrow(/append-only/)
      await expect(client.query(`DELETE FROM appeal_events`)).rejects.toThrow(/append-only/)
    } finally {
      await client.end()
    }
  })
})
