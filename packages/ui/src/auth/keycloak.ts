import type Keycloak from 'keycloak-js'
import type { KeycloakInitOptions, KeycloakTokenParsed } from 'keycloak-js'
import { SsoUnavailableError, type AuthAdapter, type AuthUser, type SessionEnd } from './adapter'
import { isRole } from './roles'

export interface OidcConfig {
  url: string
  realm: string
  clientId: string
}

/** Reads `VITE_OIDC_URL`, `VITE_OIDC_REALM`, `VITE_OIDC_CLIENT_ID` with the dev SSO as default. */
export function oidcConfigFromEnv(env: Record<string, string | undefined>, defaultClientId: string): OidcConfig {
  return {
    url: (env.VITE_OIDC_URL || 'http://localhost:8180').replace(/\/+$/, ''),
    realm: env.VITE_OIDC_REALM || 'servicepack',
    clientId: env.VITE_OIDC_CLIENT_ID || defaultClientId,
  }
}

const HAN = /\p{Script=Han}/u

/**
 * The name to show. Keycloak's `name` claim is "given family" ("明远 王"); Chinese names are
 * written family name first without a space ("王明远").
 */
export function displayName(token: KeycloakTokenParsed): string | null {
  const given = typeof token.given_name === 'string' ? token.given_name.trim() : ''
  const family = typeof token.family_name === 'string' ? token.family_name.trim() : ''
  if (given && family && (HAN.test(given) || HAN.test(family))) return `${family}${given}`
  if (typeof token.name === 'string' && token.name.trim()) return token.name.trim()
  return [given, family].filter(Boolean).join(' ') || null
}

/** Maps Keycloak's access-token claims to the user the apps show. Unknown roles are dropped. */
export function userFromToken(token: KeycloakTokenParsed): AuthUser {
  const roles: unknown[] = Array.isArray(token.realm_access?.roles) ? token.realm_access.roles : []
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
  const username = text(token.preferred_username) ?? text(token.sub) ?? ''
  return {
    subject: text(token.sub) ?? '',
    username,
    name: displayName(token) ?? username,
    phone: text(token.phone_number)?.trim() || null,
    roles: roles.filter(isRole),
    enterpriseUscc: text(token.enterprise_uscc),
    bureau: text(token.bureau),
    association: text(token.association),
  }
}

export interface KeycloakAdapterOptions extends OidcConfig {
  /**
   * `check-sso` (public app): a visitor stays anonymous and on the page, the SSO is not asked at all
   * unless this browser has signed in before (a hint in localStorage, never a token), and then only in
   * a hidden iframe (`silent-check-sso.html`, no fallback to a full-page redirect).
   * `login-required` (staff app): the same silent check, then the sign-in page when there is no session.
   */
  onLoad: 'check-sso' | 'login-required'
  /** Exact redirect URI registered for the client; default `location.origin + '/'`. */
  redirectUri?: string
  /** Default `location.origin + '/silent-check-sso.html'`. */
  silentCheckSsoRedirectUri?: string
  /** How long to wait for the SSO server to answer before calling it unavailable. */
  probeTimeoutMs?: number
  /** The app's current language, passed to the SSO's pages (`ui_locales`, which Keycloak and the dev SSO honour). */
  locale?: () => string
}

export interface KeycloakAdapterDeps {
  keycloak?: Keycloak
  /** Resolves if the SSO server answers at all; the default fetches the realm's discovery document. */
  probe?: (url: string, timeoutMs: number) => Promise<void>
  /** Where the "signed in before" hint lives (default localStorage). */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  /** Tells the app's other tabs about a sign-out (default a BroadcastChannel; null: none). */
  channel?: SessionChannel | null
}

/** A message bus between the app's tabs (BroadcastChannel's shape). */
export interface SessionChannel {
  postMessage(message: unknown): void
  onmessage: ((event: MessageEvent) => void) | null
}

/** localStorage key: this browser signed in before, so a page load asks the SSO (silently) for the session. */
export const SESSION_HINT = 'servicepack.sso.signedIn'
export const SESSION_CHANNEL = 'servicepack.session'

async function defaultProbe(url: string, timeoutMs: number): Promise<void> {
  // `no-cors`: we only need to know that the server answers, not to read the answer.
  await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) })
}

function defaultChannel(): SessionChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(SESSION_CHANNEL) : null
}

/** keycloak-js's language parameter: the app's locale as a BCP 47 tag (zh-CN, en). */
function uiLocale(locale: (() => string) | undefined): string | undefined {
  const value = locale?.()
  return value ? value : undefined
}

/**
 * Single sign-on through the unmodified keycloak-js: PKCE S256, fragment response mode, no
 * login-status iframe, tokens in memory only (keycloak-js keeps them on the instance).
 *
 * Page loads never leave the page for the SSO: with the session hint, keycloak-js checks in a hidden
 * iframe (`silentCheckSsoFallback: false`: even where third-party cookies are blocked it does not fall
 * back to a full-page round trip, it just finds no session); without it, there is nothing to check.
 * A sign-out is told to the app's other tabs (BroadcastChannel), which drop their tokens.
 */
export function createKeycloakAdapter(options: KeycloakAdapterOptions, deps: KeycloakAdapterDeps = {}): AuthAdapter {
  const origin = globalThis.location?.origin ?? ''
  const redirectUri = options.redirectUri ?? `${origin}/`
  const probe = deps.probe ?? defaultProbe
  const storage = deps.storage ?? globalThis.localStorage
  const channel = deps.channel === undefined ? defaultChannel() : deps.channel
  const listeners: ((user: AuthUser | null, ended?: SessionEnd) => void)[] = []
  /** Why the session is about to end, set before keycloak-js drops the tokens (onAuthLogout). */
  let ending: SessionEnd = 'expired'

  /**
   * keycloak-js (≈12 kB gzipped) is imported when the session is first looked up, not with the app's
   * first page: public pages render without it (the budget of the initial JS, README "Performance").
   */
  let keycloak: Keycloak | undefined = deps.keycloak
  if (keycloak) wire(keycloak)
  let loading: Promise<Keycloak> | undefined
  const instance = (): Promise<Keycloak> =>
    (loading ??= keycloak
      ? Promise.resolve(keycloak)
      : import('keycloak-js').then(({ default: Keycloak }) => {
          const created = new Keycloak({ url: options.url, realm: options.realm, clientId: options.clientId })
          wire(created)
          keycloak = created
          return created
        }))

  const current = (): AuthUser | null =>
    keycloak?.authenticated && keycloak.tokenParsed ? userFromToken(keycloak.tokenParsed) : null
  const notify = (ended?: SessionEnd) => listeners.forEach((listener) => listener(current(), ended))
  const remember = (signedIn: boolean) => {
    try {
      if (signedIn) storage?.setItem(SESSION_HINT, '1')
      else storage?.removeItem(SESSION_HINT)
    } catch {
      // storage disabled: every load is then anonymous until the user signs in
    }
  }
  const end = (why: SessionEnd) => {
    ending = why
    keycloak?.clearToken()
  }

  function wire(kc: Keycloak) {
    kc.onAuthRefreshSuccess = () => notify()
    kc.onAuthLogout = () => {
      remember(false)
      notify(ending)
    }
    kc.onTokenExpired = () => {
      kc.updateToken(30).catch(() => end('expired'))
    }
  }
  if (channel) {
    channel.onmessage = (event) => {
      if ((event.data as { type?: string } | null)?.type === 'logout' && keycloak?.authenticated) end('signed-out-elsewhere')
    }
  }

  return {
    async init() {
      const discovery = `${options.url}/realms/${encodeURIComponent(options.realm)}/.well-known/openid-configuration`
      try {
        await probe(discovery, options.probeTimeoutMs ?? 4000)
      } catch (cause) {
        throw new SsoUnavailableError(options.url, cause)
      }
      const init: KeycloakInitOptions = {
        pkceMethod: 'S256',
        checkLoginIframe: false,
        responseMode: 'fragment',
        redirectUri,
        messageReceiveTimeout: options.probeTimeoutMs ?? 4000,
      }
      let hinted: boolean
      try {
        hinted = storage?.getItem(SESSION_HINT) === '1'
      } catch {
        hinted = false // storage disabled: no hint
      }
      // keycloak-js reads the SSO's callback whatever onLoad says; otherwise only a hint or a staff app asks.
      if (options.onLoad === 'login-required' || hinted) {
        init.onLoad = 'check-sso'
        init.silentCheckSsoRedirectUri = options.silentCheckSsoRedirectUri ?? `${origin}/silent-check-sso.html`
        init.silentCheckSsoFallback = false
      }
      const keycloak = await instance()
      try {
        await keycloak.init(init)
      } catch (cause) {
        throw new SsoUnavailableError(options.url, cause)
      }
      remember(!!keycloak.authenticated)
      if (options.onLoad === 'login-required' && !keycloak.authenticated) {
        await keycloak.login({ redirectUri, locale: uiLocale(options.locale) })
      }
      return current()
    },
    async login() {
      const keycloak = await instance()
      await keycloak.login({ redirectUri, locale: uiLocale(options.locale) })
    },
    async logout() {
      remember(false)
      channel?.postMessage({ type: 'logout' })
      const keycloak = await instance()
      await keycloak.logout({ redirectUri })
    },
    async getToken() {
      if (!keycloak?.authenticated) return undefined
      try {
        await keycloak.updateToken(30)
      } catch {
        // The refresh token is gone or expired: the session is over.
        end('expired')
        return undefined
      }
      return keycloak.token
    },
    onChange(listener) {
      listeners.push(listener)
    },
  }
}
