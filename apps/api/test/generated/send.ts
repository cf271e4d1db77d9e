import pg from 'pg'
import { expect } from 'vitest'
import { ERROR_CODES, FIELD_CODES } from '../../src/common/error-codes.js'
import type { TestApp } from '../helpers/app.js'
import { authHeader, type DemoUser } from '../helpers/tokens.js'

export interface Sent {
  status: number
  label: string
  body: { code?: string; details?: { field: string; code: string }[] } | undefined
}

/**
 * Sends one request; asserts never 5xx and, for a refusal, the one error shape: statusCode, error,
 * a known code, message, correlationId and (when present) details with known field codes.
 */
export async function sendChecked(t: TestApp, label: string, req: { method: string; url: string; user: DemoUser | null; payload?: string | Buffer; contentType?: string; headers?: Record<string, string> }): Promise<Sent> {
  const res = await t.app.inject({
    method: req.method as 'GET',
    url: req.url,
    headers: { ...(req.user ? await authHeader(req.user) : {}), ...(req.contentType ? { 'content-type': req.contentType } : {}), ...req.headers },
    ...(req.payload === undefined ? {} : { payload: req.payload }),
  })
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500)
  if (res.statusCode < 400) return { status: res.statusCode, label, body: undefined }
  const body = res.json()
  expect(Object.keys(body).filter((k) => !['statusCode', 'error', 'code', 'message', 'details', 'correlationId'].includes(k)), `${label}: extra keys`).toEqual([])
  expect(body, label).toMatchObject({ statusCode: res.statusCode, error: expect.any(String), message: expect.any(String), correlationId: expect.any(String) })
  expect(ERROR_CODES, `${label}: code ${body.code}`).toContain(body.code)
  if (body.details !== undefined) {
    expect(Array.isArray(body.details), label).toBe(true)
    for (const d of body.details) expect(FIELD_CODES, `${label}: field code ${d.code}`).toContain(d.code)
  }
  return { status: res.statusCode, label, body }
}

/** One query: a count and an md5 per table the API writes (the users directory aside: a sign-in touches it). */
export async function fingerprinter(t: TestApp) {
  const client = new pg.Client({ connectionString: t.databaseUrl })
  await client.connect()
  const tables = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('users', 'migrations') AND table_name NOT LIKE 'rate_limit%' ORDER BY 1`)).rows.map((r) => r.name)
  const sql = tables.map((name) => `SELECT '${name}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${name}" x`).join(' UNION ALL ')
  return {
    tables,
    async take(): Promise<Record<string, string>> {
      const { rows } = await client.query<{ t: string; n: number; h: string }>(sql)
      return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]))
    },
    close: () => client.end(),
  }
}
