import { beforeAll, describe, expect, inject, it } from 'vitest'
import { apiVerifier, type Principal } from './api-verifier.js'
import { appOf, realm, type RealmUser } from './realm-file.js'
import { authUrl, Browser, claimsOf, logout, OIDC, openLoginPage, passwordGrant, pkcePair, refresh, signIn, submitLogin, textOf, tokensFrom } from './sso-flow.js'
import './target.js'

/**
 * The SSO contract: what the apps and the API rely on, checked the same way against the dev SSO and
 * against Keycloak 26 (vitest projects sso-dev and sso-keycloak run this one file). Where they disagree,
 * the dev SSO is fixed.
 */
const sso = inject('sso')
const { issuer } = sso
let verifier: Awaited<ReturnType<typeof apiVerifier>>

beforeAll(async () => {
  verifier = await apiVerifier(issuer)
})

const first = (u: RealmUser, k: string) => u.attributes?.[k]?.[0] ?? null

describe(`the SSO contract (${sso.kind})`, () => {
  describe.each(realm.users.map((u) => [u.username, u] as const))('%s signs in to its app', (_name, user) => {
    it('gets an access token the API accepts, with what the API reads; refresh gives another', async () => {
      const app = appOf(user)
      const tokens = await signIn(issuer, app, user.username)
      const claims = claimsOf(tokens.access_token)
      expect(claims.iss).toBe(issuer)
      expect([claims.aud].flat()).toContain('servicepack-api')
      expect(claims.azp).toBe(app.clientId)
      const principal: Principal = await verifier.verify(tokens.access_token)
      expect(principal).toEqual({
        sub: user.id,
        username: user.username,
        name: `${user.firstName} ${user.lastName}`,
        email: user.email,
        roles: user.realmRoles,
        enterpriseUscc: first(user, 'enterprise_uscc'),
        enterpriseName: first(user, 'enterprise_name'),
        bureau: first(user, 'bureau'),
        association: first(user, 'association'),
      })

      const res = await refresh(issuer, app.clientId, tokens.refresh_token)
      expect(res.status).toBe(200)
      const again = await tokensFrom(res)
      expect(again.access_token).not.toBe(tokens.access_token)
      expect(await verifier.verify(again.access_token)).toEqual(principal)
    })
  })

  it('after sign-out the SSO refuses the refresh token and userinfo; the API accepts the access token only until it expires', async () => {
    const app = appOf(realm.users[0]!)
    const tokens = await signIn(issuer, app, realm.users[0]!.username)
    const userinfo = (token: string) => fetch(`${issuer}${OIDC}/userinfo`, { headers: { authorization: `Bearer ${token}` } })
    expect((await userinfo(tokens.access_token)).status).toBe(200)

    const landed = await logout(issuer, tokens.browser, app.clientId, tokens.id_token!, app.redirectUri)
    expect(landed.startsWith(app.redirectUri)).toBe(true)

    const res = await refresh(issuer, app.clientId, tokens.refresh_token)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toBe('invalid_grant')
    expect((await userinfo(tokens.access_token)).status).toBe(401)
    // The API checks signature, issuer, audience and expiry only (no introspection per request): the
    // signed-out access token is accepted until `exp`, at most the realm's accessTokenLifespan later.
    const claims = claimsOf(tokens.access_token)
    expect(Number(claims.exp) - Number(claims.iat)).toBeLessThanOrEqual(realm.accessTokenLifespan as number)
    await expect(verifier.verify(tokens.access_token)).resolves.toMatchObject({ sub: realm.users[0]!.id })

    // The browser's SSO session is gone too: the next sign-in shows the login form again.
    const page = await openLoginPage(issuer, { ...app, browser: tokens.browser })
    expect(page.html).toMatch(/name="password"/)
  })

  it.each(['servicepack-web', 'servicepack-admin'])('%s: an authorization request without PKCE S256 is refused', async (clientId) => {
    const redirectUri = clientId === 'servicepack-web' ? 'http://localhost:5173/' : 'http://localhost:5174/'
    const { challenge } = pkcePair()
    const attempts: Record<string, string>[] = [{}, { code_challenge: challenge, code_challenge_method: 'plain' }]
    for (const extra of attempts) {
      const browser = new Browser()
      const { url, res } = await browser.follow(authUrl(issuer, { clientId, redirectUri }, extra), (u) => u.startsWith(redirectUri))
      expect(res, `a login page was shown for ${JSON.stringify(extra)}`).toBeUndefined()
      const back = new URL(url)
      expect(back.searchParams.get('error')).toBe('invalid_request')
      expect(back.searchParams.get('code')).toBeNull()
    }
  })

  describe('brute-force detection', () => {
    // Keep failures 1.1 s apart: two within quickLoginCheckMilliSeconds (1 s) lock at once.
    const pause = () => new Promise((r) => setTimeout(r, (realm.quickLoginCheckMilliSeconds as number) + 100))
    const user = 'bureau-planning'

    it(`${realm.failureFactor} wrong passwords lock the account; the answer is the one of a wrong password`, async () => {
      const wrong = await passwordGrant(issuer, 'no-such-user', 'wrong')
      const refused = { status: wrong.status, body: await wrong.json() }
      expect(refused).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } })

      for (let i = 1; i <= (realm.failureFactor as number) - 1; i++) {
        const res = await passwordGrant(issuer, user, `wrong-${i}`)
        expect({ status: res.status, body: await res.json() }).toEqual(refused)
        await pause()
      }
      // Nine failures do not lock (and a success starts the count again).
      expect((await passwordGrant(issuer, user, 'demo')).status).toBe(200)
      await pause()
      for (let i = 1; i <= (realm.failureFactor as number); i++) {
        const res = await passwordGrant(issuer, user, `wrong-${i}`)
        expect({ status: res.status, body: await res.json() }).toEqual(refused)
        await pause()
      }
      const locked = await passwordGrant(issuer, user, 'demo')
      expect({ status: locked.status, body: await locked.json() }).toEqual(refused)

      // The login form says the same to the locked user with the right password as to a wrong one.
      const app = appOf(realm.users.find((u) => u.username === user)!)
      const a = new Browser()
      const lockedPage = await submitLogin(a, await openLoginPage(issuer, { ...app, browser: a, uiLocales: 'zh-CN' }), user, 'demo', app.redirectUri)
      const b = new Browser()
      const wrongPage = await submitLogin(b, await openLoginPage(issuer, { ...app, browser: b, uiLocales: 'zh-CN' }), 'no-such-user', 'wrong', app.redirectUri)
      expect(lockedPage.redirect).toBeUndefined()
      expect(wrongPage.status).toBe(200) // Keycloak shows its login page again with 200
      expect(lockedPage.status).toBe(wrongPage.status)
      expect(textOf(lockedPage.html ?? '')).toContain('用户名或密码')
      expect(textOf(lockedPage.html ?? '')).toBe(textOf(wrongPage.html ?? ''))
    }, 120_000)
  })
})
