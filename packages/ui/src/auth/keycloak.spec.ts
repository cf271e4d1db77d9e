import type Keycloak from 'keycloak-js'
import { describe, expect, it, vi } from 'vitest'
import { SsoUnavailableError } from './adapter'
import { createKeycloakAdapter, displayName, oidcConfigFromEnv, userFromToken } from './keycloak'

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
    })
    expect(user).toEqual({
      subject: 'u-1',
      username: 'enterprise-a',
      name: '张三',
      roles: ['enterprise'],
      enterpriseUscc: '91310000MA1FL1234X',
      bureau: null,
      association: null,
    })
  })

  it('falls back to the username for the name and tolerates missing roles', () => {
    const user = userFromToken({ sub: 'u-2', preferred_username: 'bureau-stcsm', bureau: 'stcsm' })
    expect(user).toMatchObject({ name: 'bureau-stcsm', roles: [], bureau: 'stcsm' })
  })
})

function fakeKeycloak(overrides: Partial<Keycloak> = {}): Keycloak {
  return {
    authenticated: false,
    init: vi.fn(async () => false),
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    updateToken: vi.fn(async () => false),
    clearToken: vi.fn(),
    ...overrides,
  } as unknown as Keycloak
}

const base = { url: 'http://sso.test', realm: 'servicepack', clientId: 'servicepack-web', redirectUri: 'http://app.test/' }

describe('createKeycloakAdapter', () => {
  it('initialises keycloak-js with PKCE S256, fragment mode, no login iframe and the silent check page', async () => {
    const keycloak = fakeKeycloak()
    const adapter = createKeycloakAdapter(
      { ...base, onLoad: 'check-sso', silentCheckSsoRedirectUri: 'http://app.test/silent-check-sso.html' },
      { keycloak, probe: async () => undefined },
    )

    await expect(adapter.init()).resolves.toBeNull()
    expect(keycloak.init).toHaveBeenCalledWith(
      expect.objectContaining({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        checkLoginIframe: false,
        responseMode: 'fragment',
        redirectUri: 'http://app.test/',
        silentCheckSsoRedirectUri: 'http://app.test/silent-check-sso.html',
      }),
    )
  })

  it('rejects with SsoUnavailableError when the SSO server does not answer, without calling keycloak-js', async () => {
    const keycloak = fakeKeycloak()
    const probe = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'login-required' }, { keycloak, probe })

    await expect(adapter.init()).rejects.toBeInstanceOf(SsoUnavailableError)
    expect(probe).toHaveBeenCalledWith('http://sso.test/realms/servicepack/.well-known/openid-configuration', 4000)
    expect(keycloak.init).not.toHaveBeenCalled()
  })

  it('returns the signed-in user after init', async () => {
    const keycloak = fakeKeycloak({
      authenticated: true,
      tokenParsed: { sub: 's', preferred_username: 'coordinator', realm_access: { roles: ['coordinator'] } },
    })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'login-required' }, { keycloak, probe: async () => undefined })

    await expect(adapter.init()).resolves.toMatchObject({ username: 'coordinator', roles: ['coordinator'] })
  })

  it('refreshes the token (30 s) before handing it out', async () => {
    const keycloak = fakeKeycloak({ authenticated: true, token: 'access-1' })
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, { keycloak })

    await expect(adapter.getToken()).resolves.toBe('access-1')
    expect(keycloak.updateToken).toHaveBeenCalledWith(30)
  })

  it('gives no token when signed out, and ends the session when the refresh fails', async () => {
    const signedOut = fakeKeycloak()
    await expect(createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, { keycloak: signedOut }).getToken()).resolves.toBeUndefined()
    expect(signedOut.updateToken).not.toHaveBeenCalled()

    const expired = fakeKeycloak({
      authenticated: true,
      token: 'old',
      updateToken: vi.fn(async () => {
        throw new Error('refresh failed')
      }),
    })
    await expect(createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, { keycloak: expired }).getToken()).resolves.toBeUndefined()
    expect(expired.clearToken).toHaveBeenCalled()
  })

  it('logs in and out with the exact redirect URI', async () => {
    const keycloak = fakeKeycloak()
    const adapter = createKeycloakAdapter({ ...base, onLoad: 'check-sso' }, { keycloak })

    await adapter.login()
    await adapter.logout()

    expect(keycloak.login).toHaveBeenCalledWith({ redirectUri: 'http://app.test/' })
    expect(keycloak.logout).toHaveBeenCalledWith({ redirectUri: 'http://app.test/' })
  })
})
