import { DataSource } from 'typeorm'
import { expect } from 'vitest'
import { OpenDataService } from '../../src/open-data/open-data.service.js'
import type { TestApp } from '../helpers/app.js'
import { signedIn } from '../helpers/directory.js'
import { authHeader, type DemoUser } from '../helpers/tokens.js'

/** Enterprise A (enterprise-a's) and B (enterprise-b's) of the realm file. */
export const USCC_A = '91310115MA1K4C7L8X'
export const USCC_B = '91310112MA1G8R3N83'

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')

export function multipart(fileName: string, bytes: Buffer, name = 'file') {
  const boundary = '----servicepack' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Titles no other record carries, so a list, body or export that shows a record is caught by its title too. */
export const TITLES = { appeal: '甲企业诉求一号', appealSubmitted: '甲企业诉求二号', appealOther: '乙企业诉求一号', notice: '集成电路政策解读会', noticeDraft: '协会草稿通知' }

export const validNotice = {
  title: TITLES.notice, body: '## 议程', kind: 'policy_interpretation', startsAt: '2027-03-10T09:00:00+08:00', endsAt: '2027-03-10T11:00:00+08:00',
  venue: '张江', capacity: 30, registrationDeadline: '2027-03-09T18:00:00+08:00', measureIds: ['basic-research'], audience: { industries: ['integrated-circuits'] },
}

/**
 * The records the generated suites act on, with real ids: an appeal of enterprise A dispatched to
 * sheitc (lead) with stcsm assisting, accepted, with an attachment and a pending extension request;
 * a second, submitted appeal of A; an appeal of enterprise B; a published notice of association-ic
 * that enterprise A registered for; a response template of planning; notifications.
 */
export interface Fixtures {
  uscc: string
  usccOther: string
  appeal: string
  appealSubmitted: string
  appealOther: string
  attachment: string
  extensionRequest: string
  notice: string
  noticeDraft: string
  template: string
  notification: string
  year: string
  date: string
  categoryCode: string
  /** a published month of the open data (`YYYY-MM.json`) */
  openDataFile: string
  /** the same month (`YYYY-MM`), for its corrections */
  openDataMonth: string
  /** an approved answer of the 政策问答 (sheitc's), read by everyone */
  answer: string
  /** another approved answer, for the coordinators' acts (withdrawn or superseded by them) */
  answerSpare: string
}

export async function call(t: TestApp, user: DemoUser | null, method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: method as 'GET',
    url,
    headers: { ...(user ? await authHeader(user) : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as string }),
  })
}

async function ok(t: TestApp, user: DemoUser, method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) {
  const res = await call(t, user, method, url, payload, headers)
  expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300)
  return res.body ? res.json() : undefined
}

export async function createFixtures(t: TestApp): Promise<Fixtures> {
  await signedIn(t.app, ['enterprise-a', 'enterprise-b', 'coordinator', 'bureau-sheitc', 'bureau-stcsm', 'bureau-planning', 'association-ic', 'association-bio', 'admin'])
  await ok(t, 'enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits' } })
  const appeal = (await ok(t, 'enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: TITLES.appeal, description: '说明' })).id as string
  await ok(t, 'coordinator', 'POST', `/api/appeals/${appeal}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple', note: '内部：请科委协办' })
  await ok(t, 'bureau-sheitc', 'POST', `/api/appeals/${appeal}/accept`)
  const extension = await ok(t, 'bureau-sheitc', 'POST', `/api/appeals/${appeal}/extension-requests`, { workingDays: 3, reason: '内部：需现场核查' })
  const upload = multipart('申报材料.pdf', PDF)
  const attachment = (await ok(t, 'enterprise-a', 'POST', `/api/appeals/${appeal}/attachments`, upload.payload, { 'content-type': upload.contentType })).id as string
  const appealSubmitted = (await ok(t, 'enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: TITLES.appealSubmitted, description: '说明' })).id as string
  const appealOther = (await ok(t, 'enterprise-b', 'POST', '/api/appeals', { categoryCode: 'rnd', title: TITLES.appealOther, description: '说明' })).id as string
  const notice = (await ok(t, 'association-ic', 'POST', '/api/notices', validNotice)).id as string
  await ok(t, 'association-ic', 'POST', `/api/notices/${notice}/publish`)
  await ok(t, 'enterprise-a', 'POST', `/api/notices/${notice}/registrations`, { contactName: '张三', contactPhone: '021-50801234', attendees: 1 })
  const noticeDraft = (await ok(t, 'association-ic', 'POST', '/api/notices', { ...validNotice, title: TITLES.noticeDraft })).id as string
  const template = (await ok(t, 'admin', 'POST', '/api/admin/response-templates', { bureau: 'planning', title: '模板', body: '答复' })).id as string
  const notification = await firstNotification(t)
  await t.app.get(OpenDataService).publish('2026-10')
  const [{ id: answer }] = (await t.app.get(DataSource).query(
    `INSERT INTO answers (status, question, answer, measure_id, category_code, bureau, proposed_by, published_at, version) VALUES ('approved', '首台套怎么申报？', '向市经济信息化委申报。', 'first-set-equipment', 'first-set', 'sheitc', 'fixture', now(), 1) RETURNING id`,
  )) as [{ id: string }]
  const [{ id: answerSpare }] = (await t.app.get(DataSource).query(
    `INSERT INTO answers (status, question, answer, measure_id, category_code, bureau, proposed_by, published_at, version) VALUES ('approved', '绿色工厂奖励多少？', '20万元。', 'green-factory', 'energy-saving', 'sheitc', 'fixture', now(), 1) RETURNING id`,
  )) as [{ id: string }]
  return {
    uscc: USCC_A, usccOther: USCC_B, appeal, appealSubmitted, appealOther, attachment, extensionRequest: extension.extension.id as string,
    notice, noticeDraft, template, notification, year: '2027', date: '2027-01-04', categoryCode: 'other', openDataFile: '2026-10.json', openDataMonth: '2026-10', answer, answerSpare,
  }
}

async function firstNotification(t: TestApp): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const list = (await call(t, 'enterprise-a', 'GET', '/api/notifications')).json()
    const items = (Array.isArray(list) ? list : list.items) as { id: number | string }[]
    if (items?.length) return String(items[0]!.id)
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('no notification for enterprise-a')
}
