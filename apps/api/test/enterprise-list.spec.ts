/**
 * The coordinator's daily job on the enterprise list: sorting by any column, the 未分配管家 filter,
 * the 工作台 counts, one steward (a coordinator account) for many enterprises at once (all or nothing),
 * and history that pages and filters by field without rows that changed nothing.
 */
import { catalogues } from '@servicepack/policy-rules'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { usccCheckCharacter } from '../src/enterprises/uscc.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, type DemoUser } from './helpers/tokens.js'

/** A valid USCC from a running number (GB 32100-2015 check digit). */
function uscc(n: number): string {
  const first17 = `91310000MA1${String(n).padStart(6, '0')}`
  return first17 + usccCheckCharacter(first17)
}

function wrongCheckDigit(valid: string): string {
  return valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')
}

interface Row {
  uscc: string
  name: string
  industry: string | null
  district: string | null
  output: number | null
  steward: string | null
}

const industries: string[] = catalogues.industries.map((i) => i.code)
const districts: string[] = catalogues.districts.map((d) => d.code)
const NAMES = ['阿尔法精密', '北辰材料', '崇明半导体', '东方智造', '恒瑞装备', '金桥生物', '临港动力', '浦江电子', '上海芯源', '天马新能源', '徐汇医疗', '张江微系统']

/** 24 enterprises with every kind of value, unknowns included. */
const rows: Row[] = Array.from({ length: 24 }, (_, i) => ({
  uscc: uscc(1000 + ((i * 7) % 24)),
  name: `${NAMES[i % NAMES.length]}${i < 12 ? '有限公司' : '股份有限公司'}`,
  industry: i % 5 === 4 ? null : industries[(i * 3) % industries.length]!,
  district: i % 6 === 5 ? null : districts[(i * 5) % districts.length]!,
  output: i % 4 === 3 ? null : (i + 1) * 150_000_000,
  steward: i % 3 === 0 ? null : ['李敏', '王芳', '赵强'][i % 3]!,
}))

/** Coordinators in the users directory (as if they had signed in), by name. */
const STEWARDS: Record<string, string> = { 李敏: 'sub-limin', 王芳: 'sub-wangfang', 赵强: 'sub-zhaoqiang' }
/** A legacy free-text steward the migration could not link to an account: still 未分配管家. */
const LEGACY = { index: 3, name: '张三' }

describe('the coordinator’s enterprise list', () => {
  let t: TestApp
  let db: pg.Client

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    db = new pg.Client({ connectionString: t.databaseUrl })
    await db.connect()
    for (const [name, sub] of Object.entries(STEWARDS)) {
      await db.query(`INSERT INTO users (sub, username, name, roles, first_seen_at, last_seen_at) VALUES ($1, $1, $2, '{coordinator}', now(), now())`, [sub, name])
    }
    for (const [i, r] of rows.entries()) {
      const facts = { ...(r.industry ? { industry: r.industry } : {}), ...(r.district ? { district: r.district } : {}), ...(r.output !== null ? { annualOutputValue: r.output } : {}) }
      await db.query(
        `INSERT INTO enterprises (uscc, name, facts, is_key, steward_sub, steward_phone, steward_legacy_name, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, now() - make_interval(mins => $8))`,
        [r.uscc, r.name, facts, (r.output ?? 0) >= 1_000_000_000, r.steward ? STEWARDS[r.steward] : null, r.steward ? '021-23110000' : null, i === LEGACY.index ? LEGACY.name : null, i * 13],
      )
    }
  })
  afterAll(async () => {
    await db?.end()
    await t?.close()
  })

  const get = async (url: string, user: DemoUser = 'coordinator') => t.app.inject({ method: 'GET', url, headers: await authHeader(user) })
  const put = async (url: string, payload: object, user: DemoUser = 'coordinator') => t.app.inject({ method: 'PUT', url, payload, headers: await authHeader(user) })
  type Summary = { uscc: string; name: string; industry: string | null; district: string | null; annualOutputValue: number | null; stewardName: string | null; stewardSub: string | null; stewardLegacyName: string | null; isKey: boolean; version: number; updatedAt: string }
  const list = async (query: string): Promise<{ items: Summary[]; total: number }> => {
    const res = await get(`/api/enterprises?pageSize=100&${query}`)
    expect(res.statusCode, res.body).toBe(200)
    return res.json()
  }

  /** Known values in the expected order, unknown ones after them (whatever the direction). */
  function expectOrder<T>(values: (T | null)[], compare: (a: T, b: T) => number, order: 'asc' | 'desc') {
    const known = values.filter((v): v is T => v !== null)
    const firstUnknown = values.findIndex((v) => v === null)
    if (firstUnknown >= 0) expect(values.slice(firstUnknown).every((v) => v === null), 'unknown values come last').toBe(true)
    const sorted = [...known].sort((a, b) => (order === 'asc' ? compare(a, b) : compare(b, a)))
    expect(known).toEqual(sorted)
  }

  it.each(['asc', 'desc'] as const)('sorts by every column (%s), unknown values last', async (order) => {
    const num = (a: number, b: number) => a - b
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    const output = (await list(`sort=annualOutputValue&order=${order}`)).items
    expectOrder(output.map((e) => e.annualOutputValue), num, order)
    expect(output.filter((e) => e.annualOutputValue === null)).toHaveLength(rows.filter((r) => r.output === null).length)

    const industry = (await list(`sort=industry&order=${order}`)).items
    expectOrder(industry.map((e) => (e.industry === null ? null : industries.indexOf(e.industry))), num, order)
    const district = (await list(`sort=district&order=${order}`)).items
    expectOrder(district.map((e) => (e.district === null ? null : districts.indexOf(e.district))), num, order)

    expectOrder((await list(`sort=uscc&order=${order}`)).items.map((e) => e.uscc), text, order)
    expectOrder((await list(`sort=updatedAt&order=${order}`)).items.map((e) => e.updatedAt), text, order)
    expectOrder((await list(`sort=key&order=${order}`)).items.map((e) => Number(e.isKey)), num, order)
    // by the account's name (pinyin: 王 wang before 赵 zhao); none (and legacy stewards) last
    const stewards = (await list(`sort=steward&order=${order}`)).items.map((e) => e.stewardName)
    expect(stewards.slice(stewards.indexOf(null)).every((s) => s === null)).toBe(true)
    const named = [...new Set(stewards.filter((s) => s !== null))]
    expect(named).toEqual(order === 'asc' ? ['王芳', '赵强'] : ['赵强', '王芳'])

    // Names as Chinese readers sort them (pinyin): 阿 (a) … 张 (zhang).
    const names = (await list(`sort=name&order=${order}`)).items.map((e) => e.name)
    const first = order === 'asc' ? '阿' : '张'
    const last = order === 'asc' ? '张' : '阿'
    expect(names[0]!.startsWith(first), names.join(' ')).toBe(true)
    expect(names.at(-1)!.startsWith(last), names.join(' ')).toBe(true)
  })

  it('pages a sorted list without losing or repeating an enterprise', async () => {
    const whole = (await list('sort=annualOutputValue&order=desc')).items.map((e) => e.uscc)
    const paged: string[] = []
    for (let page = 1; page <= 5; page++) {
      const res = (await get(`/api/enterprises?sort=annualOutputValue&order=desc&pageSize=5&page=${page}`)).json()
      paged.push(...res.items.map((e: Summary) => e.uscc))
    }
    expect(paged).toEqual(whole)
  })

  it('keeps 重点企业 first, then names, when no column is asked for', async () => {
    const items = (await list('')).items
    const keys = items.map((e) => e.isKey)
    expect(keys).toEqual([...keys].sort((a, b) => Number(b) - Number(a)))
  })

  it('refuses an unknown sort column or order with 400 naming it', async () => {
    for (const [query, field] of [['sort=facts', 'sort'], ['sort=name&order=up', 'order'], ['unassigned=maybe', 'unassigned']]) {
      const res = await get(`/api/enterprises?${query}`)
      expect(res.statusCode).toBe(400)
      expect(res.json().details.map((d: { field: string }) => d.field)).toContain(field)
    }
  })

  it('finds the enterprises without a steward (未分配管家), in the list and in the CSV export', async () => {
    const unassigned = rows.filter((r) => r.steward === null).map((r) => r.uscc).sort()
    const found = await list('unassigned=true')
    expect(found.total).toBe(unassigned.length)
    expect(found.items.map((e) => e.uscc).sort()).toEqual(unassigned)
    expect(found.items.every((e) => e.stewardName === null && e.stewardSub === null)).toBe(true)
    // a legacy free-text steward is shown, and counts as 未分配
    expect(found.items.filter((e) => e.stewardLegacyName !== null).map((e) => [e.uscc, e.stewardLegacyName])).toEqual([[rows[LEGACY.index]!.uscc, '张三']])
    expect((await list('unassigned=false')).total).toBe(rows.length - unassigned.length)
    expect((await list('unassigned=false')).items.every((e) => e.stewardName !== null && e.stewardSub !== null)).toBe(true)

    const csv = (await get('/api/enterprises/export?format=csv&unassigned=true&sort=uscc')).body.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(unassigned)
    const cells = csv.slice(1).map((line) => line.split(',')[6])
    expect(cells.filter((c) => c === '未分配')).toHaveLength(unassigned.length - 1)
    expect(cells).toContain('未分配（原服务管家（未关联账号）：张三）')
  })

  it('counts for the 工作台: enterprises, 重点企业, without a steward', async () => {
    const res = await get('/api/enterprises/counts')
    expect(res.statusCode).toBe(200)
    const key = (r: Row) => (r.output ?? 0) >= 1_000_000_000
    expect(res.json()).toEqual({
      total: rows.length,
      key: rows.filter(key).length,
      unassigned: rows.filter((r) => r.steward === null).length,
      keyUnassigned: rows.filter((r) => key(r) && r.steward === null).length,
      mine: 0,
    })
    expect((await get('/api/enterprises/counts', 'admin')).statusCode).toBe(200)
    expect((await get('/api/enterprises/counts', 'bureau-sheitc')).statusCode).toBe(403)
    expect((await get('/api/enterprises/counts', 'enterprise-a')).statusCode).toBe(403)
  })

  it('我负责的企业: the enterprises whose steward is the caller, in the list, the CSV and the counts', async () => {
    const me = (await get('/api/users/coordinators')).json().find((c: { username: string }) => c.username === 'coordinator').sub as string
    const mine = [rows[1]!.uscc, rows[2]!.uscc].sort()
    const before = (await db.query(`SELECT uscc, steward_sub FROM enterprises WHERE uscc = ANY($1)`, [mine])).rows
    await db.query(`UPDATE enterprises SET steward_sub = $1 WHERE uscc = ANY($2)`, [me, mine])
    try {
      expect((await list('mine=true&sort=uscc')).items.map((e) => [e.uscc, e.stewardName])).toEqual(mine.map((u) => [u, '陈晓东']))
      expect((await list('mine=false')).total).toBe(rows.length - 2)
      expect((await get('/api/enterprises/export?format=csv&mine=true')).body.trim().split('\r\n')).toHaveLength(3)
      expect((await get('/api/enterprises/counts')).json().mine).toBe(2)
      expect((await get('/api/enterprises/counts', 'admin')).json().mine).toBe(0)
    } finally {
      for (const r of before) await db.query(`UPDATE enterprises SET steward_sub = $1 WHERE uscc = $2`, [r.steward_sub, r.uscc])
    }
  })

  it('exports XLSX with the CSV’s rows, and refuses more than 50,000 rows with 400 EXPORT_TOO_LARGE (never a cut file)', async () => {
    const xlsx = await get('/api/enterprises/export?format=xlsx&sort=uscc')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(decodeURIComponent(String(xlsx.headers['content-disposition']).split("UTF-8''")[1]!)).toMatch(/^企业-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const usccs: string[] = []
    book.getWorksheet('企业')!.eachRow((row, n) => void (n > 1 && usccs.push(String(row.getCell(1).value))))
    expect(usccs).toEqual(rows.map((r) => r.uscc).sort())
    expect((await get('/api/enterprises/export?format=pdf')).statusCode).toBe(400)

    // 50,001 enterprises in all: one more than an export writes
    await db.query(`INSERT INTO enterprises (uscc, name, version) SELECT 'X' || lpad(n::text, 17, '0'), 'bulk', 1 FROM generate_series(1, $1) n`, [50_001 - rows.length])
    try {
      const big = await get('/api/enterprises/export?format=csv')
      expect(big.statusCode).toBe(400)
      expect(big.json().code).toBe('EXPORT_TOO_LARGE')
      expect((await get('/api/enterprises/export?format=csv&q=bulk')).statusCode).toBe(200) // 49,977: narrowed, it is written
    } finally {
      await db.query(`DELETE FROM enterprises WHERE name = 'bulk'`)
    }
  })

  describe('one steward for many enterprises (PUT /api/enterprises/stewards)', () => {
    const snapshot = async () => ({
      enterprises: (await db.query(`SELECT uscc, version, steward_sub, steward_phone, steward_legacy_name FROM enterprises ORDER BY uscc`)).rows,
      changes: (await db.query(`SELECT count(*)::int AS n FROM enterprise_changes`)).rows[0].n as number,
    })
    const targetsOf = async (usccs: string[]) => {
      const { items } = await list('sort=uscc')
      return usccs.map((u) => ({ uscc: u, version: items.find((e) => e.uscc === u)!.version }))
    }

    it('assigns the selected enterprises in one go, with a history row each, and skips those that already have that steward', async () => {
      const unassigned = (await list('unassigned=true&sort=uscc')).items.slice(0, 3).map((e) => e.uscc)
      const already = rows.find((r) => r.steward === '王芳')!.uscc
      await db.query(`UPDATE enterprises SET steward_phone = '021-23119876' WHERE uscc = $1`, [already])
      const targets = await targetsOf([...unassigned, already])
      const before = await snapshot()
      const res = await put('/api/enterprises/stewards', { stewardSub: STEWARDS['王芳'], phone: '021-23119876', enterprises: targets })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual({ changed: unassigned, unchanged: [already] })
      const after = await snapshot()
      expect(after.changes).toBe(before.changes + 3)
      for (const u of unassigned) {
        const row = after.enterprises.find((e) => e.uscc === u)!
        expect(row).toMatchObject({ steward_sub: STEWARDS['王芳'], steward_phone: '021-23119876', steward_legacy_name: null, version: targets.find((x) => x.uscc === u)!.version + 1 })
        const history = (await get(`/api/enterprises/${u}/history`)).json()
        // a legacy steward is named as the one replaced
        const from = u === rows[LEGACY.index]!.uscc ? LEGACY.name : null
        expect(history.items[0]).toMatchObject({ actorUsername: 'coordinator', actorName: '晓东 陈', changes: [{ field: 'steward', from, to: '王芳' }, { field: 'steward.phone', from: null, to: '021-23119876' }] })
      }
      expect(after.enterprises.find((e) => e.uscc === already)!.version).toBe(targets.at(-1)!.version)
      expect((await list('unassigned=true')).total).toBe(rows.filter((r) => r.steward === null).length - 3)
    })

    it('writes nothing when one of them was changed meanwhile, and names the stale one (409)', async () => {
      const chosen = (await list('unassigned=true&sort=uscc')).items.slice(0, 3).map((e) => e.uscc)
      const targets = await targetsOf(chosen)
      targets[1] = { ...targets[1]!, version: targets[1]!.version + 5 }
      const before = await snapshot()
      const res = await put('/api/enterprises/stewards', { stewardSub: STEWARDS['赵强'], phone: '021-23110002', enterprises: targets })
      expect(res.statusCode).toBe(409)
      expect(res.json()).toMatchObject({ code: 'PROFILE_VERSION_CONFLICT', details: [{ field: 'enterprises.1.version', code: 'STALE', messages: [expect.stringContaining(chosen[1]!)] }] })
      expect(await snapshot()).toEqual(before)
    })

    it('writes nothing when one of them does not exist, and names it (404)', async () => {
      const targets = [...(await targetsOf([rows[0]!.uscc])), { uscc: uscc(999_999), version: 1 }]
      const before = await snapshot()
      const res = await put('/api/enterprises/stewards', { stewardSub: STEWARDS['赵强'], phone: '021-23110002', enterprises: targets })
      expect(res.statusCode).toBe(404)
      expect(res.json()).toMatchObject({ code: 'ENTERPRISE_NOT_FOUND', details: [{ field: 'enterprises.1.uscc', code: 'NOT_FOUND' }] })
      expect(await snapshot()).toEqual(before)
    })

    it.each([
      [{ enterprises: [] }, 'enterprises', 'REQUIRED'],
      [{ enterprises: 'all' }, 'enterprises', 'TYPE'],
      [{ enterprises: Array.from({ length: 101 }, (_, i) => ({ uscc: uscc(5000 + i), version: 1 })) }, 'enterprises', 'TOO_LONG'],
      [{ enterprises: [{ uscc: uscc(1000), version: 1 }, { uscc: uscc(1000), version: 1 }] }, 'enterprises', 'NOT_ALLOWED'],
      [{ enterprises: [{ uscc: wrongCheckDigit(uscc(1000)), version: 1 }] }, 'enterprises.0.uscc', 'FORMAT'],
      [{ enterprises: [{ uscc: uscc(1000), version: '1' }] }, 'enterprises.0.version', 'TYPE'],
      [{ enterprises: [{ uscc: uscc(1000) }] }, 'enterprises.0.version', 'TYPE'],
      [{ enterprises: [{ uscc: uscc(1000), version: 1, extra: true }] }, 'enterprises.0.extra', 'UNKNOWN_FIELD'],
      [{ stewardSub: '', enterprises: [{ uscc: uscc(1000), version: 1 }] }, 'stewardSub', 'REQUIRED'],
      [{ stewardSub: 'sub-nobody', enterprises: [{ uscc: uscc(1000), version: 1 }] }, 'stewardSub', 'NOT_ALLOWED'],
      [{ name: '赵强', enterprises: [{ uscc: uscc(1000), version: 1 }] }, 'name', 'UNKNOWN_FIELD'],
      [{ phone: 'abc', enterprises: [{ uscc: uscc(1000), version: 1 }] }, 'phone', 'FORMAT'],
    ])('refuses %j with 400 naming %s (%s) and writes nothing', async (patch, field, code) => {
      const before = await snapshot()
      const res = await put('/api/enterprises/stewards', { stewardSub: STEWARDS['赵强'], phone: '021-23110002', ...patch })
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().details).toContainEqual(expect.objectContaining({ field, code }))
      expect(await snapshot()).toEqual(before)
    })

    it('is for coordinators only', async () => {
      const targets = await targetsOf([rows[1]!.uscc])
      for (const user of ['admin', 'enterprise-a', 'bureau-sheitc'] as const) {
        expect((await put('/api/enterprises/stewards', { stewardSub: STEWARDS['赵强'], phone: '021-23110002', enterprises: targets }, user)).statusCode, user).toBe(403)
      }
    })

    it('two coordinators assigning overlapping selections at once: one wins, the other changes nothing (no deadlock)', async () => {
      const chosen = (await list('unassigned=true&sort=uscc')).items.slice(0, 4).map((e) => e.uscc)
      const targets = await targetsOf(chosen)
      const before = await snapshot()
      const results = await Promise.all([
        put('/api/enterprises/stewards', { stewardSub: STEWARDS['李敏'], phone: '021-23110003', enterprises: targets.slice(0, 3) }),
        put('/api/enterprises/stewards', { stewardSub: STEWARDS['赵强'], phone: '021-23110004', enterprises: [...targets.slice(1)].reverse() }),
      ])
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
      const after = await snapshot()
      expect(after.changes).toBe(before.changes + 3)
    })
  })

  describe('history worth reading', () => {
    const A = rows[2]!.uscc

    beforeAll(async () => {
      // 45 saved edits, then rows as older code wrote them: an assignment that changed nothing, and one that changed one field of three.
      for (let i = 0; i < 45; i++) {
        await db.query(`INSERT INTO enterprise_changes (uscc, actor_sub, actor_username, changes, at) VALUES ($1, 's', 'enterprise-x', $2, now() - make_interval(mins => $3))`, [
          A,
          JSON.stringify([{ field: i % 2 ? 'facts.revenue' : 'contactPhone', from: i, to: i + 1 }]),
          100 - i,
        ])
      }
      await db.query(`INSERT INTO enterprise_changes (uscc, actor_sub, actor_username, changes, at) VALUES ($1, 's', 'coordinator', $2, now())`, [
        A,
        JSON.stringify([{ field: 'steward.name', from: '李敏', to: '李敏' }, { field: 'steward.phone', from: '021-1', to: '021-1' }]),
      ])
      await db.query(`INSERT INTO enterprise_changes (uscc, actor_sub, actor_username, changes, at) VALUES ($1, 's', 'coordinator', $2, now() + interval '1 minute')`, [
        A,
        JSON.stringify([{ field: 'steward.name', from: '李敏', to: '李敏' }, { field: 'steward.phone', from: '021-1', to: '021-2' }]),
      ])
    })

    it('pages 20 at a time, newest first, without changes that changed nothing', async () => {
      const first = (await get(`/api/enterprises/${A}/history`)).json()
      expect(first).toMatchObject({ total: 46, page: 1, pageSize: 20 })
      expect(first.items).toHaveLength(20)
      expect(first.items[0].changes).toEqual([{ field: 'steward.phone', from: '021-1', to: '021-2' }])
      const ats = first.items.map((e: { at: string }) => e.at)
      expect(ats).toEqual([...ats].sort().reverse())
      const third = (await get(`/api/enterprises/${A}/history?page=3`)).json()
      expect(third.items).toHaveLength(6)
      const beyond = (await get(`/api/enterprises/${A}/history?page=9`)).json()
      expect(beyond).toMatchObject({ items: [], total: 46, page: 9 })
      const all = [...first.items, ...(await get(`/api/enterprises/${A}/history?page=2`)).json().items, ...third.items]
      expect(new Set(all.map((e: { id: string }) => e.id)).size).toBe(46)
      expect(all.flatMap((e: { changes: { from: unknown; to: unknown }[] }) => e.changes).every((c: { from: unknown; to: unknown }) => c.from !== c.to)).toBe(true)
    })

    it('filters by field, keeping only that field’s changes, and lists the fields there are', async () => {
      const revenue = (await get(`/api/enterprises/${A}/history?field=facts.revenue&pageSize=100`)).json()
      expect(revenue.total).toBe(22)
      expect(revenue.items.every((e: { changes: { field: string }[] }) => e.changes.length === 1 && e.changes[0]!.field === 'facts.revenue')).toBe(true)
      expect(revenue.fields).toEqual(['contactPhone', 'facts.revenue', 'steward.phone'])
      expect((await get(`/api/enterprises/${A}/history?field=steward.name`)).json()).toMatchObject({ items: [], total: 0 })
    })

    it.each(['facts..revenue', 'a b', '.x', 'x'.repeat(101)])('refuses field=%s with 400 naming field', async (field) => {
      const res = await get(`/api/enterprises/${A}/history?field=${encodeURIComponent(field)}`)
      expect(res.statusCode).toBe(400)
      expect(res.json().details[0].field).toBe('field')
    })

    it('pages the enterprise’s own history the same way', async () => {
      const res = await get('/api/enterprises/me/history?pageSize=5&field=facts.revenue', 'enterprise-a')
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({ items: [], total: 0, page: 1, pageSize: 5, fields: [] })
      expect((await get('/api/enterprises/me/history?pageSize=500', 'enterprise-a')).statusCode).toBe(400)
    })
  })
})
