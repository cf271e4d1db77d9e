import { createApiClient } from '@servicepack/api-client'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, type Router, type RouterHistory } from 'vue-router'
import { apiKey } from '../api'
import type { AuthUser } from '../auth/adapter'
import { useAuthStore } from '../auth/store'
import type { createAppI18n } from '../locales/app-i18n'
import type { SupportedLocale } from '../locales'
import { fakeAuth } from './fake-auth'
import type { FakeFetch } from './fetch'

export interface AppContextOptions {
  fetch: FakeFetch
  /** The signed-in user; `null` (default) = nobody, an Error = SSO unreachable. */
  session?: AuthUser | null | Error
  locale?: SupportedLocale
}

/**
 * `appContext(options)` for an app's component tests: pinia with a (fake) session, the app's i18n,
 * its router at `/`, and an API client on a fake fetch; `global` goes to `mount`.
 */
export function createAppContext(app: {
  router: (history: RouterHistory) => Router
  i18n: (locale: SupportedLocale) => ReturnType<typeof createAppI18n>
}) {
  return async function appContext(options: AppContextOptions) {
    const pinia = createPinia()
    setActivePinia(pinia)
    const auth = useAuthStore()
    const adapter = fakeAuth(options.session ?? null)
    await auth.start(adapter)
    const router = app.router(createMemoryHistory())
    await router.push('/')
    await router.isReady()
    const api = createApiClient({ baseUrl: 'http://localhost:3000', fetch: options.fetch, getToken: auth.getToken })
    return {
      auth,
      adapter,
      router,
      global: {
        plugins: [pinia, app.i18n(options.locale ?? 'zh-CN'), router],
        provide: { [apiKey as symbol]: api },
      },
    }
  }
}
