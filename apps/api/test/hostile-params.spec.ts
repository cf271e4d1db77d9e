/**
 * Hostile query strings, path parameters, cursors, nested arrays and multipart parts (issue 20 §1):
 * the five causes of 500 an attack from outside found, and the refusals beside them. Each answer is
 * a 400 in the error shape naming the parameter (or MALFORMED_BODY for a body's keys), and nothing
 * is written. Same style as hostile-input.spec.ts.
 */
import { readdir } from 'node:fs/promises'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERROR_CODES, FIELD_CODES } from '../src/common/error-codes.js'
import { startTestApp, type TestApp } from './helpers/app.js'
import { authHeader, subOf, type DemoUser } from './helpers/tokens.js'

const A = '91310115MA1K4C7L8X'
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url')
const UUID = '3f2b8c1e-0000-4000-8000-000000000001'
const AT = '2026-11-29T02:00:00.000000Z'

/** Dates no date parameter may take: impossible days and months, year 0000, other shapes. */
const impossibleDates: [string, string][] = [
  ['30 February', '2026-02-30'],
  ['29 February of a common year', '2027-02-29'],
  ['month 99', '2026-99-01'],
  ['month 00', '2026-00-10'],
  ['day 32', '2026-01-32'],
  ['year 0000', '0000-01-01'],
  ['year 0000 on 29 February', '0000-02-29'],
]

async function pgCount(t: TestApp, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: t.databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql)).rows[0].n as number
  } finally {
    await client.end()
  }
}

describe('hostile parameters: query strings, path parameters, cursors, nested arrays and multipart parts', () => {
  let t: TestApp
  let appealId = ''
  let snapshot: () => Promise<unknown>
  let before: unknown
  const seen: { status: number; label: string }[] = []

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT: 'false' })
    const a = await authHeader('enterprise-a')
    await t.app.inject({ method: 'PUT', url: '/api/enterprises/me', headers: a, payload: { name: '上海芯联微电子有限公司', facts: { industry: 'integrated-circuits' } } })
    appealId = (await t.app.inject({ method: 'POST', url: '/api/appeals', headers: a, payload: { categoryCode: 'rnd', title: '咨询', description: '说明' } })).json().id
    snapshot = async () => ({
      appeals: await pgCount(t, 'SELECT count(*)::int AS n FROM appeals'),
      events: await pgCount(t, 'SELECT count(*)::int AS n FROM appeal_events'),
      attachments: await pgCount(t, 'SELECT count(*)::int AS n FROM appeal_attachments'),
      files: (await readdir(t.env.ATTACHMENTS_DIR!, { recursive: true }).catch(() => [])).filter((f) => String(f).includes('-')).length,
      routing: await pgCount(t, 'SELECT count(*)::int AS n FROM routing_entries'),
      changes: await pgCount(t, 'SELECT count(*)::int AS n FROM catalogue_changes'),
      enterpriseChanges: await pgCount(t, 'SELECT count(*)::int AS n FROM enterprise_changes'),
      days: await pgCount(t, `SELECT count(*)::int AS n FROM working_days WHERE source <> 'chinese-days'`),
    })
    before = await snapshot()
  })
  afterAll(async () => t?.close())

  /** Sends one request and checks a 4xx in the error shape; returns the body. */
  async function send(label: string, method: string, url: string, user: DemoUser, payload?: unknown, headers: Record<string, string> = {}) {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(await authHeader(user)), ...(payload === undefined || typeof payload === 'string' || Buffer.isBuffer(payload) ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(payload === undefined ? {} : { payload: typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload) }),
    })
    seen.push({ status: res.statusCode, label })
    expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBe(400)
    const body = res.json()
    expect(body, label).toMatchObject({ statusCode: 400, error: expect.any(String), message: expect.any(String), correlationId: expect.any(String) })
    expect(ERROR_CODES, `${label}: code ${body.code}`).toContain(body.code)
    for (const d of body.details ?? []) expect(FIELD_CODES, `${label}: field code ${d.code}`).toContain(d.code)
    return body as { code: string; details?: { field: string; code: string }[] }
  }

  /** A 400 FIELD_INVALID whose details name `field` (or a path under it). */
  async function refused(label: string, method: string, url: string, user: DemoUser, field: string, payload?: unknown, headers?: Record<string, string>) {
    const body = await send(label, method, url, user, payload, headers)
    expect(body.code, `${label}: ${JSON.stringify(body)}`).toBe('FIELD_INVALID')
    expect(
      body.details?.some((d) => d.field === field || d.field.startsWith(`${field}.`)),
      `${label}: names ${field}? ${JSON.stringify(body.details)}`,
    ).toBe(true)
  }

  it('1. impossible calendar dates in the appeals list’s and export’s date filters: 400 naming the filter', async () => {
    for (const base of ['/api/appeals?', '/api/appeals/export?format=csv&']) {
      for (const param of ['dispatchedFrom', 'dispatchedTo', 'ratedFrom', 'ratedTo']) {
        for (const [label, value] of impossibleDates) {
          await refused(`${base}${param}=${label}`, 'GET', `${base}${param}=${value}`, 'coordinator', param)
        }
      }
    }
  })

  it('2. a crafted keyset cursor on GET /api/appeals: 400 naming cursor', async () => {
    const cursors: [string, string][] = [
      ['a bare year', b64(['2026', UUID])],
      ['"0"', b64(['0', UUID])],
      ['a six-digit year', b64(['+275760-09-13T00:00:00.000000Z', UUID])],
      ['year 0000', b64(['0000-01-01T00:00:00.000000Z', UUID])],
      ['30 February', b64(['2026-02-30T00:00:00.000000Z', UUID])],
      ['hour 25', b64(['2026-11-29T25:00:00.000000Z', UUID])],
      ['a date without a time', b64(['2026-11-29', UUID])],
      ['an offset instead of Z', b64(['2026-11-29T02:00:00.000000+08:00', UUID])],
      ['an id of dashes', b64([AT, '-'.repeat(36)])],
      ['an id of zeros without dashes', b64([AT, '0'.repeat(36)])],
      ['an id with dashes in the wrong places', b64([AT, 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaa-aa'])],
      ['an upper-case id', b64([AT, UUID.toUpperCase()])],
      ['a part that is a number', b64([AT, UUID, 1])],
      ['a part that is null', b64([AT, UUID, null])],
      ['JSON that is not an array', b64({ at: AT, id: UUID })],
      ['not JSON', b64('nonsense')],
    ]
    for (const [label, cursor] of cursors) {
      await refused(`cursor ${label}`, 'GET', `/api/appeals?cursor=${cursor}`, 'coordinator', 'cursor')
    }
    // a real cursor still pages
    const first = (await t.app.inject({ method: 'GET', url: '/api/appeals?limit=1', headers: await authHeader('coordinator') })).json()
    expect(first.items).toHaveLength(1)
  })

  it('3. metrics periods in year 1 or 0 (and far outside the service’s history): 400 naming the bound', async () => {
    const cases: [string, string, string][] = [
      ['from=0001-01-01&to=0001-12-31', 'from', 'year 1'],
      ['from=0001-01-01&to=0001-01-01', 'from', 'one day of year 1'],
      ['from=0000-01-01&to=0000-12-31', 'from', 'year 0'],
      ['from=2026-01-01&to=0000-12-31', 'to', 'to in year 0'],
      ['from=1999-12-31&to=2000-01-31', 'from', 'before 2000'],
      ['from=2101-01-01&to=2101-01-31', 'from', 'after 2100'],
      ['from=9999-12-01&to=9999-12-31', 'from', 'year 9999'],
      ['from=2026-02-30&to=2026-03-31', 'from', '30 February'],
    ]
    for (const [query, field, label] of cases) {
      await refused(`metrics ${label}`, 'GET', `/api/metrics/appeals?${query}`, 'coordinator', field)
      await refused(`metrics export ${label}`, 'GET', `/api/metrics/appeals/export?${query}&format=csv`, 'coordinator', field)
    }
  })

  it('4. nested arrays where an array of objects is expected: 400 naming the field', async () => {
    const entry = { categoryCode: 'other', lead: 'sheitc', assisting: ['stcsm'], districtGovernment: false, version: 0 }
    for (const [label, entries] of [
      ['an array in an array', [[entry]]],
      ['an empty array in an array', [[]]],
      ['an array of strings in an array', [['x']]],
    ] as const) {
      await refused(`routing entries ${label}`, 'PUT', '/api/admin/routing', 'admin', 'entries', { entries })
    }
    const version = (await t.app.inject({ method: 'GET', url: `/api/enterprises/${A}`, headers: await authHeader('coordinator') })).json().version
    const steward = { stewardSub: await subOf('coordinator'), phone: '021-23119999' }
    for (const [label, enterprises] of [
      ['an array in an array', [[{ uscc: A, version }]]],
      ['an empty array in an array', [[]]],
    ] as const) {
      await refused(`stewards enterprises ${label}`, 'PUT', '/api/enterprises/stewards', 'coordinator', 'enterprises', { ...steward, enterprises })
    }
  })

  const multipart = (parts: string[], boundary = 'b') => ({
    payload: Buffer.from(parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  })
  const PDF = '%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'

  it('5. a multipart part named file without a filename, and two files in one upload: 400 naming file', async () => {
    const url = `/api/appeals/${appealId}/attachments`
    const cases: [string, string[]][] = [
      ['an octet-stream part without a filename', [`Content-Disposition: form-data; name="file"\r\nContent-Type: application/octet-stream\r\n\r\n${PDF}`]],
      ['a part without a filename', [`Content-Disposition: form-data; name="file"\r\n\r\n${PDF}`]],
      ['an empty filename', [`Content-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/pdf\r\n\r\n${PDF}`]],
      [
        'two files',
        [
          `Content-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF}`,
          `Content-Disposition: form-data; name="file"; filename="b.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF}`,
        ],
      ],
      [
        'a file and a field',
        [`Content-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF}`, `Content-Disposition: form-data; name="note"\r\n\r\nx`],
      ],
      [
        'a field and a file',
        [`Content-Disposition: form-data; name="note"\r\n\r\nx`, `Content-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF}`],
      ],
    ]
    for (const [label, parts] of cases) {
      const { payload, headers } = multipart(parts)
      await refused(`upload ${label}`, 'POST', url, 'enterprise-a', 'file', payload, headers)
    }
  })

  it('year 0000 is no date anywhere: the package’s asOf, an evaluation’s and an appeal’s asOf, a calendar day', async () => {
    for (const [label, value] of impossibleDates) {
      await refused(`package asOf ${label}`, 'GET', `/api/enterprises/me/package?asOf=${value}`, 'enterprise-a', 'asOf')
      await refused(`package of A asOf ${label}`, 'GET', `/api/enterprises/${A}/package?asOf=${value}`, 'coordinator', 'asOf')
      await refused(`evaluate asOf ${label}`, 'POST', '/api/measures/evaluate', 'enterprise-a', 'asOf', { facts: {}, asOf: value })
      await refused(`appeal asOf ${label}`, 'POST', '/api/appeals', 'enterprise-a', 'asOf', { categoryCode: 'rnd', title: '咨询', description: '说明', measureId: 'basic-research', asOf: value })
    }
    await refused('calendar day 0000', 'PUT', '/api/admin/calendar/2027/days/0000-01-04', 'admin', 'date', { working: false })
  })

  it('year 0000 is no instant either: a notice’s times', async () => {
    const notice = {
      title: '集成电路政策解读会', body: '## 议程', kind: 'policy_interpretation', startsAt: '2027-03-10T09:00:00+08:00', endsAt: '2027-03-10T11:00:00+08:00',
      venue: '张江', capacity: 30, registrationDeadline: '2027-03-09T18:00:00+08:00', measureIds: ['basic-research'], audience: { industries: ['integrated-circuits'] },
    }
    for (const field of ['startsAt', 'endsAt', 'registrationDeadline']) {
      await refused(`notice ${field} in year 0000`, 'POST', '/api/notices', 'association-ic', field, { ...notice, [field]: '0000-03-10T09:00:00+08:00' })
    }
  })

  it('numeric path parameters are decimal digits only: 0x7EA, 2026.0, 2e3 are no years', async () => {
    for (const raw of ['0x7EA', '2026.0', '2e3', '2.026e3', '+2026', '%202026', '2026%20', '0b11111101010', '0o3752', '02026', 'Infinity', '-2026']) {
      await refused(`GET calendar year ${raw}`, 'GET', `/api/admin/calendar/${raw}`, 'admin', 'year')
      await refused(`PUT calendar year ${raw}`, 'PUT', `/api/admin/calendar/${raw}/days/2026-01-05`, 'admin', 'year', { working: false })
      await refused(`POST calendar year ${raw} load`, 'POST', `/api/admin/calendar/${raw}/load`, 'admin', 'year', { replace: true })
    }
    // the plain year still answers
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/calendar/2026', headers: await authHeader('admin') })).statusCode).toBe(200)
  })

  it('constructor and prototype are no body keys, at any depth (like __proto__)', async () => {
    for (const key of ['constructor', 'prototype', '__proto__']) {
      for (const [label, text] of [
        ['at the top', `{"facts":{},"${key}":{"isAdmin":true}}`],
        ['in an object', `{"facts":{"${key}":{"isAdmin":true}}}`],
        ['in an array’s object', `{"facts":{},"x":[{"${key}":1}]}`],
      ] as const) {
        const body = await send(`${key} ${label}`, 'POST', '/api/measures/evaluate', 'enterprise-a', text, { 'content-type': 'application/json' })
        expect(body.code, `${key} ${label}`).toBe('MALFORMED_BODY')
      }
    }
  })

  it('changed nothing', async () => {
    expect(await snapshot()).toEqual(before)
    expect(seen.length).toBeGreaterThan(170) // guards against cases silently dropping out
    expect(seen.filter((s) => s.status >= 500)).toEqual([])
  })
})
