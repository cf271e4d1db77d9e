import { evaluate, shanghaiDateTimeOf, sortForPackage } from '@servicepack/policy-rules'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { decodeJwt } from 'jose'
import { signedIn } from './helpers/directory.js'
import { authHeader, signWithRealmKey, subOf, tokenFor, type DemoUser } from './helpers/tokens.js'

const A = '91310115MA1K4C7L8X'
const B = '91310112MA1G8R3N83'

describe('enterprise profile and service package', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp()
  })
  afterAll(async () => t?.close())

  const call = async (user: DemoUser | null, method: 'GET' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user ? await authHeader(user) : {}, ...(payload ? { payload } : {}) })

  it('binds enterprise-a to its enterprise on first call, named by the realm (enterprise_name), not by the person', async () => {
    const res = await call('enterprise-a', 'GET', '/api/enterprises/me')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ uscc: A, name: '上海芯联微电子有限公司', facts: {}, isKey: false, steward: null, version: 1 })
  })

  it('updates facts partially, null makes a fact unknown again, and keeps a history', async () => {
    let res = await call('enterprise-a', 'PUT', '/api/enterprises/me', {
      name: '上海芯联微电子有限公司',
      facts: { industry: 'integrated-circuits', district: 'pudong', basicResearchInvestment: 60_000_000, revenue: 1 },
    })
    expect(res.statusCode).toBe(200)
    const v = res.json().version
    res = await call('enterprise-a', 'PUT', '/api/enterprises/me', { facts: { revenue: null, annualOutputValue: 1_200_000_000 }, version: v })
    expect(res.statusCode).toBe(200)
    expect(res.json().facts).toEqual({ industry: 'integrated-circuits', district: 'pudong', basicResearchInvestment: 60_000_000, annualOutputValue: 1_200_000_000 })
    expect(res.json().isKey).toBe(true)
    const history = (await call('enterprise-a', 'GET', '/api/enterprises/me/history')).json()
    expect(history).toMatchObject({ total: 2, page: 1, pageSize: 20 })
    expect(history.items[0].actorUsername).toBe('enterprise-a')
    expect(history.items[0].changes).toEqual([
      { field: 'facts.revenue', from: 1, to: null },
      { field: 'facts.annualOutputValue', from: null, to: 1_200_000_000 },
    ])
  })

  it('refuses a stale version with 409 and changes nothing', async () => {
    const before = (await call('enterprise-a', 'GET', '/api/enterprises/me')).json()
    const res = await call('enterprise-a', 'PUT', '/api/enterprises/me', { facts: { revenue: 5 }, version: before.version - 1 })
    expect(res.statusCode).toBe(409)
    expect((await call('enterprise-a', 'GET', '/api/enterprises/me')).json()).toEqual(before)
  })

  it.each([
    [{ facts: { revenue: '100' } }, 'facts.revenue'],
    [{ facts: { rdHighGrowth: 1 } }, 'facts.rdHighGrowth'],
    [{ facts: { energySavedTce: -3 } }, 'facts.energySavedTce'],
    [{ facts: { industry: 'shipbuilding' } }, 'facts.industry'],
    [{ facts: { notAFact: 1 } }, 'facts.notAFact'],
    [{ contactEmail: 'not-an-email' }, 'contactEmail'],
    [{ uscc: B }, 'uscc'],
  ])('refuses %j with 400 naming %s, and writes nothing', async (payload, field) => {
    const before = (await call('enterprise-a', 'GET', '/api/enterprises/me')).json()
    const res = await call('enterprise-a', 'PUT', '/api/enterprises/me', payload)
    expect(res.statusCode).toBe(400)
    expect(res.json().details.map((d: { field: string }) => d.field)).toContain(field)
    expect((await call('enterprise-a', 'GET', '/api/enterprises/me')).json()).toEqual(before)
  })

  it('the package for an asOf equals evaluate() on the stored facts, in package order', async () => {
    const me = (await call('enterprise-a', 'GET', '/api/enterprises/me')).json()
    const res = await call('enterprise-a', 'GET', '/api/enterprises/me/package?asOf=2026-06-30')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.asOf).toBe('2026-06-30')
    expect(body.evaluations).toEqual(sortForPackage(evaluate(me.facts, { asOf: '2026-06-30', reasonsEn: true })))
    const basic = body.evaluations.find((e: { measureId: string }) => e.measureId === 'basic-research')
    expect(basic).toMatchObject({ status: 'eligible', amount: { min: 5_000_000, max: 5_000_000 } })
    expect(body.total.max).toBeGreaterThanOrEqual(5_000_000)
  })

  it('outside the plan period every measure is ineligible', async () => {
    const body = (await call('enterprise-a', 'GET', '/api/enterprises/me/package?asOf=2029-01-01')).json()
    expect(body.evaluations.every((e: { status: string }) => e.status === 'ineligible')).toBe(true)
    expect(body.total).toEqual({ min: 0, max: 0 })
  })

  it.each(['2026-02-30', 'tomorrow'])('refuses asOf=%s with 400', async (asOf) => {
    const res = await call('enterprise-a', 'GET', `/api/enterprises/me/package?asOf=${asOf}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().details[0].field).toBe('asOf')
  })

  it('enterprise-a cannot read or change enterprise-b by any route', async () => {
    await call('enterprise-b', 'PUT', '/api/enterprises/me', { facts: { revenue: 42 } })
    for (const [method, url] of [
      ['GET', `/api/enterprises/${B}`],
      ['GET', `/api/enterprises/${B}/package`],
      ['GET', `/api/enterprises/${B}/history`],
      ['PUT', `/api/enterprises/${B}/steward`],
      ['GET', '/api/enterprises?q=MA1G8R3N83'],
    ] as const) {
      const res = await call('enterprise-a', method, url, method === 'PUT' ? { stewardSub: 'x', phone: '021-1234567', version: 1 } : undefined)
      expect(res.statusCode, `${method} ${url}`).toBe(403)
      expect(res.json().code).toBe('FORBIDDEN')
    }
    expect((await call('enterprise-b', 'GET', '/api/enterprises/me')).json().facts).toEqual({ revenue: 42 })
    expect((await call('enterprise-a', 'GET', '/api/enterprises/me')).json().uscc).toBe(A)
  })

  it('a user bound to enterprise-a stays bound even if a later token names enterprise-b', async () => {
    const claims = decodeJwt(await tokenFor('enterprise-a'))
    const now = Math.floor(Date.now() / 1000)
    const switched = await signWithRealmKey({ ...claims, enterprise_uscc: B, iat: now, exp: now + 300 })
    const res = await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: { authorization: `Bearer ${switched}` } })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'ENTERPRISE_MISMATCH', message: expect.stringContaining('bound to another enterprise') })
  })

  it('a token without enterprise_uscc gets a clear 403 on the enterprise routes', async () => {
    for (const user of ['coordinator', 'bureau-stcsm'] as const) {
      const res = await call(user, 'GET', '/api/enterprises/me')
      expect(res.statusCode).toBe(403)
      expect(res.json().code).toBe('FORBIDDEN')
    }
    const claims = decodeJwt(await tokenFor('enterprise-a'))
    const now = Math.floor(Date.now() / 1000)
    const unlinked = await signWithRealmKey({ ...claims, sub: 'someone-new', enterprise_uscc: undefined, iat: now, exp: now + 300 })
    const res = await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: { authorization: `Bearer ${unlinked}` } })
    expect(res.statusCode).toBe(403)
    expect(res.json().code).toBe('ENTERPRISE_NOT_LINKED')
  })

  it('takes the bearer scheme in any case', async () => {
    const token = await tokenFor('enterprise-a')
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: { authorization: `${scheme} ${token}` } })
      expect(res.statusCode, scheme).toBe(200)
    }
  })

  it('tells each caller what it may do with the enterprise (allowedActions)', async () => {
    expect((await call('enterprise-a', 'GET', '/api/enterprises/me')).json().allowedActions).toEqual(['update'])
    expect((await call('coordinator', 'GET', `/api/enterprises/${A}`)).json().allowedActions).toEqual(['assignSteward'])
    expect((await call('admin', 'GET', `/api/enterprises/${A}`)).json().allowedActions).toEqual([])
  })

  it.each([
    [{ name: '   ' }, 'name', 'REQUIRED'],
    [{ name: null }, 'name', 'REQUIRED'],
    [{ name: '上海\u202Egnp.exe' }, 'name', 'FORBIDDEN_CHARACTERS'],
    [{ name: 'two\nlines' }, 'name', 'FORBIDDEN_CHARACTERS'],
    [{ name: 'zero\u200bwidth' }, 'name', 'FORBIDDEN_CHARACTERS'],
    [{ contactName: 'tab\tbed' }, 'contactName', 'FORBIDDEN_CHARACTERS'],
    [{ facts: null }, 'facts', 'TYPE'],
    [{ facts: [] }, 'facts', 'TYPE'],
    [{ contactPhone: '12' }, 'contactPhone', 'FORMAT'],
    [{ version: 'x' }, 'version', 'TYPE'],
  ])('refuses %j with 400 FIELD_INVALID naming %s (%s) and writes nothing', async (payload, field, code) => {
    const before = (await call('enterprise-a', 'GET', '/api/enterprises/me')).json()
    const res = await call('enterprise-a', 'PUT', '/api/enterprises/me', payload)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'FIELD_INVALID', details: [{ field, code }] })
    expect((await call('enterprise-a', 'GET', '/api/enterprises/me')).json()).toEqual(before)
  })

  it('trims names and turns blank contact fields into null', async () => {
    const before = (await call('enterprise-a', 'GET', '/api/enterprises/me')).json()
    const res = await call('enterprise-a', 'PUT', '/api/enterprises/me', { name: `  ${before.name}  `, contactName: '  王经理 ', contactEmail: '' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ name: before.name, contactName: '王经理', contactEmail: null })
  })

  it('refuses anonymous callers with 401', async () => {
    expect((await call(null, 'GET', '/api/enterprises/me')).statusCode).toBe(401)
  })

  describe('coordinators', () => {
    it('list enterprises, 重点企业 first, with search and paging', async () => {
      const all = (await call('coordinator', 'GET', '/api/enterprises')).json()
      expect(all.total).toBe(2)
      expect(all.items.map((e: { uscc: string }) => e.uscc)).toEqual([A, B]) // A is key
      expect(all.items[0]).toMatchObject({ isKey: true, industry: 'integrated-circuits', district: 'pudong' })
      const search = (await call('coordinator', 'GET', '/api/enterprises?q=MA1G8R3N83')).json()
      expect(search.items.map((e: { uscc: string }) => e.uscc)).toEqual([B])
      const page2 = (await call('coordinator', 'GET', '/api/enterprises?pageSize=1&page=2')).json()
      expect(page2).toMatchObject({ total: 2, page: 2, pageSize: 1 })
      expect(page2.items.map((e: { uscc: string }) => e.uscc)).toEqual([B])
      expect((await call('coordinator', 'GET', '/api/enterprises?key=true')).json().total).toBe(1)
      expect((await call('coordinator', 'GET', '/api/enterprises?pageSize=1000')).statusCode).toBe(400)
    })

    it('export the filtered list as CSV', async () => {
      const res = await call('coordinator', 'GET', '/api/enterprises/export?format=csv&key=true')
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toContain('text/csv')
      const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n')
      expect(lines[0]).toBe('统一社会信用代码,企业名称,重点企业,行业,所在区,年产值(元),服务管家,更新时间')
      expect(lines).toHaveLength(2)
      expect(lines[1]).toContain(`${A},上海芯联微电子有限公司,是,集成电路,浦东新区,1200000000,未分配,`)
      // 更新时间 as the apps show it: Shanghai time to the minute, not UTC ISO
      const { updatedAt } = (await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()
      expect(lines[1]!.split(',').at(-1)).toBe(shanghaiDateTimeOf(updatedAt))
      expect(lines[1]!.split(',').at(-1)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
      expect((await call('enterprise-a', 'GET', '/api/enterprises/export?format=csv')).statusCode).toBe(403)
    })

    it('read any enterprise, its package and history', async () => {
      expect((await call('coordinator', 'GET', `/api/enterprises/${B}`)).json().facts).toEqual({ revenue: 42 })
      expect((await call('admin', 'GET', `/api/enterprises/${A}/package?asOf=2026-06-30`)).statusCode).toBe(200)
      expect((await call('coordinator', 'GET', `/api/enterprises/${A}/history`)).json().total).toBeGreaterThan(0)
    })

    it('refuse an invalid USCC with 400 naming the field, and an unknown one with 404', async () => {
      const bad = await call('coordinator', 'GET', '/api/enterprises/91310115MA1K4C7L8Y')
      expect(bad.statusCode).toBe(400)
      expect(bad.json().details).toEqual([{ field: 'uscc', code: 'FORMAT', messages: [expect.stringContaining('check digit')] }])
      expect((await call('coordinator', 'GET', '/api/enterprises/123')).statusCode).toBe(400)
      const unknown = await call('coordinator', 'GET', '/api/enterprises/91350100M000100Y43')
      expect(unknown.statusCode).toBe(404)
      expect(unknown.json().code).toBe('ENTERPRISE_NOT_FOUND')
    })

    it('assign a steward: a coordinator account, whose name and e-mail the enterprise then sees with the phone chosen', async () => {
      const [wang] = await signedIn(t.app, ['coordinator-2', 'coordinator'])
      const { version } = (await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()
      const res = await call('coordinator', 'PUT', `/api/enterprises/${A}/steward`, { stewardSub: wang, phone: '021-23118866', version })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ version: version + 1, steward: { sub: wang, username: 'coordinator-2', name: '王芳', email: 'coordinator-2@demo.servicepack.example', phone: '021-23118866', assignedBy: 'coordinator' } })
      const pkg = (await call('enterprise-a', 'GET', '/api/enterprises/me/package')).json()
      expect(pkg.steward).toMatchObject({ sub: wang, name: '王芳', phone: '021-23118866', email: 'coordinator-2@demo.servicepack.example', assignedBy: 'coordinator' })
      expect((await call('enterprise-a', 'GET', '/api/enterprises/me')).json().steward).toMatchObject({ name: '王芳', phone: '021-23118866' })
      const history = (await call('coordinator', 'GET', `/api/enterprises/${A}/history`)).json()
      expect(history.items[0].changes).toEqual([
        { field: 'steward', from: null, to: '王芳' },
        { field: 'steward.phone', from: null, to: '021-23118866' },
      ])
      expect((await call('admin', 'PUT', `/api/enterprises/${A}/steward`, { stewardSub: wang, phone: '021-1234567', version: version + 1 })).statusCode).toBe(403)
    })

    it('another coordinator replaces the steward: one `steward` row from one name to the other, the phone unchanged', async () => {
      const [chen] = await signedIn(t.app, ['coordinator'])
      const { version } = (await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()
      const res = await call('coordinator', 'PUT', `/api/enterprises/${A}/steward`, { stewardSub: chen, phone: '021-23118866', version })
      expect(res.statusCode, res.body).toBe(200)
      expect((await call('coordinator', 'GET', `/api/enterprises/${A}/history`)).json().items[0].changes).toEqual([{ field: 'steward', from: '王芳', to: '陈晓东' }])
    })

    it('lists the choosable stewards — coordinators who have signed in — to coordinators and admins only', async () => {
      await signedIn(t.app, ['coordinator', 'coordinator-2', 'bureau-sheitc', 'admin'])
      const res = await call('coordinator', 'GET', '/api/users/coordinators')
      expect(res.statusCode).toBe(200)
      const list = res.json() as { sub: string; username: string; lastPhone: string | null; enterpriseCount: number; lastSeenAt: string }[]
      expect(list.map((c) => c.username).sort()).toEqual(['coordinator', 'coordinator-2'])
      expect(list.find((c) => c.username === 'coordinator')).toMatchObject({ sub: await subOf('coordinator'), name: '晓东 陈', email: 'coordinator@demo.servicepack.example', lastPhone: '021-23118866', enterpriseCount: 1, lastSeenAt: expect.any(String) })
      expect(list.find((c) => c.username === 'coordinator-2')).toMatchObject({ lastPhone: null, enterpriseCount: 0 })
      expect((await call('admin', 'GET', '/api/users/coordinators')).statusCode).toBe(200)
      for (const user of ['bureau-sheitc', 'bureau-planning', 'enterprise-a', 'association-ic'] as const) {
        const refused = await call(user, 'GET', '/api/users/coordinators')
        expect(refused.statusCode, user).toBe(403)
        expect(refused.json().code).toBe('FORBIDDEN')
      }
      expect((await call(null, 'GET', '/api/users/coordinators')).statusCode).toBe(401)
    })

    it('refuses a steward who is no coordinator account with 400 NOT_ALLOWED naming stewardSub, changing nothing', async () => {
      const [officer, admin] = await signedIn(t.app, ['bureau-sheitc', 'admin'])
      for (const stewardSub of [officer, admin, 'f0000000-0000-4000-8000-000000000000']) {
        const before = (await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()
        const res = await call('coordinator', 'PUT', `/api/enterprises/${A}/steward`, { stewardSub, phone: '021-23110000', version: before.version })
        expect(res.statusCode).toBe(400)
        expect(res.json()).toMatchObject({ code: 'FIELD_INVALID', details: [{ field: 'stewardSub', code: 'NOT_ALLOWED' }], correlationId: expect.any(String) })
        expect((await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()).toEqual(before)
      }
    })

    it.each([
      [{ stewardSub: '', phone: '021-1234567' }, 'stewardSub', 'REQUIRED'],
      [{ stewardSub: '   ', phone: '021-1234567' }, 'stewardSub', 'REQUIRED'],
      [{ phone: '021-1234567' }, 'stewardSub', 'REQUIRED'],
      [{ stewardSub: 'x'.repeat(256), phone: '021-1234567' }, 'stewardSub', 'TOO_LONG'],
      [{ stewardSub: 's\u202E', phone: '021-1234567' }, 'stewardSub', 'FORBIDDEN_CHARACTERS'],
      [{ stewardSub: 's', phone: '   ' }, 'phone', 'REQUIRED'],
      [{ stewardSub: 's' }, 'phone', 'REQUIRED'],
      [{ stewardSub: 's', phone: 'abc' }, 'phone', 'FORMAT'],
      // the free-text steward of before is no longer taken
      [{ stewardSub: 's', phone: '021-1234567', name: '李' }, 'name', 'UNKNOWN_FIELD'],
      [{ stewardSub: 's', phone: '021-1234567', email: 'li@x.cn' }, 'email', 'UNKNOWN_FIELD'],
    ])('refuse the steward %j with 400 naming %s (%s), changing nothing', async (fields, field, code) => {
      const before = (await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()
      const res = await call('coordinator', 'PUT', `/api/enterprises/${A}/steward`, { ...fields, version: before.version })
      expect(res.statusCode).toBe(400)
      expect(res.json().details).toContainEqual(expect.objectContaining({ field, code }))
      expect((await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()).toEqual(before)
    })

    it('an unchanged steward assignment writes no history and keeps the version', async () => {
      const before = (await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()
      const historyBefore = (await call('coordinator', 'GET', `/api/enterprises/${A}/history`)).json()
      const { sub, phone } = before.steward
      const res = await call('coordinator', 'PUT', `/api/enterprises/${A}/steward`, { stewardSub: ` ${sub} `, phone, version: before.version })
      expect(res.statusCode).toBe(200)
      expect(res.json().version).toBe(before.version)
      expect((await call('coordinator', 'GET', `/api/enterprises/${A}/history`)).json()).toEqual(historyBefore)
    })

    it('a steward assignment on a stale version is refused with 409 and changes nothing', async () => {
      const [wang] = await signedIn(t.app, ['coordinator-2'])
      const before = (await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()
      const res = await call('coordinator', 'PUT', `/api/enterprises/${A}/steward`, { stewardSub: wang, phone: '021-23119999', version: before.version - 1 })
      expect(res.statusCode).toBe(409)
      expect(res.json().code).toBe('PROFILE_VERSION_CONFLICT')
      expect((await call('coordinator', 'GET', `/api/enterprises/${A}`)).json()).toEqual(before)
      const missing = await call('coordinator', 'PUT', `/api/enterprises/${A}/steward`, { stewardSub: wang, phone: '021-23119999' })
      expect(missing.statusCode).toBe(400)
      expect(missing.json().details).toContainEqual(expect.objectContaining({ field: 'version' }))
    })

    it('two coordinators assigning at once on the same version: exactly one wins', async () => {
      const subs = await signedIn(t.app, ['coordinator', 'coordinator-2'])
      const { version } = (await call('coordinator', 'GET', `/api/enterprises/${B}`)).json()
      const results = await Promise.all(subs.map((stewardSub, i) => call(i ? 'coordinator-2' : 'coordinator', 'PUT', `/api/enterprises/${B}/steward`, { stewardSub, phone: '021-23110001', version })))
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
      expect((await call('coordinator', 'GET', `/api/enterprises/${B}`)).json().version).toBe(version + 1)
    })
  })

  it('concurrent saves of the same version: exactly one wins, the other gets 409', async () => {
    const { version } = (await call('enterprise-b', 'GET', '/api/enterprises/me')).json()
    const results = await Promise.all(
      [1, 2, 3].map((n) => call('enterprise-b', 'PUT', '/api/enterprises/me', { facts: { revenue: n }, version })),
    )
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409])
    const after = (await call('enterprise-b', 'GET', '/api/enterprises/me')).json()
    expect(after.version).toBe(version + 1)
  })
})

describe('public try-it calculator', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp()
  })
  afterAll(async () => t?.close())

  it('evaluates facts without a token and stores nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/measures/evaluate', payload: { facts: { basicResearchInvestment: 120_000_000 }, asOf: '2027-01-01' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().evaluations[0]).toMatchObject({ measureId: 'basic-research', amount: { min: 10_000_000, max: 10_000_000 } })
  })

  it('refuses a date that is not in the calendar with 400 naming asOf', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/measures/evaluate', payload: { facts: {}, asOf: '2026-02-30' } })
    expect(res.statusCode).toBe(400)
    expect(res.json().details).toEqual([{ field: 'asOf', code: 'FORMAT', messages: [expect.any(String)] }])
  })

  it('refuses an unknown body field with 400 in the error shape', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/measures/evaluate', payload: { facts: {}, extra: true } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', details: [{ field: 'extra', code: 'UNKNOWN_FIELD' }], correlationId: expect.any(String) })
  })
})
