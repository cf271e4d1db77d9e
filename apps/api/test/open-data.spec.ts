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
    // a correction is a new version with its note; the newest is served
    expect(await t.app.get(OpenDataService).correct('2026-11', '补录一件逾期答复')).toBe(2)
    const corrected = (await call(null, 'GET', '/api/open-data/appeal-rates/2026-11.json')).json()
    expect(corrected).toMatchObject({ version: 2, note: '补录一件逾期答复' })
    expect(corrected.rows.find((r: { bureau: string }) => r.bureau === 'sheitc').onTimeAnswerRate).toMatchObject({ numerator: 6, denominator: 7 })
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
