import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passwordGrant } from '../src/index.js'
import { CookieJar, location, pkcePair, startTestSso, TestClock } from './helpers.js'

/*
 * The realm's brute-force detection through real HTTP against a started dev SSO (failureFactor 10,
 * 60 s per 10 failures, quick-login check 1 s → 60 s), at fixed instants of a test clock. Each test
 * uses its own demo user: the count is per user.
 */
const clock = new TestClock()
let sso: Awaited<ReturnType<typeof startTestSso>>
beforeAll(async () => {
  sso = await startTestSso({ clock: clock.now })
})
afterAll(async () => {
  await sso?.cleanup()
})

interface Answer {
  status: number
  body: unknown
}

async function grant(username: string, password: string): Promise<Answer> {
  const res = await fetch(`${sso.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'servicepack-cli', username, password, scope: 'openid' }),
  })
  return { status: res.status, body: await res.json() }
}

const INVALID = { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } }

/** n wrong passwords, 2 s apart (slower than the quick-login check), each answered like any wrong one. */
async function wrongGrants(username: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    expect(await grant(username, `wrong-${i}`)).toEqual(INVALID)
    clock.advance(2_000)
  }
}

describe('brute-force detection on the password grant (servicepack-cli)', () => {
  it('locks the user out for 60 s after 10 wrong passwords; the answer is that of a wrong password', async () => {
    await wrongGrants('bureau-sheitc', 10)
    // The right password is refused now, with exactly the answer of a wrong one or an unknown user.
    const locked = await grant('bureau-sheitc', 'demo')
    expect(locked).toEqual(INVALID)
    expect(await grant('no-such-user', 'demo')).toEqual(locked)
    // Attempts while locked out do not count and do not extend the lockout.
    clock.advance(30_000)
    expect(await grant('bureau-sheitc', 'wrong-again')).toEqual(INVALID)
    clock.advance(26_000) // 58 s after the 10th failure
    expect(await grant('bureau-sheitc', 'demo')).toEqual(INVALID)
    clock.advance(2_000) // 60 s after it
    const ok = await grant('bureau-sheitc', 'demo')
    expect(ok.status).toBe(200)
    expect(ok.body).toHaveProperty('access_token')
  })

  it('a successful login resets the count', async () => {
    await wrongGrants('bureau-stcsm', 9)
    expect((await grant('bureau-stcsm', 'demo')).status).toBe(200)
    clock.advance(2_000)
    await wrongGrants('bureau-stcsm', 9)
    expect((await grant('bureau-stcsm', 'demo')).status).toBe(200)
  })

  it('locks only that user', async () => {
    await wrongGrants('bureau-planning', 10)
    expect(await grant('bureau-planning', 'demo')).toEqual(INVALID)
    await expect(passwordGrant(sso.issuer, 'association-ic', 'demo')).resolves.toHaveProperty('access_token')
    clock.advance(60_000)
  })

  it('two wrong passwords within a second lock the user out for a minute (quick-login check)', async () => {
    expect(await grant('enterprise-b', 'wrong')).toEqual(INVALID)
    clock.advance(400)
    expect(await grant('enterprise-b', 'wrong')).toEqual(INVALID)
    expect(await grant('enterprise-b', 'demo')).toEqual(INVALID)
    clock.advance(59_000)
    expect(await grant('enterprise-b', 'demo')).toEqual(INVALID)
    clock.advance(1_000)
    expect((await grant('enterprise-b', 'demo')).status).toBe(200)
  })

  it('does not track unknown usernames (nothing to lock)', async () => {
    for (let i = 0; i < 15; i++) {
      expect(await grant('ghost', 'x')).toEqual(INVALID)
      clock.advance(2_000)
    }
  })
})

describe('brute-force detection on the login form', () => {
  const WEB = 'http://localhost:5173'

  async function loginPage(jar: CookieJar): Promise<string> {
    const u = new URL(`${sso.issuer}/protocol/openid-connect/auth`)
    u.search = new URLSearchParams({
      client_id: 'servicepack-web',
      redirect_uri: `${WEB}/`,
      response_type: 'code',
      response_mode: 'fragment',
      scope: 'openid',
      state: 's',
      code_challenge: pkcePair().challenge,
      code_challenge_method: 'S256',
    }).toString()
    return location(await jar.fetch(u.href), sso.issuer)
  }

  const post = (jar: CookieJar, loginUrl: string, username: string, password: string) =>
    jar.fetch(loginUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password, lang: 'zh', action: 'login' }),
    })

  /** The page's error and status, with the echoed username taken out. */
  async function refusal(res: Response, username: string): Promise<{ status: number; page: string }> {
    const html = await res.text()
    expect(html).toContain('<div class="error" role="alert" id="login-error">无效的用户名或密码。</div>')
    return { status: res.status, page: html.replaceAll(`value="${username}"`, 'value=""') }
  }

  it('locks the user out after 10 wrong passwords with the page of a wrong password, and lets in after the wait', async () => {
    const jar = new CookieJar()
    const loginUrl = await loginPage(jar)
    let wrongPage: { status: number; page: string } | undefined
    for (let i = 0; i < 10; i++) {
      wrongPage = await refusal(await post(jar, loginUrl, 'admin', `wrong-${i}`), 'admin')
      clock.advance(2_000)
    }
    expect(wrongPage?.status).toBe(200)
    const locked = await refusal(await post(jar, loginUrl, 'admin', 'demo'), 'admin')
    const unknown = await refusal(await post(jar, loginUrl, 'nobody-here', 'demo'), 'nobody-here')
    // Same status, same page: the lockout does not tell that `admin` exists.
    expect(locked).toEqual(wrongPage)
    expect(unknown).toEqual(wrongPage)
    // The password grant shares the count: the same user is locked there too.
    expect(await grant('admin', 'demo')).toEqual(INVALID)

    clock.advance(60_000)
    const ok = await post(jar, loginUrl, 'admin', 'demo')
    expect(ok.status).toBe(303)
    const back = new URL(location(await jar.fetch(location(ok, sso.issuer)), sso.issuer))
    expect(back.origin).toBe(WEB)
    expect(new URLSearchParams(back.hash.slice(1)).get('code')).toBeTruthy()
  })

  it('counts the form and the password grant together, per user', async () => {
    await wrongGrants('coordinator', 5)
    const jar = new CookieJar()
    const loginUrl = await loginPage(jar)
    for (let i = 0; i < 5; i++) {
      await refusal(await post(jar, loginUrl, 'coordinator', `wrong-${i}`), 'coordinator')
      clock.advance(2_000)
    }
    await refusal(await post(jar, loginUrl, 'coordinator', 'demo'), 'coordinator')
    expect(await grant('coordinator', 'demo')).toEqual(INVALID)
    clock.advance(60_000)
    expect((await grant('coordinator', 'demo')).status).toBe(200)
  })

  it('does not count an empty password (the form asks for it again)', async () => {
    const jar = new CookieJar()
    const loginUrl = await loginPage(jar)
    for (let i = 0; i < 12; i++) {
      const res = await post(jar, loginUrl, 'enterprise-a', '')
      expect(res.status).toBe(200) // Keycloak shows its page again with 200
      expect(await res.text()).toContain('请输入用户名和密码')
    }
    expect((await post(jar, loginUrl, 'enterprise-a', 'demo')).status).toBe(303)
  })
})
