import { createAppI18n } from '@servicepack/ui'
import { createAppContext, json, testUsers, type FakeFetch } from '@servicepack/ui/testing'
import { messages } from '../locales'
import { createAppRouter } from '../router'

export { healthyBody, json, type FakeFetch } from '@servicepack/ui/testing'

/** A signed-in test user with these roles. */
export const userWith = testUsers('enterprise-a', '示例企业')

/** Everything a view needs: pinia with a (fake) session, i18n, router, and an API client on a fake fetch. */
export const appContext = createAppContext({ router: createAppRouter, i18n: (locale) => createAppI18n(messages, locale) })

/** A fake API answering by `METHOD /path` (query ignored); records every request with its JSON body. */
export function fakeApi(handlers: Record<string, (body: unknown, request: Request) => Response | Promise<Response>>) {
  const calls: { method: string; path: string; body: unknown }[] = []
  const fetch: FakeFetch = async (request) => {
    const url = new URL(request.url)
    const text = request.method === 'GET' ? '' : await request.clone().text()
    const body = text ? (JSON.parse(text) as unknown) : undefined
    calls.push({ method: request.method, path: url.pathname, body })
    const handler = handlers[`${request.method} ${url.pathname}`]
    if (!handler) return json(404, { statusCode: 404, error: 'Not Found', message: `no fake for ${request.method} ${url.pathname}`, correlationId: 't' })(request)
    return handler(body, request)
  }
  return { fetch, calls }
}

export const reply = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** enterprise-a of the demo data, as GET /api/enterprises/me returns it. */
export function enterpriseA(overrides: Record<string, unknown> = {}) {
  return {
    uscc: '91310115MA1K4C7L8X',
    name: '上海芯联微电子有限公司',
    contactName: '王明远',
    contactPhone: '021-5555 0101',
    contactEmail: null,
    facts: { industry: 'integrated-circuits', district: 'pudong', aboveDesignatedSize: true, annualOutputValue: 1_350_000_000, revenue: 1_280_000_000, rdExpense: 186_000_000 },
    isKey: true,
    steward: { sub: 'c1000000-0000-4000-8000-000000000001', username: 'limin', name: '李敏', phone: '021-23112345', email: 'limin@sheitc.example.gov.cn', assignedBy: 'coordinator', assignedAt: '2026-11-20T02:00:00.000Z' },
    version: 3,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  }
}
