import type { Page, Request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { openBrowser, snap } from '../helpers/browser.js'
import { startAppStack, type AppStack } from './app-stack.js'
import './target.js'

/**
 * The apps in Chromium against Keycloak 26 itself: its own login page (in Chinese, from the app's
 * ui_locales), the portal's package, the back office's inbox, signing out, and the silent check-sso.
 */
const sso = inject('sso')
let stack: AppStack
let b: Awaited<ReturnType<typeof openBrowser>>

beforeAll(async () => {
  stack = await startAppStack(sso)
}, 300_000)
afterAll(async () => stack?.stop())
beforeEach(async () => {
  b = await openBrowser({ locale: 'zh-CN' })
})
afterEach(async () => b?.close())

/** Keycloak's login page: waits for it, checks it speaks Chinese, signs in. */
async function keycloakLogin(page: Page, username: string, shot?: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${sso.issuer}/`))
  const form = page.locator('#kc-form-login')
  await form.waitFor()
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  expect(await page.locator('label[for="password"]').innerText()).toContain('密码')
  await page.locator('#username').fill(username)
  await page.locator('#password').fill('demo')
  if (shot) await snap(page, shot)
  await Promise.all([page.waitForURL((url) => !url.href.startsWith(sso.serverUrl!)), page.locator('#kc-login').click()])
}

describe('the apps on Keycloak 26 (Chromium)', () => {
  it('an enterprise signs into the portal on Keycloak\'s Chinese login page, sees its package, signs out', async () => {
    const { page } = b
    await page.goto(stack.web + '/')
    await page.locator('.sp-user__login').click()
    await keycloakLogin(page, 'enterprise-a', 'keycloak-login-zh')
    const menu = page.locator('[data-test="user-menu"]')
    await menu.waitFor()
    expect(await menu.innerText()).toContain('王明远')
    await page.waitForURL(stack.web + '/package')
    await page.locator('[data-test="measure-card"]').first().waitFor()
    expect(await page.locator('body').innerText()).toContain('上海芯联微电子有限公司')
    await snap(page, 'keycloak-web-package')
    await snap(page, 'keycloak-web-package-top', { fullPage: false })
    await menu.click()
    await page.locator('[data-test="logout"]').click()
    await page.waitForURL((url) => url.origin === stack.web)
    await page.locator('.sp-user__login').waitFor()
    await snap(page, 'keycloak-web-signed-out')
  })

  it('a coordinator signs into the back office and opens the inbox', async () => {
    const { page } = b
    await page.goto(stack.admin + '/')
    await keycloakLogin(page, 'coordinator')
    const menu = page.locator('[data-test="user-menu"]')
    await menu.waitFor()
    expect(await menu.innerText()).toContain('陈晓东')
    await page.goto(stack.admin + '/appeals')
    await page.locator('[data-test="inbox-row"]').first().waitFor()
    expect(await page.locator('[data-test="inbox-row"]').count()).toBeGreaterThan(0)
    await snap(page, 'keycloak-admin-inbox')
  })

  it('a returning enterprise stays signed in: the silent check-sso asks Keycloak in a hidden iframe, the tab never leaves the page', async () => {
    const { page } = b
    await page.goto(stack.web + '/')
    await page.locator('.sp-user__login').click()
    await keycloakLogin(page, 'enterprise-a')
    await page.waitForURL(stack.web + '/package')
    const auth: Request[] = []
    const navigations: string[] = []
    page.on('request', (r) => {
      if (r.url().startsWith(`${sso.issuer}/protocol/openid-connect/auth`)) auth.push(r)
    })
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigations.push(f.url())
    })
    await page.goto(stack.web + '/measures/basic-research')
    await page.locator('[data-test="user-menu"]').waitFor()
    await page.locator('[data-test="measure-own"] [data-test="measure-card"]').waitFor()
    await snap(page, 'keycloak-web-returning')
    expect(navigations.filter((u) => u !== `${stack.web}/measures/basic-research`)).toEqual([])
    expect(auth.length).toBeGreaterThan(0)
    expect(auth.every((r) => r.frame() !== page.mainFrame() && new URL(r.url()).searchParams.get('prompt') === 'none')).toBe(true)
  })
})
