import type Keycloak from 'keycloak-js'
import { describe, expect, it, vi } from 'vitest'
import { SsoUnavailableError } from './adapter'
import { createKeycloakAdapter, displayName, oidcConfigFromEnv, SESSION_HINT, userFromToken } from './keycloak'

describe('oidcConfigFromEnv', () => {
  it('defaults to the dev SSO', () => {
    expect(oidcConfigFromEnv({}, 'servicepack-web')).toEqual({
      url: 'http://localhost:8180',
      realm: 'servicepack',
      clientId: 'servicepack-web',
    })
  })

  it('takes the environment when set', () => {
    const env = { VITE_OIDC_URL: 'https://sso.example/', VITE_OIDC_REALM: 'r', VITE_OIDC_CLIENT_ID: 'c' }
    expect(oidcConfigFromEnv(env, 'servicepack-web')).toEqual({ url: 'https://sso.example', realm: 'r', clientId: 'c' })
  })
})

describe('displayName', () => {
  it.each([
    ['Chinese name, family name first', { name: '明远 王', given_name: '明远', family_name: '王' }, '王明远'],
    ['Western name as Keycloak writes it', { name: 'Ada Lovelace', given_name: 'Ada', family_name: 'Lovelace' }, 'Ada Lovelace'],
    ['only a name claim', { name: '市科委经办人' }, '市科委经办人'],
    ['only given and family (Latin)', { given_name: 'Li', family_name: 'Wei' }, 'Li Wei'],
    ['nothing', {}, null],
  ])('%s', (_case, token, expected) => {
    expect(displayName(token)).toBe(expected)
  })
})

describe('userFromToken', () => {
  it('reads Keycloak claims and keeps only known realm roles', () => {
    const user = userFromToken({
      sub: 'u-1',
      preferred_username: 'enterprise-a',
      given_name: '三',
      family_name: '张',
      realm_access: { roles: ['enterprise', 'offline_access', 'default-roles-servicepack'] },
      enterprise_uscc: '91310000MA1FL1234X',
      phone_number: ' 138 0013 8000 ',
    })
    expect(user).toEqual({
      subject: 'u-1',
      username: 'enterprise-a',
      name: '张三',
      phone: '138 0013 8000',
      roles: ['enterprise'],
      enterpriseUscc: '91310000MA1FL1234X',
      bureau: null,
      association: null,
    })
  })

  it('falls back to the username for the name and tolerates missing roles', () => {
    const user = userFromToken({ sub: 'u-2', preferred_username: 'bureau-stcsm', bureau: 'stcsm' })
    expect(user).toMatchObject({ name: 'bureau-stcsm', phone: null, roles: [], bureau: 'stcsm' })
  })
})

function fakeKeycloak(overrides: Partial<Keycloak> = {}): Keycloak {
  const keycloak = {
    authenticated: false,
    init: vi.fn(async () => false),
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    updateToken: vi.fn(async () => false),
    // as keycloak-js: dropping the tokens of a session tells onAuthLogout
    clearToken: vi.fn(() => {
      if (!keycloak.authenticated) return
      keycloak.authenticated = false
      keycloak.tokenParsed = undefined
      keycloak.onAuthLogout?.()
    }),
    ...overrides,
  } as unknown as Keycloak
  return keycloak
}

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  }
}

function fakeChannel() {
  return { postMessage: vi.fn(), onmessage: null as ((event: MessageEvent) => void) | null }
}

const base = { url: 'http://sso.test', realm: 'servicepack', clientId: 'servicepack-web', redirectUri: 'http://app.test/', silentCheckSsoRedirectUri: 'http://app.test/silent-check-sso.html' }
const signedIn = { sub: 's', preferred_username: 'enterprise-a', realm_access: { roles: ['enterprise'] } }
const deps = (keycloak: Keycloak, more: Partial<Parameters<typeof createKeycloakAdapter>[1]> = {}) => ({
  keycloak,
  probe: async () => undefined,
  storage: memoryStorage(),
  channel: null,
  ...more,
})

describe('createKeycloakAdapter', () => {
  it('asks the SSO nothing on a first visit: no session check, so no redirect and no request to the auth endpoint', async () => {
    const keycloak = fakeKeycloak()
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, deps(keycloak))
    await expect(adapter.init()).resolves.toBeNull()
    const options = vi.mocked(keycloak.init).mock.calls[0]![0]!
    expect(options).toMatchObject({ pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'fragment', redirectUri: 'http://app.test/' })
    expect(options.onLoad).toBeUndefined()
    expect(options.silentCheckSsoRedirectUri).toBeUndefined()
    expect(keycloak.login).not.toHaveBeenCalled()
  })

  it('checks silently in an iframe, never by a full-page redirect, once this browser has signed in', async () => {
    const keycloak = fakeKeycloak()
    const storage = memoryStorage({ [SESSION_HINT]: '1' })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, deps(keycloak, { storage }))
    await expect(adapter.init()).resolves.toBeNull()
    expect(keycloak.init).toHaveBeenCalledWith(
      expect.objectContaining({ onLoad: 'check-sso', silentCheckSsoRedirectUri: 'http://app.test/silent-check-sso.html', silentCheckSsoFallback: false }),
    )
    // no session after all: the hint goes, and the next page load asks nothing
    expect(storage.items.has(SESSION_HINT)).toBe(false)
  })

  it('remembers a session (a hint, no token) and tells the SSO the language on sign-in', async () => {
    const keycloak = fakeKeycloak({ authenticated: true, tokenParsed: signedIn })
    const storage = memoryStorage()
    let locale = 'en'
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso', locale: () => locale }, deps(keycloak, { storage }))
    await expect(adapter.init()).resolves.toMatchObject({ username: 'enterprise-a' })
    expect(storage.items.get(SESSION_HINT)).toBe('1')
    expect([...storage.items.values()].join()).not.toMatch(/eyJ/)
    await adapter.login()
    locale = 'zh-CN'
    await adapter.login()
    expect(vi.mocked(keycloak.login).mock.calls.map((c) => c[0])).toEqual([
      { redirectUri: 'http://app.test/', locale: 'en' },
      { redirectUri: 'http://app.test/', locale: 'zh-CN' },
    ])
  })

  it('staff app: the silent check first, then the sign-in page in the app’s language when there is no session', async () => {
    const keycloak = fakeKeycloak()
    const adapter = createKeycloakAdapter({ ...base, clientId: 'servicepack-admin', onLoad: 'login-required', locale: () => 'en' }, deps(keycloak))
    await adapter.init()
    expect(keycloak.init).toHaveBeenCalledWith(expect.objectContaining({ onLoad: 'check-sso', silentCheckSsoFallback: false }))
    expect(keycloak.login).toHaveBeenCalledWith({ redirectUri: 'http://app.test/', locale: 'en' })
  })

  it('staff app with a session: no sign-in page', async () => {
    const keycloak = fakeKeycloak({ authenticated: true, tokenParsed: signedIn })
    await createKeycloakAdapter({ ...base, onLoad: 'login-required' }, deps(keycloak)).init()
    expect(keycloak.login).not.toHaveBeenCalled()
  })

  it('rejects with SsoUnavailableError when the SSO server does not answer, without calling keycloak-js', async () => {
    const keycloak = fakeKeycloak()
    const probe = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'login-required' }, deps(keycloak, { probe }))
    await expect(adapter.init()).rejects.toBeInstanceOf(SsoUnavailableError)
    expect(probe).toHaveBeenCalledWith('http://sso.test/realms/servicepack/.well-known/openid-configuration', 4000)
    expect(keycloak.init).not.toHaveBeenCalled()
  })

  it('refreshes the token (30 s) before handing it out', async () => {
    const keycloak = fakeKeycloak({ authenticated: true, token: 'access-1' })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, deps(keycloak))
    await expect(adapter.getToken()).resolves.toBe('access-1')
    expect(keycloak.updateToken).toHaveBeenCalledWith(30)
  })

  it('gives no token when signed out, and says the session expired when the refresh fails', async () => {
    const signedOut = fakeKeycloak()
    await expect(createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, deps(signedOut)).getToken()).resolves.toBeUndefined()
    expect(signedOut.updateToken).not.toHaveBeenCalled()

    const expired = fakeKeycloak({
      authenticated: true,
      tokenParsed: signedIn,
      token: 'old',
      updateToken: vi.fn(async () => {
        throw new Error('refresh failed')
      }),
    })
    const storage = memoryStorage({ [SESSION_HINT]: '1' })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, deps(expired, { storage }))
    const listener = vi.fn()
    adapter.onChange(listener)
    await expect(adapter.getToken()).resolves.toBeUndefined()
    expect(expired.clearToken).toHaveBeenCalled()
    expect(listener).toHaveBeenCalledWith(null, 'expired')
    expect(storage.items.has(SESSION_HINT)).toBe(false)
  })

  it('signs the other tabs out: a sign-out is broadcast, and a broadcast sign-out drops this tab’s tokens', async () => {
    const here = fakeChannel()
    const keycloak = fakeKeycloak({ authenticated: true, tokenParsed: signedIn })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, deps(keycloak, { channel: here }))
    await adapter.logout()
    expect(here.postMessage).toHaveBeenCalledWith({ type: 'logout' })
    expect(keycloak.logout).toHaveBeenCalledWith({ redirectUri: 'http://app.test/' })

    const there = fakeChannel()
    const other = fakeKeycloak({ authenticated: true, tokenParsed: signedIn })
    const otherTab = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, deps(other, { channel: there }))
    const listener = vi.fn()
    otherTab.onChange(listener)
    there.onmessage?.({ data: { type: 'something else' } } as MessageEvent)
    expect(other.clearToken).not.toHaveBeenCalled()
    there.onmessage?.({ data: { type: 'logout' } } as MessageEvent)
    expect(other.clearToken).toHaveBeenCalled()
    expect(listener).toHaveBeenCalledWith(null, 'signed-out-elsewhere')
  })
})
