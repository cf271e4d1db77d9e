import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixedClock } from '../src/common/clock.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

const A = '91310115MA1K4C7L8X'
const HEADER = '编号,标题,企业,统一社会信用代码,诉求类别,状态,主办单位,协办单位,提交时间,派单时间,签收时限,答复时限,是否超期,重办次数,评价'

describe('appeals export: the list as CSV or XLSX, same filters, same scope', () => {
  let t: TestApp
  // Tuesday 29 September 2026, 10:00 in Shanghai
  const clock = new FixedClock(new Date('2026-09-29T02:00:00Z'))
  const call = async (user: DemoUser | null, url: string) => t.app.inject({ method: 'GET', url, headers: user ? await authHeader(user) : {} })
  const post = async (user: DemoUser, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: await authHeader(user), payload })
  const csvLines = (body: string) => body.replace(/^\uFEFF/, '').trim().split('\r\n')
  const csvNumbers = (body: string) => csvLines(body).slice(1).map((l) => l.split(',')[0]!)
  const listNumbers = async (user: DemoUser, query = '') => ((await call(user, `/api/appeals?limit=100${query}`)).json().items as { number: string }[]).map((a) => a.number)

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' }, { clock })
    await (async () => t.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers: await authHeader('enterprise-a'), payload: { name: '上海芯联微电子有限公司', facts: { district: 'pudong' } } }))()
    await (async () => t.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers: await authHeader('enterprise-b'), payload: { facts: { district: 'minhang' } } }))()
    const submit = async (user: DemoUser, title: string, categoryCode: string) => {
      clock.advance(60_000)
      return (await post(user, '/api/appeals', { categoryCode, title, description: '说明' })).json().id as string
    }
    const planningLead = await submit('enterprise-a', '用地指标咨询', 'land')
    const planningAssists = await submit('enterprise-b', '研发补助咨询', 'rnd')
    const stcsmOnly = await submit('enterprise-b', '科技项目咨询', 'rnd')
    await submit('enterprise-a', '用工招聘', 'labour') // stays submitted
    await post('coordinator', `/api/appeals/${planningLead}/dispatch`, { leadBureau: 'planning', assistingBureaus: [], complexity: 'simple' })
    await post('coordinator', `/api/appeals/${planningAssists}/dispatch`, { leadBureau: 'sheitc', assistingBureaus: ['planning', 'stcsm'], complexity: 'simple' })
    await post('coordinator', `/api/appeals/${stcsmOnly}/dispatch`, { leadBureau: 'stcsm', assistingBureaus: [], complexity: 'simple' })
  })
  afterAll(async () => t?.close())

  it("a coordinator's CSV has the Chinese header and exactly the filtered rows, in the list's order, named by the Shanghai date", async () => {
    const all = await call('coordinator', '/api/appeals/export?format=csv')
    expect(all.statusCode).toBe(200)
    expect(all.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(all.headers['content-disposition']).toContain("filename*=UTF-8''")
    expect(decodeURIComponent(String(all.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('诉求-2026-09-29.csv')
    expect(all.body.startsWith('\uFEFF')).toBe(true)
    expect(csvLines(all.body)[0]).toBe(HEADER)
    expect(csvNumbers(all.body)).toEqual(await listNumbers('coordinator'))
    expect(csvNumbers(all.body)).toHaveLength(4)

    const dispatched = await call('coordinator', '/api/appeals/export?format=csv&status=dispatched&sort=created_asc')
    expect(csvNumbers(dispatched.body)).toEqual(await listNumbers('coordinator', '&status=dispatched&sort=created_asc'))
    expect(csvNumbers(dispatched.body)).toHaveLength(3)
    const rows = csvLines(dispatched.body).slice(1).map((l) => l.split(','))
    // 用地指标咨询: dispatched at 10:04 Shanghai; accept by the end of the next working day (30 September)
    expect(rows[0]).toEqual([
      expect.stringMatching(/^SQ-2026-\d{6}$/), '用地指标咨询', '上海芯联微电子有限公司', A, '用地', '待签收', '市规划资源局', '', '2026-09-29 10:01', '2026-09-29 10:04', '2026-09-30（周三）前', expect.any(String), '否', '0', '',
    ])
    expect(rows[1]![7]).toBe('市规划资源局、市科委')
    const filtered = await call('coordinator', '/api/appeals/export?format=csv&category=rnd&bureau=planning')
    expect(csvNumbers(filtered.body)).toEqual(await listNumbers('coordinator', '&category=rnd&bureau=planning'))
    expect(csvNumbers(filtered.body)).toHaveLength(1)
  })

  it('XLSX is a real workbook with the same rows', async () => {
    const res = await call('coordinator', '/api/appeals/export?format=xlsx&status=dispatched')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('诉求-2026-09-29.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('诉求')!
    expect((sheet.getRow(1).values as unknown[]).slice(1).join(',')).toBe(HEADER)
    const numbers: string[] = []
    sheet.eachRow((row, n) => {
      if (n > 1) numbers.push(String(row.getCell(1).value))
    })
    expect(numbers).toEqual(await listNumbers('coordinator', '&status=dispatched'))
    expect(sheet.getRow(2).getCell(14).value).toBe(0) // 重办次数 is a number
  })

  it('a bureau officer exports exactly what their list shows (lead or assisting), never another bureau’s appeal', async () => {
    for (const [user, query] of [['bureau-planning', ''], ['bureau-planning', '&status=dispatched'], ['bureau-stcsm', '']] as const) {
      const res = await call(user, `/api/appeals/export?format=csv${query}`)
      expect(res.statusCode).toBe(200)
      const listed = await listNumbers(user, query)
      expect(new Set(csvNumbers(res.body))).toEqual(new Set(listed))
      expect(csvNumbers(res.body)).toEqual(listed)
    }
    const planning = await call('bureau-planning', '/api/appeals/export?format=csv')
    expect(csvNumbers(planning.body)).toHaveLength(2)
    expect(planning.body).not.toContain('科技项目咨询')
    expect(planning.body).not.toContain('用工招聘')
  })

  it('an enterprise exports its own appeals only (the same scope as its list)', async () => {
    const res = await call('enterprise-a', '/api/appeals/export?format=csv')
    expect(res.statusCode).toBe(200)
    const rows = csvLines(res.body).slice(1).map((l) => l.split(','))
    expect(rows).toHaveLength(2)
    expect(rows.every((r) => r[3] === A)).toBe(true)
    expect(csvNumbers(res.body)).toEqual(await listNumbers('enterprise-a'))
    expect(csvNumbers((await call('enterprise-a', `/api/appeals/export?format=csv&enterprise=91310000MA1FL5B29X`)).body)).toEqual([])
  })

  it('refuses the anonymous, a bad or missing format and paging parameters', async () => {
    const anonymous = await call(null, '/api/appeals/export?format=csv')
    expect(anonymous.statusCode).toBe(401)
    for (const url of ['/api/appeals/export?format=pdf', '/api/appeals/export', '/api/appeals/export?format=csv&limit=10', '/api/appeals/export?format=csv&status=lost']) {
      const res = await call('coordinator', url)
      expect(res.statusCode, url).toBe(400)
      expect(res.json().code, url).toBe('FIELD_INVALID')
    }
  })
})
