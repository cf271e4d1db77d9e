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
  return { subject: 'u-1', username: 'coordinator', name: '王管家', roles, enterpriseUscc: null, bureau: null, association: null }
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
