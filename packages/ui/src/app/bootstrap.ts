import { createPinia } from 'pinia'
import { createApp, type Component } from 'vue'
import type { Router } from 'vue-router'
import { apiKey, createAppApi } from '../api'
import type {} from '../env'
import { createKeycloakAdapter, oidcConfigFromEnv, type KeycloakAdapterOptions } from '../auth/keycloak'
import { isSsoCallback, pageAfterSignIn, rememberLandingPage } from '../auth/return-path'
import type { Viewer } from '../auth/roles'
import { useAuthStore } from '../auth/store'
import { applyElderMode } from '../composables/elder-mode'
import type { createAppI18n } from '../locales/app-i18n'

export interface BootstrapOptions {
  root: Component
  i18n: ReturnType<typeof createAppI18n>
  /** The app's SSO client; `check-sso`: public pages, the session looked up in the background; `login-required`: nothing without it. */
  sso: { clientId: string; onLoad: KeycloakAdapterOptions['onLoad'] }
  /** Created once the session is known when coming back from the SSO (keycloak-js has read and stripped the code). */
  router: () => Router
  /** Where a sign-in that asked for no page leads the viewer (web: an enterprise's service pack). */
  home?: (viewer: Viewer) => string | null
}

/** Mounts an app on `#app`: pinia, i18n, the API client, the session through keycloak-js, the router. */
export async function bootstrapApp(options: BootstrapOptions): Promise<void> {
  const app = createApp(options.root)
  const pinia = createPinia()
  document.documentElement.lang = options.i18n.global.locale.value
  applyElderMode()
  app.use(pinia).use(options.i18n)

  const auth = useAuthStore(pinia)
  app.provide(apiKey, createAppApi(auth.getToken))

  // keycloak-js comes back from the SSO to the site root: remember the page being opened first.
  const callback = isSsoCallback(location.hash)
  if (!callback) rememberLandingPage(location)
  const adapter = createKeycloakAdapter({
    ...oidcConfigFromEnv(import.meta.env, options.sso.clientId),
    onLoad: options.sso.onLoad,
    // The SSO's pages in the language the user chose here (ui_locales).
    locale: () => options.i18n.global.locale.value,
  })
  const session = auth.start(adapter)
  // Back from the SSO: let keycloak-js read and strip the code first.
  if (callback) await session

  const router = options.router()
  app.use(router)
  app.mount('#app')

  void session.then(() => {
    const authenticated = auth.status === 'authenticated'
    const home = authenticated ? (options.home?.(auth.viewer) ?? null) : null
    const target = pageAfterSignIn({ callback, authenticated, home, current: router.currentRoute.value.fullPath })
    if (target) void router.replace(target)
  })
}
