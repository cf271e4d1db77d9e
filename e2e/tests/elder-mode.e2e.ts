/**
 * 长辈模式 (issue 19 §7): the header's switch turns it on in both apps, the choice survives a reload
 * (kept in localStorage), the type grows and every main page still fits a 390 px phone (no sideways
 * scrolling). With E2E_SHOTS=1, screenshots of the first screen at 1440 and 390 px, in both modes,
 * land in e2e/screenshots/elder/ (the every-page walk keeps the full pages).
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, DESKTOP, openBrowser, PHONE, SHOTS, signInOnSsoPage, signInToWeb, WEB } from '../helpers/browser.js'
import { horizontalOverflow } from '../helpers/page-checks.js'
import { pageSettled, settleTracker } from '../helpers/settle.js'

const A = '91310115MA1K4C7L8X'
const NOTICE = '/notices/5eed0001-0000-4000-8000-000000000002'
const WEB_PAGES = ['/', '/measures', '/measures/try', '/measures/first-set-equipment', '/open-data', '/package', '/profile', '/appeals', '/appeals/new', '/notices', NOTICE, '/account']
const ADMIN_PAGES = ['/', '/appeals', '/enterprises', `/enterprises/${A}`, `/enterprises/${A}?tab=package`, '/metrics', '/notices', '/catalogue', '/account']
/** A few pages photographed at both sizes in both modes. */
const PICTURED = new Set(['/', '/package', '/appeals/new', NOTICE, '/appeals', '/enterprises', '/metrics'])
const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots/elder')

type Browser = Awaited<ReturnType<typeof openBrowser>>
let b: Browser | undefined
/** Each browser's page knows when it has settled (helpers/settle.ts): no fixed pause. */
const trackers = new WeakMap<Page, ReturnType<typeof settleTracker>>()
async function open(): Promise<Browser> {
  const opened = await openBrowser({ viewport: DESKTOP })
  trackers.set(opened.page, settleTracker(opened.page))
  return opened
}
afterEach(async () => {
  await b?.close()
  b = undefined
})

const settled = (page: Page) => pageSettled(page, () => trackers.get(page)!.settled())

const isElder = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('sp-elder'))
const bodyFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))

/** Turns 长辈模式 on with the header's switch (its text in both languages checked on the way) and checks it survives a reload. */
async function turnOn(page: Page, origin: string) {
  await page.goto(origin + '/')
  await settled(page)
  const toggle = page.locator('[data-test="elder-mode"]')
  expect(await toggle.getAttribute('aria-pressed')).toBe('false')
  const normal = await bodyFontSize(page)
  await page.evaluate(() => localStorage.setItem('servicepack.locale', 'en'))
  await page.reload()
  await settled(page)
  expect(await toggle.textContent()).toContain('Elder mode')
  await page.evaluate(() => localStorage.setItem('servicepack.locale', 'zh-CN'))
  await page.reload()
  await settled(page)
  expect(await toggle.textContent()).toContain('长辈模式')
  await toggle.click()
  expect(await isElder(page)).toBe(true)
  expect(await toggle.getAttribute('aria-pressed')).toBe('true')
  expect(await bodyFontSize(page)).toBeGreaterThan(normal)
  await page.reload()
  await settled(page)
  expect(await isElder(page)).toBe(true)
  return normal
}

/** Walks the pages at both sizes with 长辈模式 on: each keeps it, none scrolls sideways at 390 px; with E2E_SHOTS=1, screenshots of a few in both modes. */
async function walk(page: Page, origin: string, paths: string[], name: string) {
  await mkdir(shots, { recursive: true })
  const wide: string[] = []
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size)
    for (const route of paths) {
      await page.goto(origin + route)
      await settled(page)
      expect(await isElder(page)).toBe(true)
      if (size === PHONE) {
        const { scrollWidth, widest } = await horizontalOverflow(page)
        const inner = await page.evaluate(() => innerWidth)
        if (scrollWidth > inner) wide.push(`${name} ${route}: ${scrollWidth}px wide (${widest.join('; ')})`)
      }
      if (SHOTS && PICTURED.has(route)) {
        const file = `${name}-${size.width}${route.replace(/[/?=&]+/g, '_')}`.replace(/_+$/, '')
        await page.screenshot({ path: path.join(shots, `${file}-elder.png`) })
        await page.evaluate(() => localStorage.setItem('servicepack.elder', '0'))
        await page.reload()
        await settled(page)
        await page.screenshot({ path: path.join(shots, `${file}-normal.png`) })
        await page.evaluate(() => localStorage.setItem('servicepack.elder', '1'))
      }
    }
  }
  expect(wide).toEqual([])
}

describe('长辈模式', () => {
  it('portal: on from the header, kept after a reload, every main page fits 390 px', async () => {
    b = await open()
    await signInToWeb(b.page, 'enterprise-a')
    await turnOn(b.page, WEB)
    await walk(b.page, WEB, WEB_PAGES, 'web')
  }, 300_000)

  it('back office: on from the header, kept after a reload, every main page fits 390 px', async () => {
    b = await open()
    await b.page.goto(ADMIN + '/')
    await signInOnSsoPage(b.page, 'admin')
    await b.page.locator('[data-test="user-menu"]').waitFor()
    await turnOn(b.page, ADMIN)
    await walk(b.page, ADMIN, ADMIN_PAGES, 'admin')
  }, 300_000)
})
