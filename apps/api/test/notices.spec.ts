import { decodeJwt } from 'jose'
import { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { usccCheckCharacter } from '../src/enterprises/uscc.js'
import { inAudience, type AudienceCriteria } from '../src/notices/notice-audience.js'
import { NoticeReminders } from '../src/notices/notice-reminders.js'
import { NoticeAudienceService } from '../src/notices/notice-audience.service.js'
import { createTestDatabase, startTestApp, type TestApp } from './helpers/app.js'
import { query } from './helpers/sql.js'
import { authHeader, signWithRealmKey, tokenFor, type DemoUser } from './helpers/tokens.js'

const A = '91310115MA1K4C7L8X' // enterprise-a: 集成电路, 浦东, key
const uscc = (first17: string) => first17 + usccCheckCharacter(first17)
const C = uscc('91310115MA1K4C7A1') // two more integrated-circuit enterprises (their users' tokens signed with the realm's key)
const D = uscc('91310115MA1K4C7B2')

/** A token of another enterprise user, signed with the realm's key like the dev SSO's own. */
async function enterpriseUser(name: string, usccOf: string): Promise<string> {
  const claims = decodeJwt(await tokenFor('enterprise-a'))
  const now = Math.floor(Date.now() / 1000)
  return `Bearer ${await signWithRealmKey({ ...claims, sub: `sub-${name}`, preferred_username: name, name: `${name} 用户`, enterprise_uscc: usccOf, iat: now, exp: now + 3600 })}`
}

describe('training notices: publish, reach, register under load, withdraw, follow up', () => {
  let t: TestApp
  // Thursday 10 December 2026, 10:00 in Shanghai; the training is on the 17th, registration until the 16th 18:00.
  const clock = new FixedClock(new Date('2026-12-10T02:00:00Z'))
  const auth: Record<string, string> = {}
  let id = ''

  const call = async (user: DemoUser | string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user in auth ? { authorization: auth[user]! } : await authHeader(user as DemoUser), ...(payload ? { payload } : {}) })
  const kinds = async (user: DemoUser | string) => ((await call(user, 'GET', '/api/notifications')).json().items as { kind: string; data: { noticeId?: string } }[]).filter((n) => n.data.noticeId === id).map((n) => n.kind)

  const notice = {
    title: '集成电路企业研发政策解读会',
    body: '## 议程\n\n1. 研发投入政策解读\n2. 答疑\n\n详见 [原文](https://www.sheitc.sh.gov.cn/)。',
    kind: 'policy_interpretation',
    startsAt: '2026-12-17T09:00:00+08:00',
    endsAt: '2026-12-17T11:30:00+08:00',
    venue: '张江科学会堂 3 楼报告厅',
    capacity: 2,
    attendeeLimit: 3,
    registrationDeadline: '2026-12-16T18:00:00+08:00',
    measureIds: ['basic-research', 'core-technology'],
    audience: { industries: ['integrated-circuits'] },
  }

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    auth['enterprise-c'] = await enterpriseUser('enterprise-c', C)
    auth['enterprise-d'] = await enterpriseUser('enterprise-d', D)
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits', district: 'pudong', annualOutputValue: 1_350_000_000 } })
    await call('enterprise-b', 'PUT', '/api/enterprises/me', { name: '上海瑞康生物医药科技有限公司', facts: { industry: 'biomedicine', district: 'minhang' } })
    await call('enterprise-c', 'PUT', '/api/enterprises/me', { name: '上海张江芯片设计有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
    await call('enterprise-d', 'PUT', '/api/enterprises/me', { name: '上海临港晶圆制造有限公司', facts: { industry: 'integrated-circuits', district: 'pudong' } })
  })
  afterAll(async () => t?.close())

  it('association-ic drafts a notice for integrated-circuit enterprises with capacity 2; the audience preview counts them', async () => {
    const created = await call('association-ic', 'POST', '/api/notices', notice)
    expect(created.statusCode, created.body).toBe(201)
    id = created.json().id
    expect(created.json()).toMatchObject({ status: 'draft', association: 'sh-ic-association', associationName: '上海市集成电路行业协会', capacity: 2, seatsTaken: 0, allowedActions: ['edit', 'publish', 'cancel'] })
    const preview = await call('association-ic', 'GET', `/api/notices/${id}/audience-preview`)
    expect(preview.json()).toMatchObject({ count: 3, asOf: '2026-12-17' })
    expect(preview.json().sample.map((s: { uscc: string }) => s.uscc).sort()).toEqual([A, C, D].sort())
    expect(preview.json().sample[0]).toMatchObject({ uscc: A, isKey: true, name: '上海芯联微电子有限公司' }) // key enterprises first
    const live = await call('association-ic', 'POST', '/api/notices/audience-preview', { audience: { industries: ['biomedicine'] } })
    expect(live.json().count).toBe(1)
  })

  it('refuses impossible times and a notice without a place, naming the fields', async () => {
    const bad = await call('association-ic', 'POST', '/api/notices', { ...notice, endsAt: '2026-12-17T08:00:00+08:00', registrationDeadline: '2026-12-18T08:00:00+08:00', venue: null })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['endsAt', 'registrationDeadline', 'venue'])
    const local = await call('association-ic', 'POST', '/api/notices', { ...notice, startsAt: '2026-12-17T09:00:00' })
    expect(local.json().details[0]).toMatchObject({ field: 'startsAt', code: 'FORMAT' })
  })

  it('a draft is the association’s: enterprises and the other association get 404', async () => {
    expect((await call('enterprise-a', 'GET', `/api/notices/${id}`)).statusCode).toBe(404)
    expect((await call('association-bio', 'GET', `/api/notices/${id}`)).json().code).toBe('NOTICE_NOT_FOUND')
    expect((await call('coordinator', 'GET', `/api/notices/${id}`)).statusCode).toBe(200)
  })

  it('publishing records and notifies exactly the audience; enterprise-b (biomedicine) gets 404', async () => {
    const published = await call('association-ic', 'POST', `/api/notices/${id}/publish`)
    expect(published.statusCode, published.body).toBe(200)
    expect(published.json()).toMatchObject({ status: 'published', targetedCount: 3 })
    const reached = await query<{ u: string }>(t.databaseUrl, `SELECT enterprise_uscc AS u FROM notice_audience WHERE notice_id = $1 ORDER BY 1`, [id])
    expect(reached.map((r) => r.u)).toEqual([A, C, D].sort())
    expect(await kinds('enterprise-a')).toEqual(['notice_published'])
    expect(await kinds('enterprise-b')).toEqual([])
    const b = await call('enterprise-b', 'GET', `/api/notices/${id}`)
    expect(b.statusCode).toBe(404)
    expect(b.json().code).toBe('NOTICE_NOT_FOUND')
    expect((await call('enterprise-b', 'GET', `/api/notices/${id}/calendar.ics`)).statusCode).toBe(404)
    expect((await call('enterprise-b', 'POST', `/api/notices/${id}/registrations`, { contactName: '王五', contactPhone: '13800000000', attendees: 1 })).statusCode).toBe(404)
    expect((await call('enterprise-b', 'GET', '/api/notices')).json().items).toEqual([])
    expect((await call('enterprise-a', 'GET', '/api/notices')).json().items.map((n: { id: string }) => n.id)).toEqual([id])
    expect((await call('enterprise-a', 'GET', '/api/notices?measureId=basic-research')).json().total).toBe(1)
    expect((await call('enterprise-a', 'GET', '/api/notices?measureId=green-factory')).json().total).toBe(0)
    // the total comes with the page, and a page past the end still says it
    expect((await call('enterprise-a', 'GET', '/api/notices?page=1&pageSize=1')).json()).toMatchObject({ total: 1, page: 1, items: [{ id }] })
    expect((await call('enterprise-a', 'GET', '/api/notices?page=3&pageSize=1')).json()).toMatchObject({ total: 1, page: 3, items: [] })
    expect((await call('enterprise-b', 'GET', '/api/notices?page=2')).json()).toMatchObject({ total: 0, items: [] })
  })

  it('another association gets 404 on the notice, its registrations, exports and coverage', async () => {
    for (const path of ['', '/registrations', '/registrations/export?format=csv', '/registrations/export?format=xlsx', '/coverage', '/audience-preview', '/calendar.ics']) {
      const res = await call('association-bio', 'GET', `/api/notices/${id}${path}`)
      expect(res.statusCode, path).toBe(404)
      expect(res.json().code, path).toBe('NOTICE_NOT_FOUND')
    }
    expect((await call('association-bio', 'PATCH', `/api/notices/${id}`, { title: '改' })).statusCode).toBe(404)
    expect((await call('association-bio', 'POST', `/api/notices/${id}/cancel`, {})).statusCode).toBe(404)
    expect((await call('association-bio', 'GET', '/api/notices')).json().items).toEqual([])
  })

  it('opening is recorded once, for enterprises only', async () => {
    const opened = await call('enterprise-a', 'GET', `/api/notices/${id}`)
    expect(opened.json()).toMatchObject({ allowedActions: ['register'], myRegistration: null })
    await call('association-ic', 'GET', `/api/notices/${id}`)
    const rows = await query<{ u: string }>(t.databaseUrl, `SELECT enterprise_uscc AS u FROM notice_audience WHERE notice_id = $1 AND opened_at IS NOT NULL`, [id])
    expect(rows.map((r) => r.u)).toEqual([A])
  })

  it('three enterprises register at the same moment: exactly 2 registered and 1 waitlisted', async () => {
    const body = (name: string) => ({ contactName: name, contactPhone: '021-50801234', attendees: 1 })
    const results = await Promise.all([
      call('enterprise-a', 'POST', `/api/notices/${id}/registrations`, body('张三')),
      call('enterprise-c', 'POST', `/api/notices/${id}/registrations`, body('李四')),
      call('enterprise-d', 'POST', `/api/notices/${id}/registrations`, body('赵六')),
    ])
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201])
    expect(results.map((r) => r.json().status).sort()).toEqual(['registered', 'registered', 'waitlisted'])
    const [row] = await query<{ seats: number }>(t.databaseUrl, `SELECT seats_taken AS seats FROM notices WHERE id = $1`, [id])
    expect(row!.seats).toBe(2)
    const list = (await call('association-ic', 'GET', `/api/notices/${id}/registrations`)).json()
    expect(list).toMatchObject({ registered: 2, waitlisted: 1, seatsTaken: 2, capacity: 2 })
    expect(list.items[2]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    const again = await call('enterprise-a', 'POST', `/api/notices/${id}/registrations`, body('张三'))
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('ALREADY_REGISTERED')
  })

  it('many more at once never exceed the capacity (a CHECK backs the row lock)', async () => {
    await expect(query(t.databaseUrl, `UPDATE notices SET seats_taken = capacity + 1 WHERE id = $1`, [id])).rejects.toThrow(/notices_seats_within_capacity/)
  })

  it('one withdraws → the waitlisted one is registered and notified', async () => {
    const waiting = (await call('association-ic', 'GET', `/api/notices/${id}/registrations`)).json().items.find((r: { status: string }) => r.status === 'waitlisted')
    const seated = (await call('association-ic', 'GET', `/api/notices/${id}/registrations`)).json().items.find((r: { status: string; enterpriseUscc: string }) => r.status === 'registered' && r.enterpriseUscc !== waiting.enterpriseUscc)
    const who = { [A]: 'enterprise-a', [C]: 'enterprise-c', [D]: 'enterprise-d' } as Record<string, string>
    const withdrawn = await call(who[seated.enterpriseUscc]!, 'DELETE', `/api/notices/${id}/registrations/me`)
    expect(withdrawn.statusCode, withdrawn.body).toBe(200)
    expect(withdrawn.json()).toMatchObject({ myRegistration: null, allowedActions: ['register'] })
    const list = (await call('association-ic', 'GET', `/api/notices/${id}/registrations`)).json()
    expect(list).toMatchObject({ registered: 2, waitlisted: 0, seatsTaken: 2 })
    expect(list.items.find((r: { id: string }) => r.id === waiting.id)).toMatchObject({ status: 'registered', promotedAt: expect.any(String) })
    expect(await kinds(who[waiting.enterpriseUscc]!)).toContain('notice_promoted')
    expect(await kinds(who[seated.enterpriseUscc]!)).not.toContain('notice_promoted')
    const promoted = (await call(who[waiting.enterpriseUscc]!, 'GET', `/api/notices/${id}`)).json()
    expect(promoted.myRegistration).toMatchObject({ status: 'registered' })
  })

  it('a body with <script>, onerror= and a javascript: link is served without any of them', async () => {
    const hostile = '# 通知\n\n<script>window.pwned = 1</script>\n\n<img src=x onerror="window.pwned = 1">\n\n[点击报名](javascript:window.pwned=1) 与 [官网](https://example.org)'
    const patched = await call('association-ic', 'PATCH', `/api/notices/${id}`, { body: hostile })
    expect(patched.statusCode, patched.body).toBe(200)
    for (const user of ['association-ic', 'enterprise-a'] as const) {
      const { bodyHtml, body } = (await call(user, 'GET', `/api/notices/${id}`)).json()
      expect(bodyHtml).not.toMatch(/<script/i)
      expect(bodyHtml).not.toMatch(/\bon[a-z]+\s*=/i)
      expect(bodyHtml).not.toMatch(/javascript:/i)
      expect(bodyHtml).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">官网</a>')
      expect(body).toBe(hostile) // the source as written, for the owner to edit (apps show bodyHtml only)
    }
    const rendered = (await call('association-ic', 'POST', '/api/notices/render', { body: hostile })).json().html
    expect(rendered).toBe((await call('association-ic', 'GET', `/api/notices/${id}`)).json().bodyHtml)
  })

  it('changing the time of a published notice notifies those registered', async () => {
    const before = await kinds('enterprise-a')
    const res = await call('association-ic', 'PATCH', `/api/notices/${id}`, { startsAt: '2026-12-17T13:30:00+08:00', endsAt: '2026-12-17T16:00:00+08:00' })
    expect(res.statusCode, res.body).toBe(200)
    const registered = (await call('association-ic', 'GET', `/api/notices/${id}/registrations`)).json().items.filter((r: { status: string }) => r.status === 'registered').map((r: { enterpriseUscc: string }) => r.enterpriseUscc)
    const who = { [A]: 'enterprise-a', [C]: 'enterprise-c', [D]: 'enterprise-d' } as Record<string, string>
    for (const u of registered) expect(await kinds(who[u]!)).toContain('notice_changed')
    if (!registered.includes(A)) expect(await kinds('enterprise-a')).toEqual(before)
    expect((await call('association-ic', 'PATCH', `/api/notices/${id}`, { capacity: 1 })).json()).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'capacity', code: 'OUT_OF_RANGE' }] })
  })

  it('the enterprise downloads an .ics entry', async () => {
    const res = await call('enterprise-a', 'GET', `/api/notices/${id}/calendar.ics`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/calendar')
    expect(res.headers['content-disposition']).toContain('attachment')
    const text = res.body.replace(/\r\n /g, '')
    expect(text).toContain('BEGIN:VEVENT')
    expect(text).toContain('DTSTART:20261217T053000Z')
    expect(text).toContain('SUMMARY:集成电路企业研发政策解读会')
  })

  it('the association exports the list as CSV and XLSX with Chinese headers', async () => {
    const csv = await call('association-ic', 'GET', `/api/notices/${id}/registrations/export?format=csv`)
    expect(csv.statusCode).toBe(200)
    expect(csv.body.startsWith('\uFEFF企业名称,统一社会信用代码,联系人,联系电话,参会人数,报名状态')).toBe(true)
    expect(csv.body).toContain('已报名')
    const xlsx = await call('coordinator', 'GET', `/api/notices/${id}/registrations/export?format=xlsx`)
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK')
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    expect(book.getWorksheet('报名名单')!.getRow(1).getCell(1).value).toBe('企业名称')
    expect(book.getWorksheet('报名名单')!.rowCount).toBe(4)
    expect((await call('enterprise-a', 'GET', `/api/notices/${id}/registrations`)).statusCode).toBe(403)
  })

  it('reminds the registrants once the day before, however many instances sweep', async () => {
    clock.set('2026-12-16T07:00:00Z') // the 16th 15:00: the start (17th 13:30) is within a day
    const two = await startTestApp({ RATE_LIMIT: 'false' }, { clock, databaseUrl: t.databaseUrl })
    try {
      const sweeps = await Promise.all([t.app.get(NoticeReminders).sweep(), two.app.get(NoticeReminders).sweep(), t.app.get(NoticeReminders).sweep()])
      expect(sweeps.reduce((a, b) => a + b, 0)).toBe(1)
      const rows = await query<{ n: number }>(t.databaseUrl, `SELECT count(*)::int AS n FROM notifications WHERE kind = 'notice_reminder' AND data->>'noticeId' = $1`, [id])
      expect(rows[0]!.n).toBe(2)
    } finally {
      await two.close()
    }
  })

  it('after the deadline no one withdraws; after the start the association marks attendance; the coverage funnel counts it', async () => {
    clock.set('2026-12-17T09:00:00Z') // the 17th 17:00, after the event
    const closed = await call('enterprise-c', 'DELETE', `/api/notices/${id}/registrations/me`)
    expect([404, 409]).toContain(closed.statusCode)
    const list = (await call('association-ic', 'GET', `/api/notices/${id}/registrations`)).json()
    const seated = list.items.filter((r: { status: string }) => r.status === 'registered')
    const marked = await call('association-ic', 'POST', `/api/notices/${id}/attendance`, { marks: [{ registrationId: seated[0].id, attended: true }, { registrationId: seated[1].id, attended: false }] })
    expect(marked.statusCode, marked.body).toBe(200)
    const withdrawnOne = list.items.find((r: { status: string }) => r.status === 'withdrawn')
    const refused = await call('association-ic', 'POST', `/api/notices/${id}/attendance`, { marks: [{ registrationId: withdrawnOne.id, attended: true }] })
    expect(refused.json()).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'marks.0.registrationId', code: 'NOT_ALLOWED' }] })
    const coverage = (await call('association-ic', 'GET', `/api/notices/${id}/coverage`)).json()
    expect(coverage).toMatchObject({ funnel: { targeted: 3, reached: 3, opened: expect.any(Number), registered: 2, attended: 1 }, measures: [] })
    const coordinator = (await call('coordinator', 'GET', `/api/notices/${id}/coverage`)).json()
    expect(coordinator.measures.map((m: { measureId: string }) => m.measureId)).toEqual(['basic-research', 'core-technology'])
    expect(coordinator.measures[1]).toMatchObject({ notices: 1, funnel: { reached: 3, registered: 2, attended: 1 } })
    const across = (await call('coordinator', 'GET', '/api/notices/coverage')).json()
    expect(across.items.map((m: { measureId: string }) => m.measureId)).toEqual(['basic-research', 'core-technology'])
    expect((await call('association-ic', 'GET', '/api/notices/coverage')).statusCode).toBe(403)
    expect((await call('association-ic', 'GET', '/api/notices/counts')).json()).toMatchObject({ published: 1, upcoming: 0, registrations: 2 })
  })

  it('cancelling notifies the registrants; a cancelled notice takes no registrations', async () => {
    clock.set('2026-12-10T02:00:00Z')
    const second = (await call('association-ic', 'POST', '/api/notices', { ...notice, title: '第二期', capacity: 5 })).json()
    await call('association-ic', 'POST', `/api/notices/${second.id}/publish`)
    const tooMany = await call('enterprise-a', 'POST', `/api/notices/${second.id}/registrations`, { contactName: '张三', contactPhone: '021-50801234', attendees: 4 })
    expect(tooMany.json()).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'attendees', code: 'OUT_OF_RANGE' }] })
    expect((await call('enterprise-a', 'POST', `/api/notices/${second.id}/registrations`, { contactName: '张三', contactPhone: '021-50801234', attendees: 3 })).json().status).toBe('registered')
    const cancelled = await call('association-ic', 'POST', `/api/notices/${second.id}/cancel`, { reason: '讲师临时有事' })
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '讲师临时有事', allowedActions: ['view_registrations', 'view_coverage'] })
    const told = ((await call('enterprise-a', 'GET', '/api/notifications')).json().items as { kind: string; data: { noticeId: string } }[]).filter((n) => n.data.noticeId === second.id).map((n) => n.kind)
    expect(told).toContain('notice_cancelled')
    const late = await call('enterprise-c', 'POST', `/api/notices/${second.id}/registrations`, { contactName: '李四', contactPhone: '021-50801234', attendees: 1 })
    expect(late.statusCode).toBe(409)
    expect(late.json().code).toBe('REGISTRATION_CLOSED')
  })
})

describe('the audience in PostgreSQL agrees with the rules engine on every profile', () => {
  it('structural criteria in SQL plus the measure criterion by the engine = inAudience', async () => {
    const databaseUrl = await createTestDatabase()
    const t = await startTestApp({ RATE_LIMIT: 'false' }, { databaseUrl })
    try {
      const industries = ['integrated-circuits', 'biomedicine', 'steel', 'petrochemical']
      const districts = ['pudong', 'minhang', 'baoshan']
      const rows = Array.from({ length: 120 }, (_, i) => {
        const facts: Record<string, unknown> = {}
        if (i % 7 !== 0) facts.industry = industries[i % 4]
        if (i % 5 !== 0) facts.district = districts[i % 3]
        if (i % 3 !== 0) facts.annualOutputValue = (i % 11) * 200_000_000
        if (i % 2 === 0) facts.basicResearchInvestment = (i % 9) * 3_000_000
        if (i % 4 === 1) facts.outsideChemicalPark = i % 8 === 1
        return { uscc: uscc(`9131000000000${String(i).padStart(4, '0')}`), facts, isKey: typeof facts.annualOutputValue === 'number' && facts.annualOutputValue >= 1_000_000_000 }
      })
      await query(databaseUrl, `INSERT INTO enterprises (uscc, name, facts, is_key, version) SELECT u, 'E' || u, f, k, 1 FROM unnest($1::char(18)[], $2::jsonb[], $3::boolean[]) AS t(u, f, k)`, [rows.map((r) => r.uscc), rows.map((r) => JSON.stringify(r.facts)), rows.map((r) => r.isKey)])
      const service = t.app.get(NoticeAudienceService)
      const cases: AudienceCriteria[] = [
        {},
        { industries: ['integrated-circuits'] },
        { districts: ['pudong', 'baoshan'] },
        { keyEnterprise: true },
        { keyEnterprise: false, outputValueMin: 200_000_000 },
        { outputValueMax: 600_000_000 },
        { measureId: 'basic-research' },
        { measureId: 'chemical-projects' },
        { industries: ['petrochemical', 'steel'], measureId: 'chemical-projects', districts: ['minhang'] },
        { industries: ['integrated-circuits'], keyEnterprise: true, measureId: 'basic-research', outputValueMin: 1_000_000_000, outputValueMax: 2_000_000_000 },
      ]
      for (const criteria of cases) {
        const match = await service.matchAudience(t.app.get(DataSource).manager, criteria, '2026-12-10', true)
        const expected = rows.filter((r) => inAudience({ facts: r.facts, isKey: r.isKey }, criteria, '2026-12-10')).map((r) => r.uscc).sort()
        expect(match.usccs.sort(), JSON.stringify(criteria)).toEqual(expected)
        expect(match.count).toBe(expected.length)
      }
    } finally {
      await t.close()
    }
  })
})
