import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

import { PORTS } from '../setup/stack.js'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js'

export const WEB = `http://localhost:${PORTS.web}`
export const ADMIN = `http://localhost:${PORTS.admin}`
export const SSO = `http://localhost:${PORTS.sso}`
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots')

/** Chromium (helpers/chromium.ts: Debian's headless shell where installed), headless, with a fresh profile, off the network. */
export async function openBrowser(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'servicepack-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1366, height: 900 },
    args: [...CHROMIUM_ARGS],
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** Screenshots for a person to look at are taken when asked (`E2E_SHOTS=1 pnpm test:e2e`): a full-page PNG costs time. */
export const SHOTS = process.env.E2E_SHOTS === '1'

/** With E2E_SHOTS=1, saves a screenshot (the whole page, or its first screen) under e2e/screenshots (git-ignored) for a person to look at. */
export async function snap(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  if (SHOTS) await saveShot(page, name, fullPage)
}

/** Saves a full-page screenshot under e2e/screenshots whatever E2E_SHOTS says: the page as a failed test left it. */
export async function snapFailure(page: Page, name: string): Promise<void> {
  await saveShot(page, name, true)
}

async function saveShot(page: Page, name: string, fullPage: boolean): Promise<void> {
  await mkdir(screenshots, { recursive: true })
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage })
}

/** Fills the dev SSO's login form (the same form a Keycloak login page has: username, password). */
export async function signInOnSsoPage(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${SSO}/realms/servicepack/`))
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(password)
  await Promise.all([page.waitForURL((url) => !url.href.startsWith(SSO)), page.locator('button[type="submit"], input[type="submit"]').first().click()])
}

export const DESKTOP = { width: 1440, height: 900 }
export const PHONE = { width: 390, height: 844 }

/** The app's language, chosen before the page loads (as LanguageSwitch leaves it in localStorage). */
export async function useLanguage(page: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('servicepack.locale', value), locale)
}

/** Signs in on the portal through its 登录 button (the SSO's form), and waits for the user menu. */
export async function signInToWeb(page: Page, username: string): Promise<void> {
  await page.goto(WEB + '/')
  await page.locator('.sp-user__login').click()
  await signInOnSsoPage(page, username)
  await page.locator('[data-test="user-menu"]').waitFor()
}
