import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, openBrowser, signInOnSsoPage, snap, SSO, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

describe('single sign-on through the dev SSO with unmodified keycloak-js', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('web: a visitor reads the public page, signs in as enterprise-a, sees the name, signs out', async () => {
    const { page } = b
    await page.goto(WEB + '/')
    const login = page.locator('.sp-user__login')
    await login.waitFor()
    await snap(page, 'web-anonymous')
    await login.click()
    await signInOnSsoPage(page, 'enterprise-a')
    const menu = page.locator('[data-test="user-menu"]')
    await menu.waitFor()
    expect(await menu.innerText()).toContain('王明远')
    await snap(page, 'web-signed-in')
    // tokens stay in memory: nothing in web storage
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(/eyJ/)
    await menu.click()
    await page.locator('[data-test="logout"]').click()
    await page.waitForURL((url) => url.origin === WEB)
    await page.locator('.sp-user__login').waitFor()
  })

  it('admin: login is required; the coordinator signs in, sees the name, signs out', async () => {
    const { page } = b
    await page.goto(ADMIN + '/')
    await signInOnSsoPage(page, 'coordinator')
    const menu = page.locator('[data-test="user-menu"]')
    await menu.waitFor()
    expect(await menu.innerText()).toContain('陈晓东')
    await snap(page, 'admin-signed-in')
    await menu.click()
    await page.locator('[data-test="logout"]').click()
    // back at the SSO login page: the admin app requires a login
    await page.waitForURL((url) => url.href.startsWith(`${SSO}/realms/servicepack/`))
    await page.locator('input[name="username"]').waitFor()
  })

  it('refuses a wrong password on the login page and stays there with a message', async () => {
    const { page } = b
    await page.goto(ADMIN + '/')
    await page.waitForURL((url) => url.href.startsWith(SSO))
    await page.locator('input[name="username"]').fill('coordinator')
    await page.locator('input[name="password"]').fill('wrong')
    await page.locator('button[type="submit"], input[type="submit"]').first().click()
    await page.waitForLoadState()
    expect(page.url().startsWith(SSO)).toBe(true)
    await snap(page, 'sso-wrong-password')
    expect(await page.locator('body').innerText()).toMatch(/用户名或密码|Invalid/)
  })
})

describe('each back-office role sees its own navigation (display only; the API enforces)', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it.each([
    ['coordinator', ['工作台', '诉求管理', '企业服务', '三率统计', '培训通知', '政策问答', '政策触达', '办理情况公开']],
    ['bureau-sheitc', ['工作台', '诉求管理', '三率统计', '政策问答']],
    ['association-ic', ['工作台', '培训通知']],
    ['admin', ['工作台', '诉求管理', '企业服务', '三率统计', '培训通知', '政策问答', '政策触达', '办理情况公开', '目录管理']],
  ])('%s', async (user, expected) => {
    const { page } = b
    await page.goto(ADMIN + '/')
    await signInOnSsoPage(page, user)
    await page.locator('[data-test="user-menu"]').waitFor()
    const items = (await page.locator('.sp-shell__sidebar .el-menu-item').allInnerTexts()).map((s) => s.trim())
    expect(items.filter((s) => s !== '账户信息')).toEqual(expected)
    await snap(page, `admin-home-${user}`)
  })
})
