import { createApiClient } from '@servicepack/api-client'
import type { AuthAdapter, AuthUser, Role } from '@servicepack/ui/auth'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { apiKey } from '../api'
import { createAppI18n } from '../locales'
import { createAppRouter } from '../router'
import { useAuthStore } from '../stores/auth'

export type FakeFetch = (request: Request) => Promise<Response>

export const json =
  (status: number, body: unknown): FakeFetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

export const healthyBody = {
  status: 'ok',
  info: { database: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' } },
}

export function userWith(...roles: Role[]): AuthUser {
  return { subject: 'u-1', username: 'enterprise-a', name: '示例企业', roles, enterpriseUscc: null, bureau: null, association: null }
}

/** A fake SSO: `null` = nobody signed in, an Error = SSO unreachable. */
export function fakeAuth(session: AuthUser | null | Error): AuthAdapter {
  return {
    init: async () => {
      if (session instanceof Error) throw session
      return session
    },
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    getToken: async () => (session && !(session instanceof Error) ? 'token' : undefined),
    onChange: () => undefined,
  }
}

/** Everything a view needs: pinia with a (fake) session, i18n, router, and an API client on a fake fetch. */
export async function appContext(options: { fetch: FakeFetch; session?: AuthUser | null | Error; locale?: 'zh-CN' | 'en' }) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  const adapter = fakeAuth(options.session ?? null)
  await auth.start(adapter)
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  await router.isReady()
  const api = createApiClient({ baseUrl: 'http://localhost:3000', fetch: options.fetch, getToken: auth.getToken })
  return {
    auth,
    adapter,
    router,
    global: {
      plugins: [pinia, createAppI18n(options.locale ?? 'zh-CN'), router],
      provide: { [apiKey as symbol]: api },
    },
  }
}

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
    steward: { name: '李敏', phone: '021-23112345', email: 'limin@sheitc.example.gov.cn', assignedBy: 'coordinator', assignedAt: '2026-11-20T02:00:00.000Z' },
    version: 3,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  }
}
