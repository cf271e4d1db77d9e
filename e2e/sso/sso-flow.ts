import { createHash, randomBytes } from 'node:crypto'
import { CookieJar } from 'tough-cookie'

/**
 * The OpenID Connect flows the apps and scripts use, spoken over plain HTTP so that one test file can
 * run them against the dev SSO and against Keycloak: the authorization code flow with PKCE through the
 * SSO's own login form (as keycloak-js does in the browser), refresh, RP-initiated logout, the
 * password grant of `servicepack-cli`.
 */

export const OIDC = '/protocol/openid-connect'

export interface Tokens {
  access_token: string
  refresh_token: string
  id_token?: string
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

export function claimsOf(jwt: string): Record<string, unknown> {
  const segment = jwt.split('.')[1]
  if (!segment) throw new Error('not a JWT')
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>
}

/** A browser's cookies around fetch: tough-cookie keeps them as a browser would (expiry, path, domain). */
export class Browser {
  private readonly cookies = new CookieJar()

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    const cookie = await this.cookies.getCookieString(url)
    if (cookie) headers.set('cookie', cookie)
    const res = await fetch(url, { ...init, headers, redirect: 'manual' })
    for (const line of res.headers.getSetCookie()) await this.cookies.setCookie(line, url, { ignoreError: true })
    return res
  }

  /** Follows redirects until `stop` matches a URL (not fetched) or a page answers. */
  async follow(url: string, stop: (url: string) => boolean, init: RequestInit = {}): Promise<{ url: string; res?: Response }> {
    let current = url
    if (stop(current)) return { url: current }
    let res = await this.fetch(current, init)
    for (let hops = 0; hops < 10; hops++) {
      const loc = res.headers.get('location')
      if (res.status < 300 || res.status >= 400 || !loc) return { url: current, res }
      current = new URL(loc, current).href
      if (stop(current)) return { url: current }
      res = await this.fetch(current)
    }
    throw new Error('too many redirects')
  }
}

const decode = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>')

/** The first POST form of a page and its hidden fields. */
export function formOf(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/i.exec(html)?.[0]
  if (!form) throw new Error(`no form on the page: ${html.slice(0, 300)}`)
  const action = decode(/\baction="([^"]*)"/i.exec(form)?.[1] ?? pageUrl)
  const fields: Record<string, string> = {}
  for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
    const name = /\bname="([^"]*)"/i.exec(input)?.[1]
    const type = /\btype="([^"]*)"/i.exec(input)?.[1]?.toLowerCase()
    if (name && type === 'hidden') fields[name] = decode(/\bvalue="([^"]*)"/i.exec(input)?.[1] ?? '')
  }
  return { action: new URL(action, pageUrl).href, fields }
}

/** The visible text of a page (tags dropped), for comparing messages. */
export function textOf(html: string): string {
  return decode(html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')
}

export interface CodeFlow {
  clientId: string
  redirectUri: string
  browser?: Browser
  uiLocales?: string
}

export function authUrl(issuer: string, flow: CodeFlow, extra: Record<string, string> = {}): string {
  const url = new URL(`${issuer}${OIDC}/auth`)
  url.search = new URLSearchParams({
    client_id: flow.clientId,
    redirect_uri: flow.redirectUri,
    response_type: 'code',
    response_mode: 'query',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...(flow.uiLocales ? { ui_locales: flow.uiLocales } : {}),
    ...extra,
  }).toString()
  return url.href
}

/** Opens the SSO's login page for a code flow with PKCE S256. */
export async function openLoginPage(issuer: string, flow: CodeFlow & { browser: Browser }): Promise<{ html: string; url: string; verifier: string }> {
  const { verifier, challenge } = pkcePair()
  const start = authUrl(issuer, flow, { code_challenge: challenge, code_challenge_method: 'S256' })
  const { url, res } = await flow.browser.follow(start, (u) => u.startsWith(flow.redirectUri))
  if (!res || res.status !== 200) throw new Error(`expected the login page, got ${res?.status ?? 'a redirect to ' + url}`)
  return { html: await res.text(), url, verifier }
}

/** Submits the login form; the redirect back to the app (with its code) or the page shown again. */
export async function submitLogin(browser: Browser, page: { html: string; url: string }, username: string, password: string, redirectUri: string): Promise<{ redirect?: string; status: number; html?: string }> {
  const { action, fields } = formOf(page.html, page.url)
  const body = new URLSearchParams({ ...fields, username, password })
  const res = await browser.fetch(action, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  const loc = res.headers.get('location')
  if (res.status >= 300 && res.status < 400 && loc) {
    const { url, res: end } = await browser.follow(new URL(loc, action).href, (u) => u.startsWith(redirectUri))
    if (url.startsWith(redirectUri)) return { redirect: url, status: res.status }
    return { status: end?.status ?? 0, html: await end?.text() }
  }
  return { status: res.status, html: await res.text() }
}

async function tokenRequest(issuer: string, params: Record<string, string>, origin?: string): Promise<Response> {
  return fetch(`${issuer}${OIDC}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams(params),
  })
}

async function tokensFrom(res: Response): Promise<Tokens> {
  const body = (await res.json()) as Tokens & { error?: string }
  if (!res.ok) throw new Error(`token endpoint: ${res.status} ${JSON.stringify(body)}`)
  return body
}

/** A full sign-in as the app does it: login page, code, token exchange with the PKCE verifier. */
export async function signIn(issuer: string, flow: CodeFlow, username: string, password = 'demo'): Promise<Tokens & { browser: Browser }> {
  const browser = flow.browser ?? new Browser()
  const page = await openLoginPage(issuer, { ...flow, browser })
  const done = await submitLogin(browser, page, username, password, flow.redirectUri)
  if (!done.redirect) throw new Error(`sign-in of ${username} failed: ${done.status} ${textOf(done.html ?? '').slice(0, 200)}`)
  const code = new URL(done.redirect).searchParams.get('code')
  if (!code) throw new Error(`no code in ${done.redirect}`)
  const tokens = await tokensFrom(
    await tokenRequest(issuer, { grant_type: 'authorization_code', client_id: flow.clientId, code, redirect_uri: flow.redirectUri, code_verifier: page.verifier }, new URL(flow.redirectUri).origin),
  )
  return { ...tokens, browser }
}

export async function refresh(issuer: string, clientId: string, refreshToken: string): Promise<Response> {
  return tokenRequest(issuer, { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken })
}

export async function passwordGrant(issuer: string, username: string, password: string): Promise<Response> {
  return tokenRequest(issuer, { grant_type: 'password', client_id: 'servicepack-cli', username, password, scope: 'openid' })
}

export { tokensFrom }

/**
 * What keycloak-js's `logout()` does: the browser goes to the logout endpoint with the ID token, the
 * client and where to come back. Resolves with the URL the browser lands on (a page's auto-submitted
 * form is submitted, as a browser with scripts would).
 */
export async function logout(issuer: string, browser: Browser, clientId: string, idToken: string, postLogoutRedirectUri: string): Promise<string> {
  const url = new URL(`${issuer}${OIDC}/logout`)
  url.search = new URLSearchParams({ client_id: clientId, id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri }).toString()
  let { url: at, res } = await browser.follow(url.href, (u) => u.startsWith(postLogoutRedirectUri))
  for (let i = 0; res && res.status === 200 && i < 3; i++) {
    const html = await res.text()
    if (!/<form/i.test(html)) break
    const { action, fields } = formOf(html, at)
    ;({ url: at, res } = await browser.follow(action, (u) => u.startsWith(postLogoutRedirectUri), {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }))
  }
  return at
}
