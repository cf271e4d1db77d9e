import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recountStats, storedStats, type StatsTable } from '../src/appeals/appeal-stats-recount.js'
import { DeadlineSweeper } from '../src/appeals/deadline-sweeper.js'
import { CalendarService } from '../src/calendar/calendar.service.js'
import { FixedClock } from '../src/common/clock.js'
import { prng } from '../src/database/demo-appeals.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const plain = (t: StatsTable) =>
  Object.fromEntries(
    [...t].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v.counters, days: Object.fromEntries([...v.answerDays].sort((a, b) => a[0] - b[0])) }]),
  )

describe('the 三率: summary counts kept with every event, and the metrics route', () => {
  let t: TestApp
  const clock = new FixedClock(new Date('2026-09-01T02:00:00Z'))
  const call = async (user: DemoUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: await authHeader(user), ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await call('enterprise-a', 'PUT', '/api/enterprises/me', { facts: { district: 'pudong', industry: 'integrated-circuits' } })
    await call('enterprise-b', 'PUT', '/api/enterprises/me', { facts: { district: 'minhang' } })
  })
  afterAll(async () => t?.close())

  it('after a randomised sequence of actions through the API, the stored counts equal a recount from the timeline', async () => {
    const rand = prng(42)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
    const bureaus = [['sheitc', 'bureau-sheitc'], ['stcsm', 'bureau-stcsm'], ['planning', 'bureau-planning']] as const
    const ids: { id: string; lead?: (typeof bureaus)[number] }[] = []
    for (let step = 0; step < 160; step++) {
      clock.advance(Math.floor(rand() * 20) * 3600_000) // hours pass, across weekends and deadlines
      const r = rand()
      if (r < 0.18 || ids.length === 0) {
        const who = pick(['enterprise-a', 'enterprise-b'] as const)
        const res = await call(who, 'POST', '/api/appeals', { categoryCode: pick(['land', 'rnd', 'labour', 'other']), title: `第${step}件`, description: '说明' })
        ids.push({ id: res.json().id })
        continue
      }
      const a = pick(ids)
      const detail = (await call('coordinator', 'GET', `/api/appeals/${a.id}`)).json()
      const lead = bureaus.find((b) => b[0] === detail.leadBureau)
      const assisting = bureaus.find((b) => detail.assistingBureaus.includes(b[0]))
      const owner = detail.enterpriseUscc === '91310115MA1K4C7L8X' ? 'enterprise-a' : 'enterprise-b'
      switch (detail.status) {
        case 'submitted': {
          const [leadCode] = pick(bureaus)
          const other = pick(bureaus.filter((b) => b[0] !== leadCode))[0]
          await call('coordinator', 'POST', `/api/appeals/${a.id}/dispatch`, { leadBureau: leadCode, assistingBureaus: rand() < 0.5 ? [other] : [], complexity: rand() < 0.3 ? 'complex' : 'simple' })
          break
        }
        case 'dispatched':
          if (rand() < 0.15) await call(lead![1], 'POST', `/api/appeals/${a.id}/return`, { reason: '不属于本单位' })
          else if (rand() < 0.2 && assisting) await call(assisting[1], 'POST', `/api/appeals/${a.id}/opinions`, { body: '意见' })
          else if (rand() < 0.05) await call(owner, 'POST', `/api/appeals/${a.id}/withdraw`)
          else await call(lead![1], 'POST', `/api/appeals/${a.id}/accept`)
          break
        case 'in_progress':
          if (detail.pendingExtension) await call('coordinator', 'POST', `/api/appeals/${a.id}/extension-requests/${detail.extension.id}/${rand() < 0.6 ? 'approve' : 'refuse'}`)
          else if (rand() < 0.15) await call(lead![1], 'POST', `/api/appeals/${a.id}/extension-requests`, { workingDays: 1 + Math.floor(rand() * 5), reason: '核查' })
          else await call(lead![1], 'POST', `/api/appeals/${a.id}/respond`, { body: '已按政策答复企业，请查收。', ...(detail.awaitingOpinionFrom.length ? { skipAssistingOpinion: true, skipReason: '企业急需答复' } : {}) })
          break
        case 'responded':
          await call(owner, 'POST', `/api/appeals/${a.id}/rate`, { resolved: rand() < 0.7, rating: pick(['satisfied', 'basically_satisfied', 'unsatisfied'] as const), comment: '希望进一步说明' })
          break
      }
      if (step % 10 === 0) await t.app.get(DeadlineSweeper).sweep() // overdue flags and auto-closes along the way
    }
    const calendar = await t.app.get(CalendarService).calendar()
    const stored = plain(await storedStats(t.app.get(CalendarService)['db']))
    const recounted = plain(await recountStats(t.app.get(CalendarService)['db'], calendar))
    expect(Object.keys(stored).length).toBeGreaterThan(5)
    expect(stored).toEqual(recounted)
    const db = t.app.get(CalendarService)['db']
    const [{ events }] = await db.query(`SELECT count(*)::int AS events FROM appeal_events`)
    expect(events).toBeGreaterThan(100)
    // the monthly tables, kept by the same transactions, equal the days added up
    const cols = 'dispatched, accepted, accepted_on_time, responded, responded_on_time, overdue, returned, rated, resolved, satisfied, basically_satisfied, unsatisfied, opinions'
    const sums = cols.split(', ').map((c) => `sum(${c})::int AS ${c}`).join(', ')
    const fromDays = await db.query(`SELECT to_char(date_trunc('month', day), 'YYYY-MM') AS m, bureau, role, category, district, ${sums} FROM appeal_stats GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`)
    const months = await db.query(`SELECT to_char(month, 'YYYY-MM') AS m, bureau, role, category, district, ${sums} FROM appeal_stats_monthly GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`)
    expect(months).toEqual(fromDays)
    const answerDays = `SELECT to_char(date_trunc('month', %), 'YYYY-MM') AS m, bureau, category, district, days, sum(answers)::int AS n FROM # GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`
    expect(await db.query(answerDays.replace('%', 'month').replace('#', 'appeal_answer_days_monthly'))).toEqual(await db.query(answerDays.replace('%', 'day').replace('#', 'appeal_answer_days')))
  })

  it('a period read from whole months, months less their outside days, and edge days gives the same figures as the days alone', async () => {
    const db = t.app.get(CalendarService)['db']
    const periods = [
      ['2026-09-01', '2026-10-31'], ['2026-09-13', '2026-11-02'], ['2026-09-01', '2026-09-30'],
      ['2026-09-03', '2026-09-29'], ['2026-09-02', '2026-10-28'], ['2026-09-05', '2026-09-12'], ['2026-09-16', '2026-10-30'],
    ]
    for (const [from, to] of periods) {
      const body = (await call('coordinator', 'GET', `/api/metrics/appeals?from=${from}&to=${to}&groupBy=bureau`)).json()
      const sql = `SELECT coalesce(sum(dispatched), 0)::int AS dispatched, coalesce(sum(rated), 0)::int AS rated, coalesce(sum(unsatisfied), 0)::int AS reopened, coalesce(sum(overdue), 0)::int AS overdue FROM appeal_stats WHERE role = 'lead' AND day BETWEEN $1 AND $2`
      const [direct] = await db.query(sql, [from, to])
      expect({ dispatched: body.totals.dispatched, rated: body.totals.rated, reopened: body.totals.reopened, overdue: body.totals.overdue }, `${from}..${to}`).toEqual(direct)
      // each bureau's group too, and no group that had nothing in the period
      const perBureau: { bureau: string; dispatched: number }[] = await db.query(`SELECT bureau, sum(dispatched)::int AS dispatched FROM appeal_stats WHERE role = 'lead' AND day BETWEEN $1 AND $2 GROUP BY bureau ORDER BY bureau`, [from, to])
      expect(body.groups.map((g: { key: string; dispatched: number }) => ({ bureau: g.key, dispatched: g.dispatched })), `${from}..${to}`).toEqual(perBureau)
      const days = (await call('coordinator', 'GET', `/api/metrics/appeals?from=${from}&to=${to}&groupBy=month`)).json()
      expect(days.totals.dispatched, `${from}..${to} by month`).toBe(direct.dispatched)
    }
  })

  it('answers the rates per bureau for coordinators, with the previous period and the city', async () => {
    const res = await call('coordinator', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=bureau')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    // the previous period has the same length (122 days) and ends the day before
    expect(body).toMatchObject({ from: '2026-09-01', to: '2026-12-31', previousFrom: '2026-05-02', previousTo: '2026-08-31', role: 'lead', scopeBureau: null })
    expect(body.groups.map((g: { key: string }) => g.key).sort()).toEqual(['planning', 'sheitc', 'stcsm'])
    const sum = (k: string) => body.groups.reduce((n: number, g: Record<string, number>) => n + g[k]!, 0)
    expect(sum('dispatched')).toBe(body.totals.dispatched)
    expect(body.totals).toEqual(body.city)
    for (const g of body.groups) {
      for (const rate of ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeAnswerRate']) {
        if (g[rate] === null) continue
        expect(g[rate]).toBeGreaterThanOrEqual(0)
        expect(g[rate]).toBeLessThanOrEqual(1)
      }
    }
    expect(body.previous.dispatched).toBe(0)
    for (const groupBy of ['category', 'district', 'month']) {
      const grouped = (await call('admin', 'GET', `/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=${groupBy}`)).json()
      expect(grouped.groups.reduce((n: number, g: { dispatched: number }) => n + g.dispatched, 0)).toBe(body.totals.dispatched)
    }
    expect((await call('admin', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=district')).json().groups.map((g: { key: string }) => g.key).sort()).toEqual(['minhang', 'pudong'])
  })

  it('a bureau officer sees their own bureau and the city totals, nothing of another bureau', async () => {
    const coordinator = (await call('coordinator', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31')).json()
    for (const [user, bureau] of [['bureau-planning', 'planning'], ['bureau-stcsm', 'stcsm']] as const) {
      for (const groupBy of ['bureau', 'category', 'month']) {
        const body = (await call(user, 'GET', `/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=${groupBy}&bureau=sheitc`)).json()
        expect(body.scopeBureau).toBe(bureau)
        if (groupBy === 'bureau') expect(body.groups.map((g: { key: string }) => g.key)).toEqual([bureau])
        const own = coordinator.groups.find((g: { key: string }) => g.key === bureau)
        expect(body.totals.dispatched).toBe(own.dispatched)
        expect(body.city).toEqual(coordinator.totals)
      }
    }
    expect((await call('enterprise-a', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31')).statusCode).toBe(403)
    expect((await call('association-ic', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31')).statusCode).toBe(403)
  })

  it("a bureau officer's city figure is the whole city, whatever the filters (a category has few lead bureaus)", async () => {
    const whole = (await call('bureau-planning', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31')).json()
    for (const filter of ['category=rnd', 'category=land', 'district=pudong', 'category=other&district=minhang']) {
      const res = await call('bureau-planning', 'GET', `/api/metrics/appeals?from=2026-09-01&to=2026-12-31&${filter}`)
      expect(res.statusCode, res.body).toBe(200)
      const body = res.json()
      expect(body.city, filter).toEqual(whole.city)
      const coordinator = (await call('coordinator', 'GET', `/api/metrics/appeals?from=2026-09-01&to=2026-12-31&bureau=planning&${filter}`)).json()
      expect(body.totals, filter).toEqual(coordinator.totals)
    }
    // the trend's comparison line: the city per month, adding up to the city
    const months = (await call('bureau-planning', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=month')).json()
    expect(months.cityGroups.reduce((n: number, g: { dispatched: number }) => n + g.dispatched, 0)).toBe(months.city.dispatched)
    expect(months.groups.reduce((n: number, g: { dispatched: number }) => n + g.dispatched, 0)).toBe(months.totals.dispatched)
    expect((await call('bureau-planning', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=category')).json().cityGroups).toBeNull()
  })

  it('exports any table as CSV and XLSX with Chinese headers; a bureau officer exports their own bureau and the city only', async () => {
    const q = 'from=2026-09-01&to=2026-12-31&groupBy=bureau'
    const csv = await call('coordinator', 'GET', `/api/metrics/appeals/export?${q}&format=csv`)
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(decodeURIComponent(String(csv.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('三率统计-按责任单位-主办-2026-09-01至2026-12-31.csv')
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('责任单位,派单数,响应率,解决率,满意率,按时答复率,超期数,重办数,评价数,答复用时中位数（工作日）')
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(['合计', '市科委', '市经济信息化委', '市规划资源局'].sort())
    const body = (await call('coordinator', 'GET', `/api/metrics/appeals?${q}`)).json()
    expect(lines.find((l) => l.startsWith('合计,'))!.split(',')[1]).toBe(String(body.totals.dispatched))

    for (const [user, name, others] of [['bureau-planning', '市规划资源局', ['市科委', '市经济信息化委']], ['bureau-stcsm', '市科委', ['市规划资源局', '市经济信息化委']]] as const) {
      for (const groupBy of ['bureau', 'category', 'month']) {
        const own = await call(user, 'GET', `/api/metrics/appeals/export?from=2026-09-01&to=2026-12-31&groupBy=${groupBy}&bureau=sheitc&format=csv`)
        expect(own.statusCode).toBe(200)
        for (const other of others) expect(own.body, `${user} ${groupBy}`).not.toContain(other)
        const rows = own.body.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(','))
        expect(rows.at(-2)![0]).toBe('合计')
        expect(rows.at(-1)![0]).toBe('全市')
        const scoped = (await call(user, 'GET', `/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=${groupBy}`)).json()
        expect(rows.at(-2)![1]).toBe(String(scoped.totals.dispatched))
        if (groupBy === 'bureau') expect(rows.map((r) => r[0])).toEqual([name, '合计', '全市'])
      }
    }

    const xlsx = await call('bureau-planning', 'GET', '/api/metrics/appeals/export?from=2026-09-01&to=2026-12-31&groupBy=category&format=xlsx')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('三率统计')!
    expect(sheet.getRow(1).getCell(1).value).toBe('三率统计-市规划资源局-按诉求类别-主办-2026-09-01至2026-12-31')
    expect(sheet.getRow(2).values).toEqual([undefined, '诉求类别', '派单数', '响应率', '解决率', '满意率', '按时答复率', '超期数', '重办数', '评价数', '答复用时中位数（工作日）'])
    const scoped = (await call('bureau-planning', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=category')).json()
    const totals = sheet.getRow(2 + scoped.groups.length + 1)
    expect(totals.getCell(1).value).toBe('合计')
    expect(totals.getCell(2).value).toBe(scoped.totals.dispatched)
    expect(totals.getCell(3).value).toBe(scoped.totals.responseRate)
    expect(totals.getCell(3).numFmt).toBe('0.0%')
    expect(book.getWorksheet('口径说明')!.getRow(2).getCell(1).value).toBe('响应率')

    expect((await call('enterprise-a', 'GET', `/api/metrics/appeals/export?${q}&format=csv`)).statusCode).toBe(403)
    expect((await call('coordinator', 'GET', `/api/metrics/appeals/export?${q}&format=pdf`)).statusCode).toBe(400)
    expect((await call('coordinator', 'GET', `/api/metrics/appeals/export?${q}`)).statusCode).toBe(400)
  })

  it("drills down from a bureau's overdue count to the appeals behind it (went past a deadline in their current dispatch)", async () => {
    const body = (await call('coordinator', 'GET', '/api/metrics/appeals?from=2026-09-01&to=2026-12-31&groupBy=bureau')).json()
    const db = t.app.get(CalendarService)['db']
    for (const g of body.groups as { key: string; overdue: number }[]) {
      const list = (await call('coordinator', 'GET', `/api/appeals?lead=${g.key}&dispatchedFrom=2026-09-01&dispatchedTo=2026-12-31&everOverdue=true&limit=100`)).json()
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM appeals a WHERE a.lead_bureau = $1 AND EXISTS (SELECT 1 FROM appeal_events e WHERE e.appeal_id = a.id AND e.action = 'overdue' AND e.at >= a.dispatched_at)`,
        [g.key],
      )
      expect(list.items.length, g.key).toBe(n)
      // one dispatch can go overdue twice (accepting, then answering): the figure counts both
      expect(list.items.length).toBeLessThanOrEqual(g.overdue)
      for (const a of list.items) expect(a.leadBureau).toBe(g.key)
    }
    // a bureau officer drills into appeals its bureau leads or assists, never others
    for (const a of (await call('bureau-planning', 'GET', '/api/appeals?lead=sheitc&everOverdue=true&limit=100')).json().items) {
      expect(a.leadBureau === 'planning' || a.assistingBureaus.includes('planning')).toBe(true)
    }
  })

  it.each([
    ['from=2026-02-30&to=2026-03-01', 'from'],
    ['from=2026-12-31&to=2026-01-01', 'to'],
    ['from=2020-01-01&to=2026-12-31', 'to'],
    ['from=2026-01-01', 'to'],
    ['from=2026-01-01&to=2026-02-01&groupBy=galaxy', 'groupBy'],
    ['from=2026-01-01&to=2026-02-01&bureau=nope', 'bureau'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await call('coordinator', 'GET', `/api/metrics/appeals?${query}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().details.map((d: { field: string }) => d.field)).toContain(field)
  })
})
