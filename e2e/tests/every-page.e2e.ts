/**
 * Every page of both apps, in both languages, at a desktop size and at a phone's (390×844): no page
 * scrolls sideways on the phone, no message is missing (`[intlify] Not found` on the console, which
 * the apps print in production builds too), no text looks like a message key or a raw code, and the
 * Chinese pages have no English words. axe-core checks each page as each role sees it (WCAG 2.1 A/AA and
 * best practices): the number of violations per impact is printed for every page, and any violation,
 * whatever its impact, fails the walk. A screenshot of a page at its size lands in e2e/screenshots/pages/ for a
 * person to look at when the page has a problem, and of every page with E2E_SHOTS=1
 * (`E2E_SHOTS=1 pnpm test:e2e`; CI does not take them: full-page PNGs cost time).
 *
 * The walks run side by side, each in its own Chromium (`maxConcurrency` in vitest.config.ts), the
 * longest first; a page is checked once it has settled (helpers/settle.ts), never after a fixed pause.
 *
 * The routes are listed here; a navigation entry an app shows that is not listed fails the walk, so a
 * new section is walked as soon as it appears in a menu.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, type ExpectStatic, it } from 'vitest'
import { ADMIN, DESKTOP, openBrowser, PHONE, SHOTS, signInOnSsoPage, signInToWeb, WEB } from '../helpers/browser.js'
import { axeReport, formatCounts } from '../helpers/axe.js'
import { overflowProblem } from '../helpers/overflow.js'
import { collectMissingMessages, pageProblems } from '../helpers/page-checks.js'
import { pageSettled, settleTracker } from '../helpers/settle.js'
import { measures } from '../../packages/policy-rules/dist/index.js'

const A = '91310115MA1K4C7L8X' // enterprise-a in the demo data
/** The demo seed's notices (apps/api/src/database/demo-notices.ts): past with attendance, upcoming for 集成电路, full with a waitlist for 生物医药, a draft. */
const NOTICE = (n: number) => `/notices/5eed0001-0000-4000-8000-00000000000${n}`
const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots/pages')

const WEB_PUBLIC = ['/', '/measures', '/measures/try', '/measures/basic-research', '/measures/labour-support', '/open-data', '/answers', '/answers?q=首台套&measure=first-set-equipment', '/no-such-page']
/** Stands for the first appeal the list shows (its page has an id only the data knows). */
const FIRST_APPEAL = ':first-appeal'
const WEB_ENTERPRISE = [
  '/',
  '/measures',
  '/measures/try',
  '/measures/first-set-equipment',
  '/open-data',
  '/answers',
  '/package',
  '/profile',
  '/appeals',
  '/appeals/new',
  '/appeals/new?measure=basic-research',
  FIRST_APPEAL,
  '/notices',
  '/notices?tab=mine',
  '/notices?tab=past',
  '/notices?tab=cancelled',
  '/notifications',
  '/notifications?read=unread&kind=appeal',
  NOTICE(2),
  NOTICE(3), // another industry's: not found
  '/account',
  '/forbidden',
  '/no-such-page',
]
/** An association's back office: its notices, a new one, one to edit, another association's (not found). */
const ASSOCIATION_PAGES = ['/', '/notices', '/notices?status=draft', '/notices/new', NOTICE(2), NOTICE(1), `${NOTICE(4)}/edit`, NOTICE(3), '/account']
const ADMIN_PAGES = [
  '/',
  '/appeals',
  '/appeals?tab=overdue&sort=due_asc',
  FIRST_APPEAL,
  '/enterprises',
  '/enterprises?unassigned=true&sort=annualOutputValue&order=desc',
  '/enterprises?page=999',
  `/enterprises/${A}`,
  `/enterprises/${A}?tab=package`,
  `/enterprises/${A}?tab=history`,
  `/enterprises/${A}?tab=steward`,
  '/enterprises/91350100M000100Y43',
  '/enterprises/123',
  '/metrics',
  '/answers',
  '/notices',
  '/notices?status=draft',
  NOTICE(1),
  NOTICE(3),
  '/measure-funnel',
  '/open-data',
  '/catalogue',
  '/catalogue?tab=changes',
  '/notifications',
  '/account',
  '/forbidden',
  '/no-such-page',
]

/**
 * A browser of its own for one walk, closed afterwards; a walk that stopped on an error (a timeout, a
 * page that did not load, a problem found) leaves the page as it was then in screenshots/pages.
 */
async function withBrowser(name: string, viewport: { width: number; height: number }, run: (page: Page) => Promise<void>) {
  const b = await openBrowser({ viewport })
  try {
    await run(b.page)
  } catch (error) {
    await mkdir(shots, { recursive: true })
    await b.page.screenshot({ path: path.join(shots, `failed-${name.replace(/[^\w-]+/g, '_')}.png`), fullPage: true }).catch(() => undefined)
    throw error
  } finally {
    await b.close()
  }
}

async function setLanguage(page: Page, origin: string, locale: 'zh-CN' | 'en') {
  if (!page.url().startsWith(origin)) await page.goto(origin + '/')
  await page.evaluate((value) => localStorage.setItem('servicepack.locale', value), locale)
}

/** The page of the first appeal the app's list shows. */
async function firstAppeal(page: Page, origin: string): Promise<string> {
  await page.goto(origin + '/appeals')
  const link = page.locator('a[href^="/appeals/"]:not([href^="/appeals/new"])').first()
  await link.waitFor({ timeout: 20_000 })
  return (await link.getAttribute('href')) ?? '/appeals'
}

/** The navigation the app shows (top bar, sidebar or drawer), as paths. */
async function navPaths(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('[data-nav]')].map((el) => el.getAttribute('data-nav') ?? ''))])
}

interface Walk {
  origin: string
  paths: string[]
  size: 'desktop' | 'phone'
  name: string
  signIn?: (page: Page) => Promise<void>
  /** The walk visits every section the navigation shows (false: a few pages only). */
  complete?: boolean
  expect: ExpectStatic
}

async function walk({ origin, paths, size, name, signIn, complete = true, expect }: Walk) {
  await withBrowser(`${name}-${size}`, size === 'phone' ? PHONE : DESKTOP, async (page) => {
    const { settled: settle } = settleTracker(page)
    // Where the walk's time goes, printed at its end (for the CI log; no test depends on it).
    const spent = { load: 0, settle: 0, axe: 0, pages: 0 }
    const timed = async <T>(what: keyof typeof spent, step: () => Promise<T>): Promise<T> => {
      const t0 = performance.now()
      try {
        return await step()
      } finally {
        spent[what] += performance.now() - t0
      }
    }
    const missing = collectMissingMessages(page)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    if (signIn) await signIn(page)
    if (paths.includes(FIRST_APPEAL)) {
      const appeal = await firstAppeal(page, origin)
      paths = paths.map((p) => (p === FIRST_APPEAL ? appeal : p))
    }
    await mkdir(shots, { recursive: true })
    const problems: string[] = []
    for (const locale of ['zh-CN', 'en'] as const) {
      await setLanguage(page, origin, locale)
      for (const route of paths) {
        const problemsBefore = problems.length + missing.length + errors.length
        spent.pages += 1
        await timed('load', () => page.goto(origin + route))
        await timed('settle', () => pageSettled(page, settle))
        const where = `${name} ${locale} ${size} ${route}`
        if (complete && (route === '/' || route === paths[0])) {
          const shown = await navPaths(page)
          const walked = new Set(paths.map((p) => p.split('?')[0]))
          for (const entry of shown) if (!walked.has(entry)) problems.push(`${where}: the navigation shows ${entry}, which this walk does not visit`)
        }
        const found = await pageProblems(page, locale)
        if (found.keys.length) problems.push(`${where}: looks like message keys: ${found.keys.join(', ')}`)
        if (found.codes.length) problems.push(`${where}: raw codes: ${found.codes.join(', ')}`)
        if (found.english.length) problems.push(`${where}: English in the Chinese UI: ${found.english.join(', ')}`)
        // axe on each page as each role sees it: at both sizes in Chinese, and in English on the desktop
        // (the phone's English page differs from the Chinese one by its words only).
        if (size === 'desktop' || locale === 'zh-CN') {
          const axe = await timed('axe', () => axeReport(page))
          console.log(`axe ${where}: ${formatCounts(axe.counts)}`)
          for (const line of axe.violations) problems.push(`${where}: axe ${line}`)
        }
        // no sideways scrolling, at the phone's 390 px and at the desktop's 1440 px
        const overflow = await overflowProblem(page, where)
        if (overflow) problems.push(overflow)
        const hasProblem = problems.length + missing.length + errors.length > problemsBefore
        if (hasProblem || (SHOTS && (locale === 'zh-CN' || route === paths[0]))) {
          const file = `${name}-${size}-${locale}${route.replace(/\/appeals\/\d+/, '/appeals/one').replace(/[/?=&]+/g, '_')}`.replace(/_+$/, '')
          await page.screenshot({ path: path.join(shots, `${file}.png`), fullPage: true })
        }
      }
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    console.log(`walk ${name} ${size}: ${spent.pages} pages; loading ${s(spent.load)}, settling ${s(spent.settle)}, axe ${s(spent.axe)}`)
    expect(missing, 'missing messages').toEqual([])
    expect(errors, 'page errors').toEqual([])
    expect(problems).toEqual([])
  })
}

/** Signs in on the back office's SSO page as `username` and waits for the user menu. */
const adminSignIn = (username: string) => async (page: Page) => {
  await page.goto(ADMIN + '/')
  await signInOnSsoPage(page, username)
  await page.locator('[data-test="user-menu"]').waitFor()
}

// Side by side (see vitest.config.ts for how many at once), the longest walks first.
describe.concurrent('every page, both languages, desktop and phone', () => {
  it.for(['desktop', 'phone'] as const)('back office, admin (every section) (%s)', { timeout: 700_000 }, async (size, { expect }) => {
    await walk({ origin: ADMIN, paths: ADMIN_PAGES, size, name: 'admin', signIn: adminSignIn('admin'), expect })
  })

  it.for(['desktop', 'phone'] as const)('portal, enterprise-a (%s)', { timeout: 600_000 }, async (size, { expect }) => {
    await walk({ origin: WEB, paths: WEB_ENTERPRISE, size, name: 'web-enterprise', signIn: (page) => signInToWeb(page, 'enterprise-a'), expect })
  })

  it.for(['desktop', 'phone'] as const)('back office, association-ic (its notices) (%s)', { timeout: 400_000 }, async (size, { expect }) => {
    await walk({ origin: ADMIN, paths: ASSOCIATION_PAGES, size, name: 'association', signIn: adminSignIn('association-ic'), expect })
  })

  it.for(['desktop', 'phone'] as const)('portal, a visitor (%s)', { timeout: 400_000 }, async (size, { expect }) => {
    await walk({ origin: WEB, paths: WEB_PUBLIC, size, name: 'web-visitor', expect })
  })

  it('back office, the coordinator’s list with its selection boxes, on a phone', async ({ expect }) => {
    const paths = ['/', '/enterprises', '/enterprises?unassigned=true']
    await walk({ origin: ADMIN, paths, size: 'phone', name: 'coordinator', signIn: adminSignIn('coordinator'), complete: false, expect })
  }, 200_000)

  it('every measure’s page fits a phone', async ({ expect }) => {
    await withBrowser('measures-phone', PHONE, async (page) => {
      const wide: string[] = []
      for (const measure of measures) {
        await page.goto(`${WEB}/measures/${measure.id}`)
        await page.locator('[data-test="measure-page"]').waitFor()
        const problem = await overflowProblem(page, measure.id)
        if (problem) wide.push(problem)
      }
      expect(wide).toEqual([])
    })
  }, 120_000)
})
