import Keycloak, { type KeycloakInitOptions, type KeycloakTokenParsed } from 'keycloak-js'
import { SsoUnavailableError, type AuthAdapter, type AuthUser } from './adapter'
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
    roles: roles.filter(isRole),
    enterpriseUscc: text(token.enterprise_uscc),
    bureau: text(token.bureau),
    association: text(token.association),
  }
}

export interface KeycloakAdapterOptions extends OidcConfig {
  /** `check-sso` (public app, with silent check) or `login-required` (staff app). */
  onLoad: 'check-sso' | 'login-required'
  /** Exact redirect URI registered for the client; default `location.origin + '/'`. */
  redirectUri?: string
  /** Only for `check-sso`; default `location.origin + '/silent-check-sso.html'`. */
  silentCheckSsoRedirectUri?: string
  /** How long to wait for the SSO server to answer before calling it unavailable. */
  probeTimeoutMs?: number
}

export interface KeycloakAdapterDeps {
  keycloak?: Keycloak
  /** Resolves if the SSO server answers at all; the default fetches the realm's discovery document. */
  probe?: (url: string, timeoutMs: number) => Promise<void>
}

async function defaultProbe(url: string, timeoutMs: number): Promise<void> {
  // `no-cors`: we only need to know that the server answers, not to read the answer.
  await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) })
}

/**
 * Single sign-on through the unmodified keycloak-js: PKCE S256, fragment response mode,
 * no login-status iframe, tokens in memory only (keycloak-js keeps them on the instance).
 */
export function createKeycloakAdapter(options: KeycloakAdapterOptions, deps: KeycloakAdapterDeps = {}): AuthAdapter {
  const origin = globalThis.location?.origin ?? ''
  const redirectUri = options.redirectUri ?? `${origin}/`
  const keycloak = deps.keycloak ?? new Keycloak({ url: options.url, realm: options.realm, clientId: options.clientId })
  const probe = deps.probe ?? defaultProbe
  const listeners: ((user: AuthUser | null) => void)[] = []
  const current = (): AuthUser | null =>
    keycloak.authenticated && keycloak.tokenParsed ? userFromToken(keycloak.tokenParsed) : null
  const notify = () => listeners.forEach((listener) => listener(current()))

  keycloak.onAuthRefreshSuccess = notify
  keycloak.onAuthLogout = notify
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(30).catch(() => keycloak.clearToken())
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
        onLoad: options.onLoad,
        pkceMethod: 'S256',
        checkLoginIframe: false,
        responseMode: 'fragment',
        redirectUri,
        messageReceiveTimeout: options.probeTimeoutMs ?? 4000,
      }
      if (options.onLoad === 'check-sso') {
        init.silentCheckSsoRedirectUri = options.silentCheckSsoRedirectUri ?? `${origin}/silent-check-sso.html`
      }
      try {
        await keycloak.init(init)
      } catch (cause) {
        throw new SsoUnavailableError(options.url, cause)
      }
      return current()
    },
    async login() {
      await keycloak.login({ redirectUri })
    },
    async logout() {
      await keycloak.logout({ redirectUri })
    },
    async getToken() {
      if (!keycloak.authenticated) return undefined
      try {
        await keycloak.updateToken(30)
      } catch {
        // The refresh token is gone or expired: the session is over.
        keycloak.clearToken()
        return undefined
      }
      return keycloak.token
    },
    onChange(listener) {
      listeners.push(listener)
    },
  }
}
