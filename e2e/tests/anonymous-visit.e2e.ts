/**
 * A visitor who arrives from elsewhere (一网通办, a search engine) stays on the page they opened: the
 * portal does not send them through the SSO, and Back leaves the portal. A signed-in user who opens
 * a page keeps their session without the page ever leaving for the SSO (a hidden iframe asks).
 */
import type { Page, Request } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, signInToWeb, snap, SSO, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

/** Requests to the SSO's authorization endpoint, and top-level navigations of the tab. */
function watch(page: Page) {
  const auth: Request[] = []
  const navigations: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(`${SSO}/realms/servicepack/protocol/openid-connect/auth`)) auth.push(request)
  })
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url())
  })
  return { auth, navigations }
}

describe('a visitor is never bounced through the SSO', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('opens /measures from another page: no request to the SSO’s auth endpoint, no #error in the address, and Back returns', async () => {
    const { page } = b
    const seen = watch(page)
    // the page the visitor comes from (a search engine's results, say)
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(`<title>搜索结果</title><a id="go" href="${WEB}/measures">上海市惠企政策目录</a>`)}`)
    await page.locator('#go').click()
    await page.waitForURL(`${WEB}/measures`)
    await page.locator('[data-test="catalogue-entry"]').first().waitFor()
    await page.locator('.sp-user__login').waitFor() // the session is known: anonymous
    await page.waitForTimeout(1000) // time for any late redirect to show itself
    expect(seen.auth.map((r) => r.url())).toEqual([])
    expect(page.url()).toBe(`${WEB}/measures`)
    expect(seen.navigations.filter((url) => !url.startsWith(WEB) && !url.startsWith('data:'))).toEqual([])
    await snap(page, 'web-visitor-measures')

    // history holds only the pages the visitor saw: one Back leaves the portal
    await page.goBack()
    await page.waitForURL((url) => !url.href.startsWith(WEB))
    expect(await page.title()).toBe('搜索结果')
  })

  it('opens the start page and a reload, and stays anonymous without asking the SSO', async () => {
    const { page } = b
    const seen = watch(page)
    await page.goto(WEB + '/')
    await page.locator('.sp-user__login').waitFor()
    await page.reload()
    await page.locator('.sp-user__login').waitFor()
    await page.waitForTimeout(500)
    expect(seen.auth).toEqual([])
    expect(page.url()).toBe(WEB + '/')
  })

  it('a signed-in enterprise opening a page keeps its session, checked in a hidden iframe, never by leaving the page', async () => {
    const { page } = b
    await signInToWeb(page, 'enterprise-a')
    await page.waitForURL(WEB + '/package') // an enterprise lands on its package once signed in: watch after that
    const seen = watch(page)
    await page.goto(WEB + '/measures/basic-research')
    await page.locator('[data-test="user-menu"]').waitFor()
    // its own result: the session works for API calls too
    await page.locator('[data-test="measure-own"] [data-test="measure-card"]').waitFor()
    // the tab stayed on the page (the router's own history updates aside)
    expect(seen.navigations.length).toBeGreaterThan(0)
    expect(seen.navigations.filter((url) => url !== `${WEB}/measures/basic-research`)).toEqual([])
    expect(seen.auth.length).toBeGreaterThan(0)
    expect(seen.auth.every((r) => r.frame() !== page.mainFrame() && new URL(r.url()).searchParams.get('prompt') === 'none')).toBe(true)
  })
})
