import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { BACK_OFFICE, check, fail, log, PORTAL, root, SSO } from './topology.js'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js'

/**
 * prod-smoke step c (the browser half): Debian's Chromium signs in through the dev SSO's login page as
 * enterprise-a on the portal and as coordinator on the back office, both served by nginx with their
 * Content-Security-Policy, and opens each main page with a full load (so keycloak-js's silent
 * check-sso iframe runs each time). Every `securitypolicyviolation` event (in any frame) and every
 * console message about the Content Security Policy fails the step. Screenshots of both apps go to
 * e2e/screenshots/prod-*.png (git-ignored) for a person to look at.
 */
const STEP = 'csp'
const shots = path.join(root, 'e2e/screenshots')
const violations: string[] = []

async function signIn(page: Page, username: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${SSO}/realms/servicepack/`), { timeout: 30_000 })
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill('demo')
  await Promise.all([page.waitForURL((url) => !url.href.startsWith(SSO), { timeout: 30_000 }), page.locator('button[type="submit"], input[type="submit"]').first().click()])
  await page.locator('[data-test="user-menu"]').waitFor({ timeout: 30_000 })
}

async function visit(page: Page, url: string, shot?: string): Promise<void> {
  const before = violations.length
  await page.goto(url, { waitUntil: 'networkidle', timeout: 45_000 })
  // Still signed in after a full load: the silent check-sso iframe worked under the CSP.
  await page.locator('[data-test="user-menu"]').waitFor({ timeout: 20_000 })
  await page.waitForTimeout(300)
  if (shot) await page.screenshot({ path: path.join(shots, `${shot}.png`), fullPage: false })
  log(STEP, `${url}: ${violations.length - before} CSP violations${shot ? `, screenshot e2e/screenshots/${shot}.png` : ''}`)
}

/** One app in a browser of its own (a fresh profile: no SSO session carried from the other app). */
async function app(name: string, origin: string, user: string, pages: readonly (readonly [string, string | undefined])[], openLogin: (page: Page) => Promise<void>): Promise<void> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'servicepack-prod-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    args: [...CHROMIUM_ARGS],
  })
  try {
    await context.exposeBinding('__cspViolation', ({ frame }, text: string) => violations.push(`${frame.url()}: ${text}`))
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ;(window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
      })
    })
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) violations.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => log(STEP, `page error (not a CSP matter, noted): ${e.message}`))
    log(STEP, `${name} ${origin}: sign in as ${user} through the SSO's login page`)
    await openLogin(page)
    await signIn(page, user)
    for (const [p, shot] of pages) await visit(page, origin + p, shot)
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  await mkdir(shots, { recursive: true })
  const portal = [['/', 'prod-portal'], ['/package', 'prod-portal-package'], ['/profile', undefined], ['/appeals', undefined], ['/appeals/new', undefined], ['/notices', undefined], ['/measures', undefined], ['/measures/try', undefined]] as const
  const backOffice = [['/', 'prod-back-office'], ['/appeals', 'prod-back-office-appeals'], ['/enterprises', undefined], ['/metrics', 'prod-back-office-metrics'], ['/notices', undefined], ['/catalogue', undefined]] as const
  await app('portal', PORTAL, 'enterprise-a', portal, async (page) => {
    await page.goto(`${PORTAL}/`, { waitUntil: 'networkidle' })
    await page.locator('.sp-user__login').click()
  })
  // The back office sends a visitor straight to the SSO's login page.
  await app('back office', BACK_OFFICE, 'coordinator', backOffice, async (page) => {
    await page.goto(`${BACK_OFFICE}/`)
  })
  for (const v of violations) console.error(`prod-smoke [${STEP}] violation: ${v}`)
  check(STEP, violations.length === 0, `no CSP violation while signing in and opening ${portal.length + backOffice.length} pages of both apps (${violations.length} seen)`)
}

main().catch((e: unknown) => {
  for (const v of violations) console.error(`prod-smoke [${STEP}] violation: ${v}`)
  fail(STEP, `${violations.length} CSP violations; ${e instanceof Error ? e.stack ?? e.message : String(e)}`)
})
