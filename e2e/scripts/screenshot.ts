/**
 * Screenshots of both apps as `pnpm dev` serves them, for a person to look at (not a test; the browser
 * tests' own screenshots: E2E_SHOTS=1): the start pages in both languages, signed-in pages, the admin's
 * health panel, and the API or single sign-on down (faked with `page.route`).
 *
 *   pnpm dev &   # then
 *   (cd e2e && pnpm exec tsx scripts/screenshot.ts [outDir])   # ONLY=web-home,admin-health for some
 *
 * Signed-in scenarios use the dev SSO on :8180 (demo password `demo`).
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js'

const WEB = process.env.WEB_URL ?? 'http://localhost:5173'
const ADMIN = process.env.ADMIN_URL ?? 'http://localhost:5174'
const API = process.env.API_URL ?? 'http://localhost:3000'
const SSO = process.env.SSO_URL ?? 'http://localhost:8180'
const out = path.resolve(process.argv[2] ?? 'screenshots')

const healthy = { status: 'ok', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' } } }

type Setup = (page: Page) => Promise<unknown>

const apiUp: Setup = (page) =>
  page.route(`${API}/api/health`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(healthy) }),
  )
const me = (page: Page) =>
  page.route(`${API}/api/me`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ sub: 'demo-sub', username: 'enterprise-a', name: '王明远', roles: ['enterprise'], enterpriseUscc: '91310115MA1K4C7L8X', bureau: null, association: null }),
    }),
  )
const apiDown: Setup = (page) => page.route(`${API}/**`, (route) => route.abort('connectionrefused'))
const ssoDown: Setup = (page) => page.route(`${SSO}/**`, (route) => route.abort('connectionrefused'))
const english: Setup = (page) => page.addInitScript(() => localStorage.setItem('servicepack.locale', 'en'))

async function signIn(page: Page, username: string) {
  await page.waitForURL((url) => url.href.startsWith(SSO))
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill('demo')
  await Promise.all([
    page.waitForURL((url) => !url.href.startsWith(SSO)),
    page.locator('button[type="submit"], input[type="submit"]').first().click(),
  ])
}

interface Scenario {
  name: string
  url: string
  setup?: Setup[]
  /** Sign in on the SSO page; for web, the 登录 button is clicked first. */
  user?: string
  /** CSS selector to wait for before the shot. */
  ready: string
  /** Then open this navigation entry (its label) inside the app. */
  nav?: string
  /** Then click this selector (e.g. open a menu) before the shot. */
  click?: string
}

const scenarios: Scenario[] = [
  { name: 'web-home', url: WEB, ready: '#sp-main h1' },
  { name: 'web-en', url: WEB, setup: [english], ready: '#sp-main h1' },
  { name: 'web-sso-down', url: WEB, setup: [apiUp, ssoDown], ready: '.el-alert--warning' },
  { name: 'web-enterprise', url: WEB, user: 'enterprise-a', ready: '[data-test="user-menu"]' },
  { name: 'web-api-down', url: `${WEB}/appeals`, setup: [apiDown], user: 'enterprise-a', ready: '[data-test="load-failure"], [data-test="error"]' },
  { name: 'web-account', url: WEB, setup: [me], user: 'enterprise-a', ready: '.el-descriptions', nav: '账户信息' },
  { name: 'web-user-menu', url: WEB, user: 'enterprise-a', ready: '[data-test="logout"]', click: '[data-test="user-menu"]' },
  { name: 'admin-coordinator', url: ADMIN, user: 'coordinator', ready: '[data-test="todo-count"]' },
  { name: 'admin-health', url: ADMIN, user: 'admin', ready: '[data-test="dashboard-health"] [data-state="healthy"]' },
  { name: 'admin-api-down', url: ADMIN, setup: [apiDown], user: 'admin', ready: '[data-state="unreachable"], [data-test="load-failure"]' },
  { name: 'admin-sso-down', url: ADMIN, setup: [ssoDown], ready: '.gate [role="alert"]' },
]

const only = process.env.ONLY?.split(',')
await mkdir(out, { recursive: true })
// Playwright gives the browser a fresh temporary profile of its own.
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', ...CHROMIUM_ARGS],
})
let failed = 0
try {
  for (const scenario of scenarios.filter((s) => !only || only.includes(s.name))) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`))
    try {
      for (const setup of scenario.setup ?? []) await setup(page)
      await page.goto(scenario.url)
      if (scenario.user) {
        if (scenario.url === WEB) await page.locator('.sp-user__login').click()
        await signIn(page, scenario.user)
      }
      if (scenario.nav) await page.locator('.el-menu-item', { hasText: scenario.nav }).click({ timeout: 15_000 })
      if (scenario.click) {
        await page.locator(scenario.click).waitFor({ timeout: 15_000 })
        await page.locator(scenario.click).click()
      }
      await page.locator(scenario.ready).first().waitFor({ timeout: 15_000 })
      await page.waitForTimeout(300)
      const file = path.join(out, `${scenario.name}.png`)
      await page.screenshot({ path: file, fullPage: true })
      console.log(`ok   ${scenario.name} → ${file}`)
    } catch (error) {
      failed += 1
      await page.screenshot({ path: path.join(out, `${scenario.name}.failed.png`), fullPage: true }).catch(() => undefined)
      console.log(`FAIL ${scenario.name}: ${(error as Error).message.split('\n')[0]}`)
    }
    for (const problem of problems) console.log(`     ${problem}`)
    await context.close()
  }
} finally {
  await browser.close()
}
process.exitCode = failed ? 1 : 0
