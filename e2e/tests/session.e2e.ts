/**
 * A session that ends does so gently: the draft stays, the page says 登录已过期, and signing in again
 * brings the user back and saves what they asked to save; signing out in one tab signs out the
 * others; the SSO's page speaks the language the user chose in the app.
 */
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, signInOnSsoPage, signInToWeb, snap, SSO, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

const TOKEN = `${SSO}/realms/servicepack/protocol/openid-connect/token`
const factInput = (page: Page, fact: string) => page.locator(`input[data-test="fact-${fact}"], [data-test="fact-${fact}"] input`).first()

describe('a session ends gently', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('keeps the draft when the token cannot be refreshed, says 登录已过期, signs in again and saves the draft', async () => {
    const { page } = b
    await page.clock.install()
    await signInToWeb(page, 'enterprise-a')
    await page.goto(WEB + '/profile')
    const input = factInput(page, 'energySavedTce')
    await input.waitFor()
    const value = String(1000 + (Date.now() % 900))
    await input.fill(value)
    await page.locator('[data-test="unsaved"]').waitFor()

    // The SSO no longer refreshes the session (as when it ended there), and the access token runs out.
    await page.route(TOKEN, (route) => route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":"invalid_grant","error_description":"Session not active"}' }))
    await page.clock.fastForward('10:00')
    const notice = page.locator('[data-test="session-ended"]')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('登录已过期，请重新登录')
    // the draft is still on the screen, the page has not gone anywhere
    expect(page.url()).toBe(WEB + '/profile')
    expect(await input.inputValue()).toBe(value.replace(/\B(?=(\d{3})+(?!\d))/g, ','))

    await page.locator('[data-test="save-profile"]').click()
    const alert = page.locator('[data-test="save-needs-sign-in"]')
    await alert.waitFor()
    expect(await alert.innerText()).toContain('登录已过期，请重新登录')
    expect(await page.locator('body').innerText()).not.toMatch(/bearer|access token/i)
    await snap(page, 'web-session-expired')

    // Signing in again (the SSO still knows the browser: no form), back on the page, the draft saved.
    await page.unroute(TOKEN)
    await page.locator('[data-test="sign-in-and-save"]').click()
    // The SSO may still know the browser (straight back) or ask again (its form).
    await page.waitForURL((url) => url.href === `${WEB}/profile` || url.pathname.includes('/login-actions/'), { timeout: 30_000 })
    if (page.url().startsWith(SSO)) await signInOnSsoPage(page, 'enterprise-a')
    await page.waitForURL(WEB + '/profile', { timeout: 30_000 })
    await page.locator('[data-test="user-menu"]').waitFor()
    await page.locator('.profile__saved-state').waitFor({ timeout: 20_000 })
    expect(await factInput(page, 'energySavedTce').inputValue()).toBe(value.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
    await page.reload()
    await factInput(page, 'energySavedTce').waitFor()
    await expect.poll(() => factInput(page, 'energySavedTce').inputValue()).toBe(value.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
  })

  it('signing out in one tab signs out the others', async () => {
    const { context, page } = b
    await signInToWeb(page, 'enterprise-a')
    const other = await context.newPage()
    await other.goto(WEB + '/account')
    await other.locator('[data-test="user-menu"]').waitFor() // the second tab found the session silently
    await other.locator('[data-test="account"]').waitFor()

    await page.locator('[data-test="user-menu"]').click()
    await page.locator('[data-test="logout"]').click()
    await page.waitForURL((url) => url.origin === WEB)

    const notice = other.locator('[data-test="session-ended"]')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('您已在其他窗口退出登录')
    await other.waitForURL(WEB + '/')
    await other.locator('.sp-user__login').waitFor()
    await snap(other, 'web-signed-out-elsewhere')
  })
})

describe('the SSO speaks the app’s language', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('a visitor who chose English gets the sign-in page in English, and back in English', async () => {
    const { page } = b
    await page.goto(WEB + '/')
    await page.locator('.sp-lang').click()
    await page.locator('.el-dropdown-menu__item', { hasText: 'English' }).click()
    await page.locator('.sp-user__login', { hasText: 'Sign in' }).waitFor()
    await page.locator('.sp-user__login').click()
    await page.waitForURL((url) => url.href.startsWith(SSO))
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('label[for="username"]').innerText()).toBe('Username or email')
    await snap(page, 'sso-login-english')
    await signInOnSsoPage(page, 'enterprise-a')
    await page.locator('[data-test="user-menu"]').waitFor()
    expect(await page.locator('.sp-shell__topnav').innerText()).toContain('My service pack')
  })

  it('in Chinese, the sign-in page is Chinese', async () => {
    const { page } = b
    await page.goto(WEB + '/')
    await page.locator('.sp-user__login').click()
    await page.waitForURL((url) => url.href.startsWith(SSO))
    expect(await page.locator('label[for="username"]').innerText()).toBe('用户名或邮箱')
    expect(new URL(page.url()).searchParams.get('ui_locales') ?? (await page.evaluate(() => document.documentElement.lang))).toMatch(/zh/)
  })
})
