/**
 * The shared hostile-input test: every write route (and every route that takes a query or a path
 * parameter) meets wrong types, NUL, lone surrogates, control and bidi characters, deep nesting,
 * key floods, huge bodies and foreign content types. Each answer must be a 4xx in the error shape
 * (known code, correlation id), never a 5xx, and nothing may be written.
 *
 * The body-level cases of the write routes, with what each refusal must name. Hostile paths, query
 * strings, headers, multipart parts and every field's type cases are generated from the OpenAPI
 * document for every operation in hostile-generated.spec.ts (no route list kept by hand there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERROR_CODES, FIELD_CODES } from '../src/common/error-codes.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import pg from 'pg'
import { signedIn } from './helpers/directory.js'
import { authHeader, subOf, type DemoUser } from './helpers/tokens.js'

async function pgQuery(t: TestApp, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: t.databaseUrl })
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end()
  }
}

const A = '91310115MA1K4C7L8X'

interface WriteRoute {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  user: DemoUser | null
  /** A body the route accepts (so each case changes one thing). */
  valid: (t: TestApp) => Promise<Record<string, unknown>>
  /** One-line text fields (names, phones, e-mails): control characters and line breaks are refused. */
  lineFields: string[]
  /** Multi-line text fields (descriptions, answers, reasons): control characters are refused, line breaks kept. */
  textFields?: string[]
  /** Object fields (e.g. facts): nesting and key floods go there too. */
  objectFields: string[]
}

/** A response template id (the write routes validate the body before looking the template up). */
const TEMPLATE = '00000000-0000-4000-8000-000000000000'

/** Stands for the appeal made in beforeAll; the appeal routes act on it (validation answers before any state check). */
const APPEAL = ':appeal'
let appealId = ''
const appealRoute = (path: string, user: DemoUser, valid: Record<string, unknown>, lineFields: string[], textFields: string[]): WriteRoute => ({
  method: 'POST', url: `/api/appeals/${APPEAL}/${path}`, user, valid: async () => valid, lineFields, textFields, objectFields: [],
})

/** Stands for the notice made in beforeAll (a draft of association-ic). */
const NOTICE = ':notice'
let noticeId = ''
const validNotice = {
  title: '集成电路政策解读会', body: '## 议程', kind: 'policy_interpretation', startsAt: '2027-03-10T09:00:00+08:00', endsAt: '2027-03-10T11:00:00+08:00',
  venue: '张江', capacity: 30, registrationDeadline: '2027-03-09T18:00:00+08:00', measureIds: ['basic-research'], audience: { industries: ['integrated-circuits'] },
}

const versionOf = async (t: TestApp, url: string, user: DemoUser) =>
  (await t.app.inject({ method: 'GET', url, headers: await authHeader(user) })).json().version as number

const writeRoutes: WriteRoute[] = [
  { method: 'POST', url: '/api/measures/evaluate', user: null, valid: async () => ({ facts: {} }), lineFields: [], objectFields: ['facts'] },
  {
    method: 'PUT', url: '/api/enterprises/me', user: 'enterprise-a',
    valid: async (t) => ({ version: await versionOf(t, '/api/enterprises/me', 'enterprise-a') }),
    lineFields: ['name', 'contactName', 'contactPhone', 'contactEmail'], objectFields: ['facts'],
  },
  {
    method: 'PUT', url: `/api/enterprises/${A}/steward`, user: 'coordinator',
    valid: async (t) => ({ stewardSub: await subOf('coordinator'), phone: '021-23112345', version: await versionOf(t, `/api/enterprises/${A}`, 'coordinator') }),
    lineFields: ['stewardSub', 'phone'], objectFields: [],
  },
  {
    method: 'PUT', url: '/api/enterprises/stewards', user: 'coordinator',
    valid: async (t) => ({ stewardSub: await subOf('coordinator'), phone: '021-23119999', enterprises: [{ uscc: A, version: await versionOf(t, `/api/enterprises/${A}`, 'coordinator') }] }),
    lineFields: ['stewardSub', 'phone'], objectFields: [],
  },
  {
    method: 'POST', url: '/api/appeals', user: 'enterprise-a',
    valid: async () => ({ categoryCode: 'rnd', title: '咨询', description: '说明', measureId: 'basic-research' }),
    lineFields: ['title', 'contactName', 'contactPhone'], textFields: ['description'], objectFields: [],
  },
  appealRoute('dispatch', 'coordinator', { leadBureau: 'sheitc', assistingBureaus: ['stcsm'], complexity: 'simple' }, [], ['note']),
  appealRoute('return', 'bureau-sheitc', { reason: '不属于本单位' }, [], ['reason']),
  appealRoute('respond', 'bureau-sheitc', { body: '已按政策答复企业，请查收。' }, [], ['body', 'skipReason']),
  appealRoute('opinions', 'bureau-stcsm', { body: '意见' }, [], ['body']),
  appealRoute('messages', 'enterprise-a', { body: '留言' }, [], ['body']),
  appealRoute('rate', 'enterprise-a', { resolved: true, rating: 'satisfied' }, [], ['comment']),
  appealRoute('withdraw', 'enterprise-a', { note: '撤回' }, [], ['note']),
  appealRoute('close', 'coordinator', { note: '办结' }, [], ['note']),
  appealRoute('extension-requests', 'bureau-sheitc', { workingDays: 3, reason: '核查' }, [], ['reason']),
  appealRoute(`extension-requests/${APPEAL}/approve`, 'coordinator', { note: '同意' }, [], ['note']),
  appealRoute(`extension-requests/${APPEAL}/refuse`, 'coordinator', { note: '不同意' }, [], ['note']),
  // the administrators' catalogues (issue 12)
  {
    method: 'PUT', url: '/api/admin/routing', user: 'admin',
    valid: async () => ({ entries: [{ categoryCode: 'other', lead: 'sheitc', assisting: ['stcsm'], districtGovernment: false, version: 0 }] }), lineFields: [], objectFields: [],
  },
  { method: 'PUT', url: '/api/admin/deadline-policy', user: 'admin', valid: async () => ({ acceptDays: 2, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, version: 0 }), lineFields: [], objectFields: [] },
  { method: 'PUT', url: '/api/admin/calendar/2027/days/2027-01-04', user: 'admin', valid: async () => ({ working: false, name: '测试' }), lineFields: ['name'], objectFields: [] },
  { method: 'POST', url: '/api/admin/calendar/2027/import', user: 'admin', valid: async () => ({ text: '2027-01-01 休 元旦' }), lineFields: [], textFields: ['text'], objectFields: [] },
  { method: 'POST', url: '/api/admin/calendar/2026/load', user: 'admin', valid: async () => ({ replace: true }), lineFields: [], objectFields: [] },
  { method: 'POST', url: '/api/admin/response-templates', user: 'admin', valid: async () => ({ bureau: 'planning', title: '模板', body: '答复' }), lineFields: ['title'], textFields: ['body'], objectFields: [] },
  {
    method: 'PUT', url: `/api/admin/response-templates/${TEMPLATE}`, user: 'admin',
    valid: async () => ({ bureau: 'planning', title: '模板', body: '答复', version: 1 }), lineFields: ['title'], textFields: ['body'], objectFields: [],
  },
  { method: 'POST', url: '/api/notices', user: 'association-ic', valid: async () => validNotice, lineFields: ['title', 'venue'], textFields: ['body'], objectFields: [] },
  { method: 'PATCH', url: `/api/notices/${NOTICE}`, user: 'association-ic', valid: async () => ({ title: '改期' }), lineFields: ['title', 'venue'], textFields: ['body'], objectFields: [] },
  { method: 'POST', url: `/api/notices/${NOTICE}/cancel`, user: 'association-ic', valid: async () => ({ reason: '取消' }), lineFields: [], textFields: ['reason'], objectFields: [] },
  { method: 'POST', url: '/api/notices/render', user: 'association-ic', valid: async () => ({ body: '# x' }), lineFields: [], textFields: ['body'], objectFields: [] },
  { method: 'POST', url: '/api/notices/audience-preview', user: 'association-ic', valid: async () => ({ audience: { industries: ['integrated-circuits'] } }), lineFields: [], objectFields: [] },
  {
    method: 'POST', url: `/api/notices/${NOTICE}/registrations`, user: 'enterprise-a',
    valid: async () => ({ contactName: '张三', contactPhone: '021-50801234', attendees: 1 }), lineFields: ['contactName', 'contactPhone'], objectFields: [],
  },
  { method: 'POST', url: `/api/notices/${NOTICE}/attendance`, user: 'association-ic', valid: async () => ({ marks: [] }), lineFields: [], objectFields: [] },
]

/** Values no text field may hold; one-line fields refuse the second list too. */
const badText: [string, unknown][] = [
  ['NUL', 'a\u0000b'],
  ['a lone high surrogate', '\ud800x'],
  ['a lone low surrogate', 'x\udc00'],
  ['a right-to-left override', 'abc\u202Etxt.exe'],
  ['a C1 control', 'a\u0085b'],
  ['a number', 42],
  ['an object', { a: 1 }],
  ['an array', ['a']],
  ['a boolean', true],
  ['10,000 characters', '字'.repeat(10_000)],
]
const badLine: [string, unknown][] = [
  ['CR/LF', 'a\r\nb'],
  ['a tab', 'a\tb'],
  ['a zero-width space', 'a\u200Bb'],
]
/** JSON text nested `depth` deep (built as text: JSON.stringify itself overflows the test's stack). */
const nestedText = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1)
const withField = (valid: object, field: string, jsonText: string) => JSON.stringify(valid).replace(/\}$/, `${Object.keys(valid).length ? ',' : ''}"${field}":${jsonText}}`)
const flood = (keys: number) => Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i]))

describe('hostile input: every route answers 4xx in the error shape, never 5xx, and writes nothing', () => {
  let t: TestApp
  let snapshot: () => Promise<unknown>
  let before: unknown
  const seen: { status: number; label: string }[] = []

  beforeAll(async () => {
    // Hundreds of requests from one address and user: this file needs the rate limits off.
    t = await startTestApp({ RATE_LIMIT: 'false' })
    const a = await authHeader('enterprise-a')
    await t.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers: a, payload: { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits' } } })
    const c = await authHeader('coordinator')
    const version = (await t.app.inject({ method: 'GET', url: `/api/enterprises/${A}`, headers: c })).json().version
    const [coordinator] = await signedIn(t.app, ['coordinator'])
    await t.app.inject({ method: 'PUT', url: `/api/enterprises/${A}/steward`, headers: c, payload: { stewardSub: coordinator, phone: '021-23112345', version } })
    // The appeal the appeal routes act on, with a known id.
    appealId = (await t.app.inject({ method: 'POST', url: '/api/appeals', headers: a, payload: { categoryCode: 'rnd', title: '咨询', description: '说明' } })).json().id
    noticeId = (await t.app.inject({ method: 'POST', url: '/api/notices', headers: await authHeader('association-ic'), payload: validNotice })).json().id
    snapshot = async () => {
      const me = (await t.app.inject({ method: 'GET', url: '/api/enterprises/me', headers: a })).json()
      const history = (await t.app.inject({ method: 'GET', url: '/api/enterprises/me/history', headers: a })).json()
      const appeals = (await pgQuery(t, `SELECT id, status, version FROM appeals ORDER BY id`)).rows
      const events = (await pgQuery(t, `SELECT count(*)::int AS n FROM appeal_events`)).rows
      const notifications = (await pgQuery(t, `SELECT count(*)::int AS n FROM notifications`)).rows
      const notices = (await pgQuery(t, `SELECT id, status, version, seats_taken, title, body, audience FROM notices ORDER BY id`)).rows
      const registrations = (await pgQuery(t, `SELECT count(*)::int AS n FROM notice_registrations`)).rows
      const catalogues = (
        await pgQuery(
          t,
          `SELECT (SELECT count(*)::int FROM catalogue_changes) AS changes, (SELECT count(*)::int FROM routing_entries) AS routing, (SELECT count(*)::int FROM deadline_policy) AS policy,
                  (SELECT count(*)::int FROM response_templates) AS templates, (SELECT count(*)::int FROM working_days WHERE source <> 'chinese-days') AS edited_days`,
        )
      ).rows
      return { me, history, appeals, events, notifications, catalogues, notices, registrations }
    }
    before = await snapshot()
  })
  afterAll(async () => t?.close())

  async function send(label: string, route: { method: string; url: string; user: DemoUser | null }, payload: unknown, headers: Record<string, string> = {}) {
    const res = await t.app.inject({
      method: route.method as 'POST',
      url: route.url.replaceAll(APPEAL, appealId).replaceAll(NOTICE, noticeId),
      headers: { ...(route.user ? await authHeader(route.user) : {}), ...(typeof payload === 'string' || Buffer.isBuffer(payload) ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(payload === undefined ? {} : { payload: typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload) }),
    })
    seen.push({ status: res.statusCode, label })
    expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
    expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500)
    const body = res.json()
    expect(body, label).toMatchObject({ statusCode: res.statusCode, error: expect.any(String), message: expect.any(String), correlationId: expect.any(String) })
    expect(ERROR_CODES, `${label}: code ${body.code}`).toContain(body.code)
    for (const d of body.details ?? []) expect(FIELD_CODES, `${label}: field code ${d.code}`).toContain(d.code)
    expect(body.details?.length ?? 0, label).toBeLessThanOrEqual(20)
    return body as { code: string; details?: { field: string; code: string }[] }
  }

  for (const route of writeRoutes) {
    describe(`${route.method} ${route.url}`, () => {
      it('refuses bodies that are not a JSON object', async () => {
        for (const [label, payload] of [['[]', '[]'], ['"text"', '"text"'], ['123', '123'], ['null', 'null'], ['true', 'true']] as const) {
          const body = await send(`${route.url} body ${label}`, route, payload, { 'content-type': 'application/json' })
          expect(body.code).toBe('MALFORMED_BODY')
        }
      })

      it('refuses malformed, empty, deep, flooded, oversized and foreign bodies', async () => {
        const valid = await route.valid(t)
        const cases: [string, unknown, Record<string, string>?, string?][] = [
          ['truncated JSON', '{"a":', { 'content-type': 'application/json' }, 'MALFORMED_BODY'],
          ['an empty body', '', { 'content-type': 'application/json' }],
          ['nesting 5,000 deep', withField(valid, 'deep', nestedText(5000)), { 'content-type': 'application/json' }, 'MALFORMED_BODY'],
          ['arrays nested 100,000 deep', withField(valid, 'deep', '['.repeat(100_000) + ']'.repeat(100_000)), { 'content-type': 'application/json' }, 'MALFORMED_BODY'],
          ['50,000 keys', { ...valid, ...flood(50_000) }, undefined, 'MALFORMED_BODY'],
          ['a __proto__ key', withField(valid, '__proto__', '{"isAdmin":true}'), { 'content-type': 'application/json' }, 'MALFORMED_BODY'],
          ['a constructor key', withField(valid, 'constructor', '{"prototype":{"isAdmin":true}}'), { 'content-type': 'application/json' }, 'MALFORMED_BODY'],
          ['a prototype key', withField(valid, 'prototype', '{"isAdmin":true}'), { 'content-type': 'application/json' }, 'MALFORMED_BODY'],
          ['2 MB', JSON.stringify({ ...valid, name: 'x'.repeat(2 * 1024 * 1024) }), { 'content-type': 'application/json' }, 'PAYLOAD_TOO_LARGE'],
          ['an unknown field', { ...valid, isAdmin: true }, undefined, 'FIELD_INVALID'],
          ['text/plain', 'name=x', { 'content-type': 'text/plain' }, 'UNSUPPORTED_MEDIA_TYPE'],
          ['a form', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }, 'UNSUPPORTED_MEDIA_TYPE'],
        ]
        for (const [label, payload, headers, code] of cases) {
          const body = await send(`${route.url} ${label}`, route, payload, headers)
          if (code) expect(body.code, label).toBe(code)
        }
      })

      for (const field of route.textFields ?? []) {
        it(`refuses bad text in "${field}", naming it`, async () => {
          for (const [label, value] of badText) {
            const body = await send(`${route.url} ${field}=${label}`, route, { ...(await route.valid(t)), [field]: value })
            expect(body.code, label).toBe('FIELD_INVALID')
            expect(body.details?.map((d) => d.field), label).toContain(field)
          }
        })
      }

      for (const field of route.lineFields) {
        it(`refuses bad text in "${field}", naming it`, async () => {
          for (const [label, value] of [...badText, ...badLine]) {
            const body = await send(`${route.url} ${field}=${label}`, route, { ...(await route.valid(t)), [field]: value })
            expect(body.code, label).toBe('FIELD_INVALID')
            expect(body.details?.map((d) => d.field), label).toContain(field)
          }
        })
      }

      for (const field of route.objectFields) {
        it(`refuses hostile "${field}" objects, naming the field`, async () => {
          const valid = await route.valid(t)
          const deep = await send(`${route.url} ${field} nested 5,000 deep`, route, withField(valid, field, nestedText(5000)), { 'content-type': 'application/json' })
          expect(deep.code).toBe('MALFORMED_BODY')
          const cases: [string, unknown, string, string][] = [
            ['null', null, field, 'FIELD_INVALID'],
            ['an array', [], field, 'FIELD_INVALID'],
            ['a string', 'x', field, 'FIELD_INVALID'],
            ['5,000 keys', flood(5000), field, 'FIELD_INVALID'],
            ['NUL in a code', { industry: 'integrated-circuits\u0000' }, `${field}.industry`, 'FIELD_INVALID'],
            ['a lone surrogate in a code', { district: '\ud800' }, `${field}.district`, 'FIELD_INVALID'],
            ['a NUL key', { ['revenue\u0000']: 1 }, `${field}.revenue\\u0000`, 'FIELD_INVALID'],
            ['a wrong type', { revenue: '100' }, `${field}.revenue`, 'FIELD_INVALID'],
            ['a huge number', { revenue: 1e308 }, `${field}.revenue`, 'FIELD_INVALID'],
            ['beyond 2^53', { revenue: 2 ** 53 + 2 }, `${field}.revenue`, 'FIELD_INVALID'],
            ['a negative amount', { firstSetContractAmount: -1 }, `${field}.firstSetContractAmount`, 'FIELD_INVALID'],
            ['an object as a value', { revenue: { $gt: 0 } }, `${field}.revenue`, 'FIELD_INVALID'],
          ]
          for (const [label, value, named, code] of cases) {
            const body = await send(`${route.url} ${field}=${label}`, route, { ...valid, [field]: value })
            expect(body.code, label).toBe(code)
            expect(body.details?.map((d) => d.field), label).toContain(named)
          }
        })
      }
    })
  }

  it('refuses hostile audiences and attendance marks, naming the field', async () => {
    const notices = writeRoutes.find((r) => r.url === '/api/notices')!
    for (const [label, audience, field] of [
      ['a NUL in an industry', { industries: ['integrated-circuits\u0000'] }, 'audience.industries'],
      ['an unknown industry', { industries: ['semiconductors'] }, 'audience.industries'],
      ['a string for a list', { districts: 'pudong' }, 'audience.districts'],
      ['a string for a bound', { outputValueMin: '100' }, 'audience.outputValueMin'],
      ['a huge bound', { outputValueMax: 1e308 }, 'audience.outputValueMax'],
      ['a negative bound', { outputValueMin: -1 }, 'audience.outputValueMin'],
      ['an unknown measure', { measureId: 'free-money' }, 'audience.measureId'],
      ['an unknown key', { isAdmin: true }, 'audience.isAdmin'],
      ['5,000 districts', { districts: Array.from({ length: 5000 }, () => 'pudong') }, 'audience.districts'],
      ['an object for a boolean', { keyEnterprise: { $ne: null } }, 'audience.keyEnterprise'],
    ] as const) {
      for (const route of [notices, writeRoutes.find((r) => r.url === '/api/notices/audience-preview')!]) {
        const body = await send(`${route.url} audience ${label}`, route, { ...(await route.valid(t)), audience })
        expect(body.code, label).toBe('FIELD_INVALID')
        expect(body.details?.some((d) => d.field === field || d.field.startsWith(`${field}.`)), `${label}: ${JSON.stringify(body.details)}`).toBe(true)
      }
    }
    const attendance = writeRoutes.find((r) => r.url.endsWith('/attendance'))!
    for (const [label, marks] of [
      ['a string', 'all'],
      ['a NUL id', [{ registrationId: 'a\u0000', attended: true }]],
      ['a string for a boolean', [{ registrationId: '00000000-0000-4000-8000-000000000000', attended: 'yes' }]],
      ['an unknown key', [{ registrationId: '00000000-0000-4000-8000-000000000000', attended: true, extra: 1 }]],
    ] as const) {
      const body = await send(`attendance ${label}`, attendance, { marks })
      expect(body.code, label).toBe('FIELD_INVALID')
    }
    for (const [label, value] of [['a time without an offset', '2027-03-10T09:00:00'], ['30 February', '2027-02-30T09:00:00+08:00'], ['a number', 1_700_000_000]] as const) {
      const body = await send(`startsAt ${label}`, notices, { ...validNotice, startsAt: value })
      expect(body.details?.map((d) => d.field), label).toContain('startsAt')
    }
    const url = await send('onlineUrl javascript:', notices, { ...validNotice, onlineUrl: 'javascript:alert(1)' })
    expect(url.details?.map((d) => d.field)).toContain('onlineUrl')
  })

  it('refuses a NUL in a query search with 400 naming the parameter (the enterprise list and its export)', async () => {
    for (const url of ['/api/enterprises', '/api/enterprises/export?format=csv']) {
      for (const param of ['q', 'industry', 'district']) {
        const sep = url.includes('?') ? '&' : '?'
        const body = await send(`${url}${sep}${param}=NUL`, { method: 'GET', url: `${url}${sep}${param}=a%00b`, user: 'coordinator' }, undefined)
        expect(body.details?.map((d) => d.field)).toContain(param)
      }
    }
  })

  it('PUT /api/enterprises/stewards refuses hostile selections, naming the field', async () => {
    const route = { method: 'PUT', url: '/api/enterprises/stewards', user: 'coordinator' as const }
    const version = await versionOf(t, `/api/enterprises/${A}`, 'coordinator')
    const base = { stewardSub: await subOf('coordinator'), phone: '021-23119999' }
    const cases: [string, unknown, string][] = [
      ['null', null, 'enterprises'],
      ['an object', { uscc: A, version }, 'enterprises'],
      ['a string', A, 'enterprises'],
      ['no items', [], 'enterprises'],
      ['1,000 items', Array.from({ length: 1000 }, () => ({ uscc: A, version })), 'enterprises'],
      ['the same enterprise twice', [{ uscc: A, version }, { uscc: A, version }], 'enterprises'],
      ['a USCC with NUL', [{ uscc: `${A.slice(0, 17)}\u0000`, version }], 'enterprises.0.uscc'],
      ['a USCC with a lone surrogate', [{ uscc: `${A.slice(0, 17)}\ud800`, version }], 'enterprises.0.uscc'],
      ['a USCC with a wrong check digit', [{ uscc: `${A.slice(0, 17)}Y`, version }], 'enterprises.0.uscc'],
      ['a USCC as a number', [{ uscc: 913101, version }], 'enterprises.0.uscc'],
      ['10,000 characters', [{ uscc: 'x'.repeat(10_000), version }], 'enterprises.0.uscc'],
      ['a version as text', [{ uscc: A, version: '1' }], 'enterprises.0.version'],
      ['a huge version', [{ uscc: A, version: 1e308 }], 'enterprises.0.version'],
      ['an item that is not an object', ['x'], 'enterprises.0'],
      ['an unknown item field', [{ uscc: A, version, isAdmin: true }], 'enterprises.0.isAdmin'],
    ]
    for (const [label, enterprises, named] of cases) {
      const body = await send(`stewards enterprises=${label}`, route, { ...base, enterprises })
      expect(body.code, label).toBe('FIELD_INVALID')
      expect(body.details?.map((d) => d.field).some((f) => f === named || f.startsWith(`${named}.`)), `${label}: ${JSON.stringify(body.details)}`).toBe(true)
    }
  })

  it('refuses a calendar day of another year than the path’s', async () => {
    await send('PUT calendar date of 2028', { method: 'PUT', url: '/api/admin/calendar/2027/days/2028-01-04', user: 'admin' }, { working: false })
  })

  it('changed nothing, and answered every case with a 4xx', async () => {
    expect(await snapshot()).toEqual(before)
    expect(seen.length).toBeGreaterThan(250) // guards against cases silently dropping out
    expect(seen.filter((s) => s.status >= 500)).toEqual([])
  })
})
