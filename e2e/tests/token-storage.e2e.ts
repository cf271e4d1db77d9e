/**
 * No token a script could read (issue 20 §5): after sign-in, after a reload, after the access token
 * is refreshed and after sign-out, neither app keeps an access, refresh or ID token in localStorage,
 * sessionStorage or a cookie without HttpOnly (on any origin). The tokens the browser really got
 * from the SSO's token endpoint are looked for verbatim, and anything JWT-shaped besides.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, openBrowser, signInOnSsoPage, SSO, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>
const TOKEN = `${SSO}/realms/servicepack/protocol/openid-connect/token`
const JWT = /eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]*/

/** Records every token the SSO's token endpoint hands the page. */
function recordTokens(page: Page): { tokens: Set<string>; responses: () => number } {
  const tokens = new Set<string>()
  let responses = 0
  page.on('response', async (res) => {
    if (!res.url().startsWith(TOKEN) || res.request().method() !== 'POST') return
    try {
      const body = (await res.json()) as Record<string, unknown>
      responses++
      for (const k of ['access_token', 'refresh_token', 'id_token']) if (typeof body[k] === 'string') tokens.add(body[k] as string)
    } catch {
      // not JSON: no token
    }
  })
  return { tokens, responses: () => responses }
}

/** What a script of the page (or of any origin) could read: both storages and the non-HttpOnly cookies. */
async function readable(page: Page, context: BrowserContext): Promise<{ where: string; value: string }[]> {
  const storage = await page.evaluate(() => {
    const out: { where: string; value: string }[] = []
    for (const [name, s] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i)!
        out.push({ where: `${location.origin} ${name} ${key}`, value: `${key}=${s.getItem(key)}` })
      }
    }
    out.push({ where: `${location.origin} document.cookie`, value: document.cookie })
    return out
  })
  const cookies = (await context.cookies()).filter((c) => !c.httpOnly).map((c) => ({ where: `cookie ${c.domain}${c.path} ${c.name}`, value: `${c.name}=${c.value}` }))
  return [...storage, ...cookies]
}

async function expectNoToken(stage: string, page: Page, context: BrowserContext, tokens: Set<string>) {
  expect(tokens.size, `${stage}: the page got tokens from the SSO`).toBeGreaterThan(0)
  const found = (await readable(page, context)).filter((r) => JWT.test(r.value) || [...tokens].some((t) => r.value.includes(t) || r.value.includes(t.split('.')[1]!)))
  expect(found.map((f) => f.where), `${stage}: a token a script can read`).toEqual([])
}

describe('no token in script-readable storage, in either app', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  for (const [app, origin, user, start] of [
    ['web', WEB, 'enterprise-a', '/'],
    ['admin', ADMIN, 'coordinator', '/appeals'],
  ] as const) {
    it(`${app}: after sign-in, reload, token refresh and sign-out`, async () => {
      const { page, context } = b
      await page.clock.install()
      const seen = recordTokens(page)
      if (app === 'web') {
        await page.goto(origin + start)
        await page.locator('.sp-user__login').click()
      } else {
        await page.goto(origin + start)
      }
      await signInOnSsoPage(page, user)
      await page.locator('[data-test="user-menu"]').waitFor()
      await expectNoToken('after sign-in', page, context, seen.tokens)

      await page.reload()
      await page.locator('[data-test="user-menu"]').waitFor()
      await expectNoToken('after a reload', page, context, seen.tokens)

      const before = seen.responses()
      await page.clock.fastForward('04:50') // the 300 s access token is refreshed before it runs out
      await expect.poll(() => seen.responses(), { timeout: 20_000 }).toBeGreaterThan(before)
      await expectNoToken('after a token refresh', page, context, seen.tokens)

      await page.locator('[data-test="user-menu"]').click()
      await page.locator('[data-test="logout"]').click()
      await page.waitForURL((url) => url.origin === origin, { timeout: 30_000 })
      await expectNoToken('after sign-out', page, context, seen.tokens)
    })
  }
})
