import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { signedIn } from './helpers/directory.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * 政策问答 through the API: a bureau proposes a public answer from an appeal it answered (refused
 * while it names the enterprise), a coordinator approves it with an edit, anyone finds it by a
 * colloquial query, the enterprise is told; withdrawn and superseded answers are kept.
 */
describe('政策问答: propose, approve, find, withdraw, supersede', () => {
  let t: TestApp
  const call = async (user: DemoUser | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user ? await authHeader(user) : {}, ...(payload ? { payload } : {}) })
  const ok = async (user: DemoUser | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await call(user, method, url, payload)
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300)
    return res.body ? res.json() : undefined
  }
  let appeal: string
  let answer: string
  const clean = { question: '首台套装备卖给外地用户能申请支持吗？', answer: '可以。本市企业研制的首台(套)装备首次销售给外省市用户的同样适用，按合同金额的30%支持，最高2000万元。', measureId: 'first-set-equipment', categoryCode: 'first-set' }

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    await signedIn(t.app, ['enterprise-a', 'coordinator', 'bureau-sheitc', 'bureau-stcsm'])
    await ok('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', contactName: '张伟', contactPhone: '021-50801234', facts: { industry: 'integrated-circuits' } })
    appeal = (await ok('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'first-set', measureId: 'first-set-equipment', title: '芯联的首台套卖到外地能申请吗', description: '我司设备销往江苏', contactName: '张伟', contactPhone: '13912345678' })).id
    await ok('coordinator', 'POST', `/api/appeals/${appeal}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: [], complexity: 'simple' })
    await ok('bureau-sheitc', 'POST', `/api/appeals/${appeal}/accept`)
  })
  afterAll(async () => t?.close())

  it('refuses a proposal before the appeal is answered, and from a bureau that does not lead it', async () => {
    expect((await call('bureau-sheitc', 'POST', '/api/answers', { ...clean, appealId: appeal })).json()).toMatchObject({ code: 'APPEAL_NOT_ANSWERED' })
    await ok('bureau-sheitc', 'POST', `/api/appeals/${appeal}/respond`, { body: '答复：芯联公司张伟您好，首台(套)销往外省市用户同样适用，请按指南申报。' })
    const other = await call('bureau-stcsm', 'POST', '/api/answers', { ...clean, appealId: appeal })
    expect([other.statusCode, other.json().code]).toEqual([404, 'APPEAL_NOT_FOUND'])
  })

  it("drafts from the appeal with what names the enterprise flagged, and refuses a proposal that names it", async () => {
    const draft = await ok('bureau-sheitc', 'GET', `/api/answers/drafts/${appeal}`)
    expect(draft.question).toBe('芯联的首台套卖到外地能申请吗')
    expect(draft.flags).toEqual(expect.arrayContaining(['enterprise_name: 芯联', 'contact_name: 张伟']))
    const res = await call('bureau-sheitc', 'POST', '/api/answers', { ...clean, question: draft.question, answer: `${clean.answer}联系13912345678`, appealId: appeal })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('ANSWER_IDENTIFIES_ENTERPRISE')
    expect(res.json().details.map((d: { field: string; messages: string[] }) => `${d.field} ${d.messages[0]}`)).toEqual(expect.arrayContaining(['question enterprise_name: 芯联', 'answer contact_phone: 13912345678']))
    expect((await ok('coordinator', 'GET', '/api/answers/review')).items).toEqual([])
  })

  it('a clean proposal waits in the review queue, unpublished', async () => {
    answer = (await ok('bureau-sheitc', 'POST', '/api/answers', { ...clean, appealId: appeal })).id
    expect((await ok('coordinator', 'GET', '/api/answers/review')).items.map((a: { id: string }) => a.id)).toEqual([answer])
    expect((await ok('bureau-sheitc', 'GET', '/api/answers/review')).items).toHaveLength(1)
    expect((await ok('bureau-stcsm', 'GET', '/api/answers/review')).items).toHaveLength(0)
    expect((await call(null, 'GET', `/api/answers/${answer}`)).json().code).toBe('ANSWER_NOT_FOUND')
    expect((await ok(null, 'GET', '/api/answers?q=首台套外地')).total).toBe(0)
  })

  it('the coordinator approves it with an edit; anyone finds it by a colloquial query, with its bureau, date and citation; the enterprise is told', async () => {
    const edit = await call('coordinator', 'POST', `/api/answers/${answer}/approve`, { answer: `${clean.answer}请张伟准备合同。` })
    expect(edit.json().code).toBe('ANSWER_IDENTIFIES_ENTERPRISE')
    const approved = await ok('coordinator', 'POST', `/api/answers/${answer}/approve`, { question: '首台套设备卖给外地客户还能申请支持吗？' })
    expect(approved).toMatchObject({ status: 'approved', bureau: 'sheitc', bureauName: '市经济信息化委', measureId: 'first-set-equipment', category: 'first-set' })
    expect(approved.citation.text).toContain('(一)')
    expect(approved.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const found = await ok(null, 'GET', `/api/answers?q=${encodeURIComponent('我们的首台(套)卖到外地客户可以申请吗')}`)
    expect(found.items[0]).toMatchObject({ id: answer, question: '首台套设备卖给外地客户还能申请支持吗？' })
    expect(JSON.stringify(found)).not.toMatch(/芯联|91310115MA1K4C7L8X|张伟/)
    expect((await ok(null, 'GET', '/api/answers?measureId=first-set-equipment')).items.map((a: { id: string }) => a.id)).toEqual([answer])
    expect((await ok(null, 'GET', '/api/answers?measureId=basic-research')).items).toEqual([])
    const notes = await ok('enterprise-a', 'GET', '/api/notifications')
    expect(notes.items.map((n: { kind: string }) => n.kind)).toContain('answer_published')
    expect((await call('coordinator', 'POST', `/api/answers/${answer}/approve`, {})).json().code).toBe('INVALID_TRANSITION')
  })

  it('supersede keeps both: the old one points to the newer, only the newer is found', async () => {
    const newer = await ok('coordinator', 'POST', `/api/answers/${answer}/supersede`, { ...clean, answer: `${clean.answer}自2027年起按新指南执行。`, note: '指南更新' })
    expect(newer).toMatchObject({ status: 'approved', supersedes: answer })
    expect(await ok(null, 'GET', `/api/answers/${answer}`)).toMatchObject({ status: 'superseded', supersededBy: newer.id })
    expect((await ok(null, 'GET', `/api/answers?q=${encodeURIComponent('首台套外地')}`)).items.map((a: { id: string }) => a.id)).toEqual([newer.id])
    // withdrawn: gone for the public, kept for the coordinators
    await ok('coordinator', 'POST', `/api/answers/${newer.id}/withdraw`, { note: '政策调整' })
    expect((await call(null, 'GET', `/api/answers/${newer.id}`)).statusCode).toBe(404)
    expect((await ok('coordinator', 'GET', '/api/answers/review?status=withdrawn')).items.map((a: { id: string }) => a.id)).toEqual([newer.id])
    expect((await ok(null, 'GET', `/api/answers?q=${encodeURIComponent('首台套外地')}`)).total).toBe(0)
  })

  it('counts the intake sessions in which an opened answer made the appeal unnecessary', async () => {
    const s = (n: number) => `00000000-0000-4000-8000-00000000000${n}`
    const beacon = (session: string, event: string, extra: object = {}) => ok('enterprise-a', 'POST', '/api/answers/suggestion-events', { session, event, ...extra })
    await beacon(s(1), 'opened', { answerId: answer })
    await beacon(s(1), 'left')
    await beacon(s(2), 'opened', { answerId: answer })
    await beacon(s(2), 'submitted', { appealId: appeal })
    await beacon(s(2), 'left')
    await beacon(s(3), 'left')
    expect(await ok('coordinator', 'GET', '/api/answers/suggestion-stats')).toEqual({ opened: 2, leftAfterOpening: 1, submittedAfterOpening: 1, deflectionRate: 0.5 })
    expect((await call('enterprise-a', 'POST', '/api/answers/suggestion-events', { session: 'x', event: 'opened' })).statusCode).toBe(400)
  })
})
