import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { OpenDataService } from '../src/open-data/open-data.service.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/**
 * The 三率 as open data: a month published on its day from appeals acted on through the API, read by
 * anyone as JSON and CSV, equal to the dashboard's figures for the month, frozen after later events.
 */
describe('open data: the 三率 per bureau, published monthly', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-11-10T02:00:00Z'))
  const call = async (user: DemoUser | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...(user ? await authHeader(user) : {}), ...headers }, ...(payload ? { payload } : {}) })
  const ok = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await call(user, method, url, payload)
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300)
    return res.body ? res.json() : undefined
  }
  const appeal = async (lead: 'sheitc' | 'stcsm' | 'planning') => {
    const { id } = await ok('enterprise-a', 'POST', '/api/appeals', { categoryCode: 'rnd', title: `诉求 ${lead}`, description: '说明' })
    await ok('coordinator', 'POST', `/api/appeals/${id}/dispatch`, { leadBureau: lead, assistingBureaus: [], complexity: 'simple' })
    return id as string
  }
  const through = async (lead: 'sheitc' | 'stcsm', rating: 'satisfied' | 'unsatisfied', resolved: boolean) => {
    const id = await appeal(lead)
    await ok(`bureau-${lead}`, 'POST', `/api/appeals/${id}/accept`)
    await ok(`bureau-${lead}`, 'POST', `/api/appeals/${id}/respond`, { body: '答复：请按通知准备申报材料。' })
    await ok('enterprise-a', 'POST', `/api/appeals/${id}/rate`, { resolved, rating, ...(rating === 'unsatisfied' ? { comment: '材料清单不完整' } : {}) })
  }
  let late: string
  const publish = () => t.app.get(OpenDataService).publishDue()

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await ok('enterprise-a', 'PUT', '/api/enterprises/me', { facts: { district: 'pudong', industry: 'integrated-circuits' } })
    // November: sheitc 6 appeals rated (5 satisfied), stcsm 3 rated (below the threshold of 5)
    for (let i = 0; i < 6; i++) await through('sheitc', i < 5 ? 'satisfied' : 'unsatisfied', i < 4)
    for (let i = 0; i < 3; i++) await through('stcsm', 'satisfied', true)
    // dispatched on the last day of November, answered after the month is published
    clock.set('2026-11-30T02:00:00Z')
    late = await appeal('sheitc')
    await ok('bureau-sheitc', 'POST', `/api/appeals/${late}/accept`)
  })
  afterAll(async () => t?.close())

  it('publishes a month on the N-th working day after it ends (the deadline policy’s, default 3), once however often it is asked', async () => {
    clock.set('2026-12-02T10:00:00Z')
    expect(await publish()).toEqual([])
    expect((await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).json()).toMatchObject({ code: 'NOT_FOUND' })
    clock.set('2026-12-03T01:00:00Z')
    // an administrator shortens it to 2 and back to 3: the day is the policy's at the tick
    await ok('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, openDataDays: 2, version: 0 })
    expect((await ok('admin', 'GET', '/api/admin/deadline-policy')).openDataDays).toBe(2)
    const put = await call('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, openDataDays: 21, version: 1 })
    expect(put.statusCode).toBe(400)
    clock.set('2026-12-02T10:00:00Z')
    await ok('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, openDataDays: 3, version: 1 })
    expect(await publish()).toEqual([])
    await ok('admin', 'PUT', '/api/admin/deadline-policy', { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, version: 2 }) // left out: stays 3
    expect((await ok('admin', 'GET', '/api/admin/deadline-policy')).openDataDays).toBe(3)
    clock.set('2026-12-03T01:00:00Z')
    const [a, b] = await Promise.all([publish(), publish()])
    expect([...a, ...b]).toEqual(['2026-11'])
    expect(await publish()).toEqual([])
    const [{ n }] = await t.app.get(OpenDataService)['db'].query(`SELECT count(*)::int AS n FROM open_data_months`)
    expect(n).toBe(1)
  })

  it('the index and the month as JSON, without sign-in: numerators and denominators, small denominators null', async () => {
    const index = await call(null, 'GET', '/api/open-data/appeal-rates')
    expect(index.statusCode).toBe(200)
    expect(index.json()).toMatchObject({ methodVersion: '2026.1', minDenominator: 5, publishWorkingDays: 3, months: [{ month: '2026-11', version: 1, note: null, csv: '/api/open-data/appeal-rates/2026-11.csv', json: '/api/open-data/appeal-rates/2026-11.json' }] })
    const res = await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')
    expect(res.statusCode).toBe(200)
    const month = res.json()
    const sheitc = month.rows.find((r: { bureau: string }) => r.bureau === 'sheitc')
    const stcsm = month.rows.find((r: { bureau: string }) => r.bureau === 'stcsm')
    expect(sheitc).toMatchObject({ bureauName: '市经济信息化委', dispatched: 7, satisfactionRate: { numerator: 5, denominator: 6, suppressed: false }, resolutionRate: { numerator: 4, denominator: 6 }, responseRate: { numerator: 7, denominator: 7, rate: 1 } })
    expect(sheitc.onTimeAnswerRate).toEqual({ numerator: 6, denominator: 6, rate: 1, suppressed: false })
    expect(stcsm.satisfactionRate).toEqual({ numerator: null, denominator: 3, rate: null, suppressed: true })
    expect(stcsm.rank).toBeNull()
    expect(sheitc.rank).toBe(1)
    expect(month.city.satisfactionRate).toEqual({ numerator: 8, denominator: 9, rate: 8 / 9, suppressed: false })
  })

  it('the figures equal the dashboard’s for the month', async () => {
    const dash = await ok('coordinator', 'GET', '/api/metrics/appeals?from=2026-11-01&to=2026-11-30&groupBy=bureau')
    const open = (await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).json()
    expect(open.rows.map((r: { bureau: string }) => r.bureau).sort()).toEqual(dash.groups.map((g: { key: string }) => g.key).sort())
    for (const g of dash.groups) {
      const r = open.rows.find((x: { bureau: string }) => x.bureau === g.key)
      expect(r.dispatched).toBe(g.dispatched)
      expect(r.resolutionRate.denominator).toBe(g.rated)
      for (const k of ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeAnswerRate'] as const) if (!r[k].suppressed) expect(r[k].rate, `${g.key} ${k}`).toBe(g[k])
    }
    expect(open.city.dispatched).toBe(dash.totals.dispatched)
    expect(open.city.satisfactionRate.rate).toBe(dash.totals.satisfactionRate)
  })

  it('the CSV: UTF-8 with BOM, Chinese headers, "—" for a suppressed cell', async () => {
    const res = await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    const text = res.rawPayload.toString('utf8')
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const [header, ...lines] = text.slice(1).trim().split('\r\n')
    expect(header!.split(',').slice(0, 8)).toEqual(['月份', '排名', '排名变化', '牵头部门', '部门代码', '响应率', '响应率分子（按时签收数）', '响应率分母（派单数）'])
    const stcsm = lines.find((l) => l.includes(',stcsm,'))!.split(',')
    const col = (name: string) => header!.split(',').indexOf(name)
    expect(stcsm[col('满意率')]).toBe('—')
    expect(stcsm[col('满意率分子（满意及基本满意数）')]).toBe('—')
    expect(stcsm[col('满意率分母（评价数）')]).toBe('3')
    expect(lines.find((l) => l.includes(',sheitc,'))!.split(',')[col('满意率')]).toBe('83.3%')
  })

  it('cacheable: ETag and Cache-Control, 304 on If-None-Match', async () => {
    for (const url of ['/api/open-data/appeal-rates', '/api/open-data/appeal-rates/2026-11.json', '/api/open-data/appeal-rates/2026-11.csv']) {
      const first = await call(null, 'GET', url)
      expect(first.headers['cache-control']).toBe('public, max-age=300')
      const etag = String(first.headers.etag)
      expect(etag).toMatch(/^".+"$/)
      const again = await call(null, 'GET', url, undefined, { 'if-none-match': etag })
      expect(again.statusCode).toBe(304)
      expect(again.body).toBe('')
      expect((await call(null, 'GET', url, undefined, { 'if-none-match': '"stale"' })).statusCode).toBe(200)
    }
  })

  it('a malformed month is 400, an unpublished one 404, in the error shape', async () => {
    for (const file of ['2026-13.json', '2026-11.xml', '2026-1.csv', '..%2F..%2Fetc.json', '2026-11', '%00.csv', '9999-01.json']) {
      const res = await call(null, 'GET', `/api/open-data/appeal-rates/${file}`)
      expect(res.statusCode, file).toBe(400)
      expect(res.json().code, file).toBe('FIELD_INVALID')
    }
    for (const file of ['2026-10.json', '2026-12.csv', '2099-12.json']) {
      const res = await call(null, 'GET', `/api/open-data/appeal-rates/${file}`)
      expect(res.statusCode, file).toBe(404)
      expect(res.json().code, file).toBe('NOT_FOUND')
    }
  })

  it('frozen: a later answer changes the dashboard’s November, not the published figures', async () => {
    const before = (await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).body
    const dashBefore = await ok('coordinator', 'GET', '/api/metrics/appeals?from=2026-11-01&to=2026-11-30&groupBy=bureau')
    clock.set('2026-12-08T02:00:00Z') // past its answer limit (5 working days): counts on the day of its dispatch, 11-30
    await ok('bureau-sheitc', 'POST', `/api/appeals/${late}/respond`, { body: '答复：请按通知准备申报材料。' })
    const dashAfter = await ok('coordinator', 'GET', '/api/metrics/appeals?from=2026-11-01&to=2026-11-30&groupBy=bureau')
    expect(dashAfter.totals.onTimeAnswerRate).not.toBe(dashBefore.totals.onTimeAnswerRate)
    expect(await publish()).toEqual([])
    expect((await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).body).toBe(before)
    await expect(t.app.get(OpenDataService)['db'].query(`UPDATE open_data_months SET note = 'x'`)).rejects.toThrow(/frozen/)
  })

  it('a coordinator corrects a published month: a new version with the note, the old one kept; the index, the JSON and the CSV say so', async () => {
    const before = (await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).json()
    expect(before).toMatchObject({ version: 1, correctedAt: null, note: null })
    clock.set('2026-12-09T03:00:00Z')
    const res = await call('coordinator', 'POST', '/api/open-data/appeal-rates/2026-11/corrections', { note: '  补录一件逾期答复  ' })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      month: '2026-11', version: 2, note: '补录一件逾期答复', correctedAt: '2026-12-09T03:00:00.000Z', publishedAt: '2026-12-09T03:00:00.000Z', firstPublishedAt: before.publishedAt,
      versions: [{ version: 2, note: '补录一件逾期答复', publishedAt: '2026-12-09T03:00:00.000Z' }, { version: 1, note: null, publishedAt: before.publishedAt }],
    })
    // the newest is served, with the late answer counted
    const corrected = (await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).json()
    expect(corrected).toMatchObject({ version: 2, note: '补录一件逾期答复', correctedAt: '2026-12-09T03:00:00.000Z' })
    expect(corrected.rows.find((r: { bureau: string }) => r.bureau === 'sheitc').onTimeAnswerRate).toMatchObject({ numerator: 6, denominator: 7 })
    expect(before.rows.find((r: { bureau: string }) => r.bureau === 'sheitc').onTimeAnswerRate).toMatchObject({ numerator: 6, denominator: 6 })
    const index = (await call(null, 'GET', '/api/open-data/appeal-rates')).json()
    expect(index.months[0]).toMatchObject({ month: '2026-11', version: 2, note: '补录一件逾期答复', correctedAt: '2026-12-09T03:00:00.000Z', firstPublishedAt: before.publishedAt })
    expect(index.months[0].versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
    // the CSV: every row says when and why (Shanghai date)
    const csv = (await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.csv')).rawPayload.toString('utf8').slice(1).trim().split('\r\n')
    const header = csv[0]!.split(',')
    expect(header.slice(-4)).toEqual(['版本', '口径版本', '更正日期', '更正说明'])
    for (const line of csv.slice(1)) expect(line.split(',').slice(-4)).toEqual(['2', '2026.1', '2026-12-09', '补录一件逾期答复'])
    // version 1 is kept as it was
    const kept = await t.app.get(OpenDataService)['db'].query(`SELECT version, note FROM open_data_months WHERE month = '2026-11' ORDER BY version`)
    expect(kept).toEqual([{ version: 1, note: null }, { version: 2, note: '补录一件逾期答复' }])
  })

  it('an administrator may correct too; two corrections at once leave consecutive versions, each with its own note', async () => {
    const [a, b] = await Promise.all([
      call('admin', 'POST', '/api/open-data/appeal-rates/2026-11/corrections', { note: '更正甲' }),
      call('coordinator', 'POST', '/api/open-data/appeal-rates/2026-11/corrections', { note: '更正乙' }),
    ])
    expect([a.statusCode, b.statusCode]).toEqual([201, 201])
    expect([a.json().version, b.json().version].sort()).toEqual([3, 4])
    const rows: { version: number; note: string }[] = await t.app.get(OpenDataService)['db'].query(`SELECT version, note FROM open_data_months WHERE month = '2026-11' ORDER BY version`)
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4])
    expect(rows.slice(2).map((r) => r.note).sort()).toEqual(['更正乙', '更正甲'].sort())
    const newest = rows[3]!.note
    expect((await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).json()).toMatchObject({ version: 4, note: newest })
    expect((await call(null, 'GET', '/api/open-data/appeal-rates')).json().months[0].versions.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1])
  })

  it('refuses a correction from anyone else, of a malformed or unpublished month, or without a note; nothing is written', async () => {
    const count = async () => ((await t.app.get(OpenDataService)['db'].query(`SELECT count(*)::int AS n FROM open_data_months`)) as [{ n: number }])[0].n
    const n = await count()
    const url = '/api/open-data/appeal-rates/2026-11/corrections'
    const refusals: [DemoUser | null, number, string][] = [[null, 401, 'AUTH_REQUIRED'], ['enterprise-a', 403, 'FORBIDDEN'], ['bureau-sheitc', 403, 'FORBIDDEN'], ['association-ic', 403, 'FORBIDDEN']]
    for (const [user, status, code] of refusals) {
      const res = await call(user, 'POST', url, { note: '更正' })
      expect(res.statusCode, String(user)).toBe(status)
      expect(res.json().code, String(user)).toBe(code)
    }
    for (const month of ['2026-13', '2026-1', 'abc', '9999-01', '2026-11.csv']) {
      const res = await call('coordinator', 'POST', `/api/open-data/appeal-rates/${month}/corrections`, { note: '更正' })
      expect(res.statusCode, month).toBe(400)
      expect(res.json(), month).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'month', code: 'FORMAT' }] })
    }
    for (const body of [{}, { note: '' }, { note: '   ' }, { note: null }, { note: 12 }]) {
      const res = await call('coordinator', 'POST', url, body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json().code, JSON.stringify(body)).toBe('FIELD_INVALID')
      expect(res.json().details[0].field, JSON.stringify(body)).toBe('note')
    }
    for (const month of ['2026-12', '2026-10']) {
      const res = await call('coordinator', 'POST', `/api/open-data/appeal-rates/${month}/corrections`, { note: '更正' })
      expect(res.statusCode, month).toBe(409)
      expect(res.json().code, month).toBe('OPEN_DATA_NOT_PUBLISHED')
    }
    expect(await count()).toBe(n)
  })
})

describe('open data: rate-limited per address like every anonymous request', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'true', RATE_LIMIT_STORE: 'memory', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' })
  })
  afterAll(async () => t?.close())

  it('a scraper past the budget gets 429 RATE_LIMITED with Retry-After, even for a cached month', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await t.app.inject({ method: 'GET', url: '/api/open-data/appeal-rates' })).statusCode)
    expect(statuses).toEqual([200, 200, 200, 429])
    const limited = await t.app.inject({ method: 'GET', url: '/api/open-data/appeal-rates/2026-11.csv' })
    expect(limited.statusCode).toBe(429)
    expect(limited.json().code).toBe('RATE_LIMITED')
    expect(limited.headers['retry-after']).toBeDefined()
  })
})
