import { readFileSync } from 'node:fs'
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, importJWK } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSigningKey, passwordGrant, refreshGrant, TokenError } from '../src/index.js'
import { CookieJar, decodePart, location, pkcePair, startTestSso, TestClock } from './helpers.js'

let sso: Awaited<ReturnType<typeof startTestSso>>
const WEB = 'http://localhost:5173'
// The realm's brute-force detection sees wrong passwords less than a second apart as a quick-login
// attack (a minute's lockout): the tests move this clock on between wrong passwords, as a person would.
const clock = new TestClock()

beforeAll(async () => {
  sso = await startTestSso({ clock: clock.now })
})
afterAll(async () => {
  await sso?.cleanup()
})

const tokenUrl = () => `${sso.issuer}/protocol/openid-connect/token`
const jwks = () => createRemoteJWKSet(new URL(`${sso.issuer}/protocol/openid-connect/certs`))

async function postToken(params: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(tokenUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params),
  })
}

describe('dev SSO server', () => {
  it('serves the realm at /realms/servicepack on the port it picked (never 8180 in tests)', () => {
    expect(sso.port).not.toBe(8180)
    expect(sso.issuer).toBe(`http://localhost:${sso.port}/realms/servicepack`)
  })

  it('publishes a discovery document with Keycloak’s endpoint layout', async () => {
    const res = await fetch(`${sso.issuer}/.well-known/openid-configuration`)
    expect(res.status).toBe(200)
    const doc = (await res.json()) as Record<string, unknown>
    const oidc = `${sso.issuer}/protocol/openid-connect`
    expect(doc).toMatchObject({
      issuer: sso.issuer,
      authorization_endpoint: `${oidc}/auth`,
      token_endpoint: `${oidc}/token`,
      end_session_endpoint: `${oidc}/logout`,
      userinfo_endpoint: `${oidc}/userinfo`,
      jwks_uri: `${oidc}/certs`,
      check_session_iframe: `${oidc}/login-status-iframe.html`,
    })
    expect(doc.code_challenge_methods_supported).toEqual(['S256'])
    expect(doc.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token', 'password']))
    expect(doc.id_token_signing_alg_values_supported).toEqual(['RS256'])
    expect(doc.response_types_supported).toEqual(['code'])
  })

  it('serves the JWKS with one RS256 key whose kid is its thumbprint, the same key as the key file', async () => {
    const res = await fetch(`${sso.issuer}/protocol/openid-connect/certs`)
    expect(res.status).toBe(200)
    const { keys } = (await res.json()) as { keys: Record<string, string>[] }
    const key = await loadSigningKey(sso.keyFile)
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: key.kid, n: key.publicJwk.n, e: 'AQAB' })
    expect(keys[0]).not.toHaveProperty('d')
    expect(JSON.parse(readFileSync(sso.keyFile, 'utf8')).kid).toBe(key.kid)
  })

  it('serves what keycloak-js loads by default: 3p-cookies/step1.html and login-status-iframe.html', async () => {
    const step1 = await fetch(`${sso.issuer}/protocol/openid-connect/3p-cookies/step1.html`)
    expect(step1.status).toBe(200)
    expect(step1.headers.get('content-type')).toMatch(/text\/html/)
    expect(await step1.text()).toContain('postMessage("unsupported"')
    const iframe = await fetch(`${sso.issuer}/protocol/openid-connect/login-status-iframe.html`)
    expect(iframe.status).toBe(200)
    expect(await iframe.text()).toContain("addEventListener('message'")
  })

  it('issues RS256 JWTs for servicepack-cli with the password grant, with Keycloak’s claims', async () => {
    const tokens = await passwordGrant(sso.issuer, 'enterprise-a', 'demo')
    expect(tokens.token_type).toBe('Bearer')
    expect(tokens.expires_in).toBe(300)
    expect(decodeProtectedHeader(tokens.access_token).alg).toBe('RS256')
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, jwks(), {
      issuer: sso.issuer,
      audience: 'servicepack-api',
      algorithms: ['RS256'],
    })
    expect(protectedHeader).toEqual({ alg: 'RS256', typ: 'JWT', kid: (await loadSigningKey(sso.keyFile)).kid })
    expect(payload).not.toHaveProperty('client_id') // like Keycloak: the client is in azp
    expect(payload).toMatchObject({
      iss: sso.issuer,
      sub: 'cd5adf1e-cf8a-4630-842e-1210c25f0575',
      azp: 'servicepack-cli',
      typ: 'Bearer',
      preferred_username: 'enterprise-a',
      name: '明远 王',
      given_name: '明远',
      family_name: '王',
      realm_access: { roles: ['enterprise'] },
      enterprise_uscc: '91310115MA1K4C7L8X',
    })
    expect(payload.exp! - payload.iat!).toBe(300)
    expect(payload).not.toHaveProperty('bureau')
    expect(payload).not.toHaveProperty('association')
    // An ID token comes back too (scope openid), for the cli client.
    expect(decodePart(tokens.id_token!, 1)).toMatchObject({ aud: 'servicepack-cli', preferred_username: 'enterprise-a' })
  })

  it.each([
    ['bureau-sheitc', { bureau: 'sheitc', realm_access: { roles: ['bureau_officer'] } }],
    ['association-ic', { association: 'sh-ic-association', realm_access: { roles: ['association'] } }],
    ['coordinator', { realm_access: { roles: ['coordinator'] } }],
  ])('maps the attributes of %s into its access token', async (username, expected) => {
    const { access_token } = await passwordGrant(sso.issuer, username, 'demo')
    const { payload } = await jwtVerify(access_token, jwks(), { issuer: sso.issuer, audience: 'servicepack-api' })
    expect(payload).toMatchObject({ preferred_username: username, ...expected })
    expect(payload).not.toHaveProperty('enterprise_uscc')
  })

  it('refuses the password grant for servicepack-web and servicepack-admin (unauthorized_client)', async () => {
    for (const clientId of ['servicepack-web', 'servicepack-admin']) {
      const err = await passwordGrant(sso.issuer, 'enterprise-a', 'demo', clientId).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(TokenError)
      expect(err).toMatchObject({ status: 400, error: 'unauthorized_client' })
    }
  })

  it('refuses the bearer-only servicepack-api and unknown clients', async () => {
    for (const clientId of ['servicepack-api', 'no-such-client']) {
      const err = await passwordGrant(sso.issuer, 'enterprise-a', 'demo', clientId).catch((e: unknown) => e)
      expect(err).toMatchObject({ status: 401, error: 'invalid_client' })
    }
  })

  it('refuses a wrong password and an unknown user with invalid_grant', async () => {
    for (const [u, p] of [
      ['enterprise-a', 'wrong'],
      ['enterprise-a', 'DEMO'],
      ['nobody', 'demo'],
    ] as const) {
      clock.advance(2_000)
      const err = await passwordGrant(sso.issuer, u, p).catch((e: unknown) => e)
      expect(err).toMatchObject({ status: 400, error: 'invalid_grant', errorDescription: 'Invalid user credentials' })
    }
  })

  it('returns JWT-shaped refresh tokens that keycloak-js can parse, and refreshing works (rotating)', async () => {
    const first = await passwordGrant(sso.issuer, 'admin', 'demo')
    expect(first.refresh_token.split('.')).toHaveLength(3)
    const rt = decodePart(first.refresh_token, 1)
    expect(rt).toMatchObject({ typ: 'Refresh', azp: 'servicepack-cli', iss: sso.issuer, sub: 'd5f328f4-63ef-4404-91fd-23a4f765b60c' })
    expect(rt.exp).toBeGreaterThan(Date.now() / 1000)
    expect(decodePart(first.refresh_token, 0).alg).toBe('HS512')
    // A refresh token is not an access token: the API's RS256 verification rejects it.
    await expect(jwtVerify(first.refresh_token, jwks(), { issuer: sso.issuer, algorithms: ['RS256'] })).rejects.toThrow()

    const second = await refreshGrant(sso.issuer, first.refresh_token)
    const { payload } = await jwtVerify(second.access_token, jwks(), { issuer: sso.issuer, audience: 'servicepack-api' })
    expect(payload).toMatchObject({ preferred_username: 'admin', realm_access: { roles: ['admin'] } })
    expect(second.refresh_token).not.toBe(first.refresh_token)
    expect(decodePart(second.refresh_token, 1).typ).toBe('Refresh')
    // The used one is spent (public clients rotate; reuse is refused).
    await expect(refreshGrant(sso.issuer, first.refresh_token)).rejects.toMatchObject({ error: 'invalid_grant' })
    // A refresh token of one client is refused for another.
    await expect(refreshGrant(sso.issuer, second.refresh_token, 'servicepack-web')).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('answers Keycloak-like userinfo for a valid access token and 401 otherwise', async () => {
    const { access_token } = await passwordGrant(sso.issuer, 'enterprise-b', 'demo')
    const ok = await fetch(`${sso.issuer}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${access_token}` } })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({
      sub: 'a970f97f-6759-4300-8635-1ec4b63fe79f',
      preferred_username: 'enterprise-b',
      email: 'enterprise-b@demo.servicepack.example',
      email_verified: true,
      enterprise_uscc: '91310112MA1G8R3N83',
    })
    const bad = await fetch(`${sso.issuer}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${access_token}x` } })
    expect(bad.status).toBe(401)
    expect(bad.headers.get('www-authenticate')).toMatch(/invalid_token/)
    const none = await fetch(`${sso.issuer}/protocol/openid-connect/userinfo`)
    expect(none.status).toBe(401)
  })

  it('sends credentialed CORS headers to the web origins and none to others', async () => {
    const preflight = await fetch(tokenUrl(), {
      method: 'OPTIONS',
      headers: { origin: WEB, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(WEB)
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')

    const res = await postToken(
      { grant_type: 'password', client_id: 'servicepack-cli', username: 'admin', password: 'demo' },
      { origin: 'http://localhost:5174' },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5174')
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')

    // An error must be readable by the app too.
    const failed = await postToken({ grant_type: 'password', client_id: 'servicepack-web', username: 'admin', password: 'demo' }, { origin: WEB })
    expect(failed.status).toBe(400)
    expect(failed.headers.get('access-control-allow-origin')).toBe(WEB)

    const evil = await fetch(`${sso.issuer}/protocol/openid-connect/userinfo`, { headers: { origin: 'http://evil.example' } })
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('rejects tokens it did not sign even if they claim to come from it', async () => {
    const { access_token } = await passwordGrant(sso.issuer, 'admin', 'demo')
    const claims = decodePart(access_token, 1)
    const other = await importJWK((await loadSigningKey(`${sso.keyFile}.other`)).privateJwk, 'RS256')
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: decodeProtectedHeader(access_token).kid! }).sign(other)
    await expect(jwtVerify(forged, jwks(), { issuer: sso.issuer })).rejects.toThrow()
    const res = await fetch(`${sso.issuer}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${forged}` } })
    expect(res.status).toBe(401)
  })

  it('answers the realm document and 404 for other realms', async () => {
    const res = await fetch(sso.issuer)
    expect(res.status).toBe(200)
    const info = (await res.json()) as Record<string, string>
    expect(info.realm).toBe('servicepack')
    expect(info['token-service']).toBe(`${sso.issuer}/protocol/openid-connect`)
    const other = await fetch(`http://localhost:${sso.port}/realms/master/.well-known/openid-configuration`)
    expect(other.status).toBe(404)
  })
})

describe('authorization code + PKCE through the login page (what keycloak-js does)', () => {
  function authUrl(challenge: string, clientId = 'servicepack-web', redirectUri = `${WEB}/`): string {
    const u = new URL(`${sso.issuer}/protocol/openid-connect/auth`)
    u.search = new URLSearchParams({
      client_id: clientId,
      redirect_uri: redirectUri,
      state: 'state-123',
      response_mode: 'fragment',
      response_type: 'code',
      scope: 'openid',
      nonce: 'nonce-456',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString()
    return u.href
  }

  it('signs in with the form, exchanges the code, refreshes, reads userinfo and signs out', async () => {
    const jar = new CookieJar()
    const { verifier, challenge } = pkcePair()

    const start = await jar.fetch(authUrl(challenge))
    expect(start.status).toBe(303)
    const loginUrl = location(start, sso.issuer)
    expect(loginUrl).toMatch(new RegExp(`^${sso.issuer}/login-actions/[A-Za-z0-9_-]+$`))

    const page = await jar.fetch(loginUrl)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('企业服务包门户')
    expect(html).toContain('<label for="username">用户名或邮箱</label>')
    expect(html).toContain('<label for="password">密码</label>')
    expect(html).toContain('企业服务包门户（公众端）')
    expect(html).toContain('enterprise-a') // the demo-accounts hint
    expect(html).toContain(`href="${new URL(loginUrl).pathname}?lang=en"`)

    const english = await (await jar.fetch(`${loginUrl}?lang=en`)).text()
    expect(english).toContain('<html lang="en">')
    expect(english).toContain('<label for="username">Username or email</label>')
    expect(english).toContain('中文')

    const form = (username: string, password: string, lang = 'zh') =>
      jar.fetch(loginUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username, password, lang, action: 'login' }),
      })

    const wrong = await form('enterprise-a', 'nope')
    expect(wrong.status).toBe(200)
    const wrongHtml = await wrong.text()
    expect(wrongHtml).toContain('无效的用户名或密码。')
    expect(wrongHtml).toContain('value="enterprise-a"')
    clock.advance(2_000)
    const wrongEn = await (await form('enterprise-a', 'nope', 'en')).text()
    expect(wrongEn).toContain('Invalid username or password.')
    clock.advance(2_000)

    const ok = await form('enterprise-a', 'demo')
    expect(ok.status).toBe(303)
    const resume = await jar.fetch(location(ok, sso.issuer))
    expect(resume.status).toBe(303)
    const back = new URL(location(resume, sso.issuer))
    expect(back.origin + back.pathname).toBe(`${WEB}/`)
    const fragment = new URLSearchParams(back.hash.slice(1))
    expect(fragment.get('state')).toBe('state-123')
    expect(fragment.get('iss')).toBe(sso.issuer)
    const code = fragment.get('code')
    expect(code).toBeTruthy()

    // keycloak-js: POST with credentials: 'include' from the app's origin.
    const exchange = await postToken(
      { grant_type: 'authorization_code', client_id: 'servicepack-web', code: code!, redirect_uri: `${WEB}/`, code_verifier: verifier },
      { origin: WEB },
    )
    expect(exchange.status).toBe(200)
    expect(exchange.headers.get('access-control-allow-origin')).toBe(WEB)
    expect(exchange.headers.get('access-control-allow-credentials')).toBe('true')
    const tokens = (await exchange.json()) as { access_token: string; refresh_token: string; id_token: string }
    const { payload } = await jwtVerify(tokens.access_token, jwks(), { issuer: sso.issuer, audience: 'servicepack-api', algorithms: ['RS256'] })
    expect(payload).toMatchObject({
      azp: 'servicepack-web',
      preferred_username: 'enterprise-a',
      realm_access: { roles: ['enterprise'] },
      enterprise_uscc: '91310115MA1K4C7L8X',
      enterprise_name: '上海芯联微电子有限公司',
    })
    // the client's web origins as the realm lists them (the dev apps' and the production rehearsal's)
    expect(payload['allowed-origins']).toContain(WEB)
    expect(payload.sid).toBeTypeOf('string')
    const idToken = decodePart(tokens.id_token, 1)
    expect(idToken).toMatchObject({ aud: 'servicepack-web', nonce: 'nonce-456', name: '明远 王', enterprise_uscc: '91310115MA1K4C7L8X' })
    expect(decodePart(tokens.refresh_token, 1)).toMatchObject({ typ: 'Refresh', azp: 'servicepack-web' })

    const refreshed = await refreshGrant(sso.issuer, tokens.refresh_token, 'servicepack-web')
    expect(decodePart(refreshed.access_token, 1).azp).toBe('servicepack-web')

    const userinfo = await fetch(`${sso.issuer}/protocol/openid-connect/userinfo`, {
      headers: { authorization: `Bearer ${refreshed.access_token}`, origin: WEB },
    })
    expect(userinfo.status).toBe(200)
    expect(userinfo.headers.get('access-control-allow-origin')).toBe(WEB)

    // The session-status iframe's check (Keycloak's login-status-iframe protocol).
    const statusUrl = (sid: string) =>
      `${sso.issuer}/protocol/openid-connect/login-status-iframe.html/check?client_id=servicepack-web&session_state=${sid}`
    const status = async (sid: string) => ((await (await jar.fetch(statusUrl(sid))).json()) as { status: string }).status
    expect(await status(payload.sid as string)).toBe('unchanged')
    expect(await status('someone-else')).toBe('changed')

    // A second app in the same browser gets in without the form (single sign-on).
    const admin = pkcePair()
    const sso2 = await jar.fetch(authUrl(admin.challenge, 'servicepack-admin', 'http://localhost:5174/'))
    expect(sso2.status).toBe(303)
    const adminBack = new URL(location(sso2, sso.issuer))
    expect(adminBack.origin).toBe('http://localhost:5174')
    expect(new URLSearchParams(adminBack.hash.slice(1)).get('code')).toBeTruthy()

    // RP-initiated logout: the page submits itself, then the browser is sent back to the app.
    const logoutUrl = new URL(`${sso.issuer}/protocol/openid-connect/logout`)
    logoutUrl.search = new URLSearchParams({
      client_id: 'servicepack-web',
      post_logout_redirect_uri: `${WEB}/`,
      id_token_hint: tokens.id_token,
    }).toString()
    const logoutPage = await jar.fetch(logoutUrl.href)
    expect(logoutPage.status).toBe(200)
    const logoutHtml = await logoutPage.text()
    expect(logoutHtml).toContain("document.getElementById('op.logoutForm').submit()")
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(logoutHtml)?.[1]
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(logoutHtml)?.[1]
    expect(action && xsrf).toBeTruthy()
    const confirmed = await jar.fetch(action!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }),
    })
    expect(confirmed.status).toBe(303)
    expect(location(confirmed, sso.issuer)).toBe(`${WEB}/`)

    // The session is gone: the status check says so, its refresh token no longer works and the next login shows the form.
    expect(await status(payload.sid as string)).toBe('changed')
    await expect(refreshGrant(sso.issuer, refreshed.refresh_token, 'servicepack-web')).rejects.toMatchObject({ error: 'invalid_grant' })
    const after = await jar.fetch(authUrl(pkcePair().challenge))
    expect(location(after, sso.issuer)).toMatch(/\/login-actions\//)
  })

  /** Signs in as bureau-stcsm (or reuses the jar's session) and returns the authorization code. */
  async function codeFor(jar: CookieJar, challenge: string): Promise<string> {
    let next = location(await jar.fetch(authUrl(challenge)), sso.issuer)
    if (next.includes('/login-actions/')) {
      const ok = await jar.fetch(next, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'bureau-stcsm', password: 'demo', action: 'login' }),
      })
      next = location(await jar.fetch(location(ok, sso.issuer)), sso.issuer)
    }
    const back = new URL(next)
    expect(back.origin).toBe(WEB)
    return new URLSearchParams(back.hash.slice(1)).get('code') ?? ''
  }

  it('refuses a wrong PKCE verifier, and a replayed code revokes what the code gave', async () => {
    const jar = new CookieJar()
    const { verifier, challenge } = pkcePair()
    const code = await codeFor(jar, challenge)
    const exchange = (v: string) =>
      postToken({ grant_type: 'authorization_code', client_id: 'servicepack-web', code, redirect_uri: `${WEB}/`, code_verifier: v })
    const wrong = await exchange(pkcePair().verifier)
    expect(wrong.status).toBe(400)
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_grant')

    const code2 = await codeFor(jar, challenge)
    const first = await postToken({ grant_type: 'authorization_code', client_id: 'servicepack-web', code: code2, redirect_uri: `${WEB}/`, code_verifier: verifier })
    expect(first.status).toBe(200)
    const tokens = (await first.json()) as { refresh_token: string; access_token: string }
    expect(decodePart(tokens.access_token, 1)).toMatchObject({ preferred_username: 'bureau-stcsm', bureau: 'stcsm' })
    const replay = await postToken({ grant_type: 'authorization_code', client_id: 'servicepack-web', code: code2, redirect_uri: `${WEB}/`, code_verifier: verifier })
    expect(replay.status).toBe(400)
    await expect(refreshGrant(sso.issuer, tokens.refresh_token, 'servicepack-web')).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('accepts any path under the registered redirect wildcard but not another origin', async () => {
    const { challenge } = pkcePair()
    const deep = await fetch(authUrl(challenge, 'servicepack-web', `${WEB}/appeals/42?tab=1`), { redirect: 'manual' })
    expect(deep.status).toBe(303)
    expect(deep.headers.get('location')).toMatch(/\/login-actions\//)
    const evil = await fetch(authUrl(challenge, 'servicepack-web', 'http://localhost:5174/'), { redirect: 'manual' })
    expect(evil.status).toBe(400)
    expect(evil.headers.get('location')).toBeNull()
  })

  it.each([
    [{ ui_locales: 'en' }, 'en'],
    [{ ui_locales: 'en-GB zh-CN' }, 'en'],
    [{ kc_locale: 'en' }, 'en'],
    [{ ui_locales: 'zh-CN' }, 'zh-CN'],
    [{ ui_locales: 'zh-CN', accept: 'en-US,en;q=0.9' }, 'zh-CN'],
    [{ accept: 'en-US,en;q=0.9' }, 'en'],
  ])('shows the login page in the language the app asks for (%j → %s)', async (asked, lang) => {
    const jar = new CookieJar()
    const u = new URL(authUrl(pkcePair().challenge))
    for (const key of ['ui_locales', 'kc_locale'] as const) if (key in asked) u.searchParams.set(key, (asked as Record<string, string>)[key]!)
    const headers: Record<string, string> = 'accept' in asked ? { 'accept-language': asked.accept! } : {}
    const loginUrl = location(await jar.fetch(u.href, { headers }), sso.issuer)
    const html = await (await jar.fetch(loginUrl, { headers })).text()
    expect(html).toContain(`<html lang="${lang}">`)
    expect(html).toContain(lang === 'en' ? '<label for="username">Username or email</label>' : '<label for="username">用户名或邮箱</label>')
  })

  it('requires PKCE for the public clients', async () => {
    const u = new URL(authUrl('x'))
    u.searchParams.delete('code_challenge')
    u.searchParams.delete('code_challenge_method')
    const res = await fetch(u, { redirect: 'manual' })
    // Errors for a valid redirect URI go back to the app, as OAuth requires.
    const back = new URL(res.headers.get('location') ?? 'http://x/')
    expect(new URLSearchParams(back.hash.slice(1)).get('error')).toBe('invalid_request')
  })

  it('sends the user back with access_denied when the login is cancelled', async () => {
    const jar = new CookieJar()
    const loginUrl = location(await jar.fetch(authUrl(pkcePair().challenge)), sso.issuer)
    const cancel = await jar.fetch(loginUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'cancel' }),
    })
    const back = new URL(location(await jar.fetch(location(cancel, sso.issuer)), sso.issuer))
    expect(back.origin).toBe(WEB)
    expect(new URLSearchParams(back.hash.slice(1)).get('error')).toBe('access_denied')
  })
})
