import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passwordGrant, refreshGrant } from '../src/index.js'
import { CookieJar, location, pkcePair, startTestSso } from './helpers.js'

/*
 * RP-initiated logout (`/protocol/openid-connect/logout`) as Keycloak 26 does it: with an id_token_hint
 * of the browser's session the user is signed out and sent back at once; without one (any site can
 * link or post there) a confirmation page asks, and only its button's POST, carrying oidc-provider's
 * xsrf token, signs out.
 */
let sso: Awaited<ReturnType<typeof startTestSso>>
beforeAll(async () => {
  sso = await startTestSso()
})
afterAll(async () => {
  await sso?.cleanup()
})

const WEB = 'http://localhost:5173'
const logoutUrl = (params: Record<string, string> = {}) => {
  const u = new URL(`${sso.issuer}/protocol/openid-connect/logout`)
  u.search = new URLSearchParams(params).toString()
  return u.href
}

interface Browser {
  jar: CookieJar
  accessToken: string
  idToken: string
  refreshToken: string
  sid: string
}

/** A browser signed in to servicepack-web through the login form (what keycloak-js does). */
async function signedIn(username: string): Promise<Browser> {
  const jar = new CookieJar()
  const { verifier, challenge } = pkcePair()
  const auth = new URL(`${sso.issuer}/protocol/openid-connect/auth`)
  auth.search = new URLSearchParams({
    client_id: 'servicepack-web',
    redirect_uri: `${WEB}/`,
    response_type: 'code',
    response_mode: 'fragment',
    scope: 'openid',
    state: 'st',
    nonce: 'n',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString()
  const loginUrl = location(await jar.fetch(auth.href), sso.issuer)
  const ok = await jar.fetch(loginUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: 'demo', action: 'login' }),
  })
  expect(ok.status).toBe(303)
  const back = new URL(location(await jar.fetch(location(ok, sso.issuer)), sso.issuer))
  const code = new URLSearchParams(back.hash.slice(1)).get('code') ?? ''
  const res = await fetch(`${sso.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'servicepack-web', code, redirect_uri: `${WEB}/`, code_verifier: verifier }),
  })
  const tokens = (await res.json()) as { id_token: string; refresh_token: string; access_token: string }
  const sid = JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString()).sid as string
  return { jar, accessToken: tokens.access_token, idToken: tokens.id_token, refreshToken: tokens.refresh_token, sid }
}

/** Is the browser session still there? (Keycloak's session-status check, as keycloak-js's iframe asks it.) */
async function sessionAlive(b: Browser): Promise<boolean> {
  const res = await b.jar.fetch(`${sso.issuer}/protocol/openid-connect/login-status-iframe.html/check?client_id=servicepack-web&session_state=${b.sid}`)
  return ((await res.json()) as { status: string }).status === 'unchanged'
}

const form = (html: string) => ({
  action: /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)?.[1],
  xsrf: /name="xsrf" value="([^"]+)"/.exec(html)?.[1],
})

const postConfirm = (b: Browser, action: string, fields: Record<string, string>) =>
  b.jar.fetch(new URL(action, sso.issuer).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })

describe('logout with a valid id_token_hint (keycloak-js’s logout())', () => {
  it('signs out without asking and goes back to post_logout_redirect_uri with the state', async () => {
    const b = await signedIn('enterprise-a')
    const userinfo = () => fetch(`${sso.issuer}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${b.accessToken}` } })
    expect((await userinfo()).status).toBe(200)
    // keycloak-js 26 sends client_id, post_logout_redirect_uri and id_token_hint (createLogoutUrl).
    const page = await b.jar.fetch(logoutUrl({ client_id: 'servicepack-web', post_logout_redirect_uri: `${WEB}/`, id_token_hint: b.idToken, state: 'xyz' }))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain("document.getElementById('op.logoutForm').submit()") // no question asked
    expect(html).not.toContain('确定要退出登录吗')
    const { action, xsrf } = form(html)
    const done = await postConfirm(b, action!, { xsrf: xsrf!, logout: 'yes' })
    expect(done.status).toBe(303)
    expect(location(done, sso.issuer)).toBe(`${WEB}/?state=xyz`)
    expect(await sessionAlive(b)).toBe(false)
    await expect(refreshGrant(sso.issuer, b.refreshToken, 'servicepack-web')).rejects.toMatchObject({ error: 'invalid_grant' })
    // Like Keycloak: userinfo refuses the ended session's access token (the API, checking only the
    // signature and expiry, accepts it until it expires).
    expect((await userinfo()).status).toBe(401)
  })

  it('asks when the id_token_hint is from an earlier session of the same user', async () => {
    const earlier = await signedIn('admin')
    // The session's login time is kept in whole seconds: let the next login fall in a later second.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20))
    const b = await signedIn('admin')
    const html = await (await b.jar.fetch(logoutUrl({ id_token_hint: earlier.idToken }))).text()
    expect(html).toContain('确定要退出登录吗？')
    expect(html).not.toContain('<script')
    expect(await sessionAlive(b)).toBe(true)
  })

  it('refuses an id_token_hint issued to another client than client_id (400, still signed in)', async () => {
    const b = await signedIn('enterprise-b')
    const res = await b.jar.fetch(logoutUrl({ client_id: 'servicepack-admin', id_token_hint: b.idToken }))
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('client_id does not match the provided id_token_hint')
    expect(await sessionAlive(b)).toBe(true)
  })

  it('refuses a post_logout_redirect_uri the client did not register (400, still signed in)', async () => {
    const b = await signedIn('enterprise-b')
    const res = await b.jar.fetch(logoutUrl({ id_token_hint: b.idToken, post_logout_redirect_uri: 'http://evil.example/' }))
    expect(res.status).toBe(400)
    expect(await sessionAlive(b)).toBe(true)
  })
})

describe('logout without a valid id_token_hint: a confirmation page', () => {
  const cases: [string, (b: Browser) => Promise<Record<string, string>>][] = [
    ['no parameters at all', async () => ({})],
    ['client_id and post_logout_redirect_uri only (a link on any site)', async () => ({ client_id: 'servicepack-web', post_logout_redirect_uri: `${WEB}/` })],
    [
      'an id_token_hint of another user (an attacker’s own token)',
      async () => ({ id_token_hint: (await passwordGrant(sso.issuer, 'association-ic', 'demo', 'servicepack-cli')).id_token ?? '' }),
    ],
  ]

  it.each(cases)('%s: asks, does not sign out until the button is pressed', async (_case, params) => {
    const b = await signedIn('coordinator')
    const page = await b.jar.fetch(logoutUrl(await params(b)))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    const html = await page.text()
    expect(html).toContain('确定要退出登录吗？')
    expect(html).not.toContain('<script')
    // The button is inside the form: its POST carries the xsrf token and logout=yes (the whole SSO session).
    expect(html).toMatch(/<button type="submit" name="logout" value="yes" id="kc-logout"[^>]*>退出登录<\/button><\/div><\/form>/)
    // Loading the page (or a site making the browser load it) changes nothing.
    expect(await sessionAlive(b)).toBe(true)
    const { action, xsrf } = form(html)
    expect(action && xsrf).toBeTruthy()

    // A forged POST without the page's xsrf token is refused.
    for (const fields of [{ logout: 'yes' }, { xsrf: 'f'.repeat(48), logout: 'yes' }] as Record<string, string>[]) {
      const forged = await postConfirm(b, action!, fields)
      expect(forged.status).toBe(400)
      expect(await sessionAlive(b)).toBe(true)
    }
    // The button's POST signs out.
    const done = await postConfirm(b, action!, { xsrf: xsrf!, logout: 'yes' })
    expect(done.status).toBe(303)
    expect(await sessionAlive(b)).toBe(false)
    await expect(refreshGrant(sso.issuer, b.refreshToken, 'servicepack-web')).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('goes back to post_logout_redirect_uri after the button when client_id names the client', async () => {
    const b = await signedIn('bureau-sheitc')
    const html = await (await b.jar.fetch(logoutUrl({ client_id: 'servicepack-web', post_logout_redirect_uri: `${WEB}/bye` }))).text()
    expect(html).toContain('企业服务包门户（公众端）') // which application asks
    const { action, xsrf } = form(html)
    const done = await postConfirm(b, action!, { xsrf: xsrf!, logout: 'yes' })
    expect(location(done, sso.issuer)).toBe(`${WEB}/bye`)
  })

  it('asks in English for ui_locales=en', async () => {
    const b = await signedIn('bureau-planning')
    const html = await (await b.jar.fetch(logoutUrl({ ui_locales: 'en' }))).text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Do you want to sign out?')
    expect(html).toContain('>Sign out</button>')
  })
})
