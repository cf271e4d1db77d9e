import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, DESKTOP, openBrowser, PHONE, signInOnSsoPage, signInToWeb, snap, snapFailure, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

/**
 * 免申即享 (issue 23 §3–§4) through both apps, with the API's own worker (role all): enterprise-b adds
 * its basic-research spend, is told the measure became its own (package page and the bell), confirms
 * it; the lead bureau (市科委) sees the application with its snapshot and answers 予以兑现; the
 * coordinators' funnel counts it.
 */
describe('免申即享: a fact, a push, an application, an answer, the funnel', () => {
  const browsers: Browser[] = []
  let enterprise: Page
  let bureau: Page
  let coordinator: Page
  let applicationPath = ''

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) browsers.push(await openBrowser({ viewport: DESKTOP }))
    ;[enterprise, bureau, coordinator] = browsers.map((b) => b.page) as [Page, Page, Page]
  })
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `measure-push-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
  })

  it('enterprise-b adds a fact and is told, once, that basic research is now its own', { timeout: 120_000 }, async () => {
    await signInToWeb(enterprise, 'enterprise-b')
    await enterprise.goto(WEB + '/profile')
    const input = enterprise.locator('input[data-test="fact-basicResearchInvestment"], [data-test="fact-basicResearchInvestment"] input').first()
    await input.waitFor()
    await input.fill('60000000')
    await enterprise.locator('[data-test="save-profile"]').click()
    await enterprise.locator('[data-test="unsaved"]').waitFor({ state: 'detached' })
    // the worker evaluates within a job tick; the package page lists what the enterprise was told
    await expect
      .poll(
        async () => {
          await enterprise.goto(WEB + '/package')
          const card = enterprise.locator('[data-test="package-pushes"]')
          await card.locator('.el-skeleton').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined)
          return card.innerText()
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toContain('基础研究投入财政补助')
    await enterprise.locator('[data-test="notification-bell"]').click()
    const panel = enterprise.locator('[data-test="notification-panel"]')
    await expect.poll(() => panel.innerText()).toContain('新匹配政策：基础研究投入财政补助，预计 500万元')
    await snap(enterprise, 'measure-push-web-package-1440')
    await enterprise.keyboard.press('Escape')
  })

  it('confirms on the measure’s page: an application goes to the lead bureau', { timeout: 60_000 }, async () => {
    await enterprise.goto(WEB + '/measures/basic-research')
    await enterprise.locator('[data-test="measure-confirm"]').click()
    const applied = enterprise.locator('[data-test="measure-push-applied"]')
    await applied.waitFor()
    applicationPath = new URL((await applied.locator('a').getAttribute('href'))!, WEB).pathname
    expect(applicationPath).toMatch(/^\/appeals\/[0-9a-f-]{36}$/)
    await snap(enterprise, 'measure-push-web-confirmed-1440')
    await enterprise.setViewportSize(PHONE)
    await enterprise.reload()
    await enterprise.locator('[data-test="measure-push-actions"]').waitFor()
    await snap(enterprise, 'measure-push-web-measure-390')
    await enterprise.setViewportSize(DESKTOP)
  })

  it('the lead bureau sees the application with its snapshot and answers 予以兑现', { timeout: 60_000 }, async () => {
    await bureau.goto(ADMIN + '/')
    await signInOnSsoPage(bureau, 'bureau-stcsm')
    await bureau.locator('[data-test="user-menu"]').waitFor()
    await bureau.goto(ADMIN + applicationPath)
    await bureau.locator('[data-test="application-tag"]').waitFor()
    expect(await bureau.locator('body').innerText()).toContain('基础研究投入为6000万元')
    await bureau.locator('[data-test="outcome-granted"]').click()
    await bureau.locator('[data-test="application-submit"]').click()
    await expect.poll(() => bureau.locator('[data-test="application-outcome-tag"]').innerText().catch(() => '')).toBe('予以兑现')
    await snap(bureau, 'measure-push-admin-answered-1440')
  })

  it('the coordinators’ funnel counts it, down to the enterprise', { timeout: 60_000 }, async () => {
    await coordinator.goto(ADMIN + '/')
    await signInOnSsoPage(coordinator, 'coordinator')
    await coordinator.locator('[data-test="user-menu"]').waitFor()
    await coordinator.goto(ADMIN + '/measure-funnel')
    const granted = coordinator.locator('[data-test="funnel-basic-research-granted"]')
    await granted.waitFor()
    expect(Number(await granted.innerText())).toBeGreaterThanOrEqual(1)
    expect(Number(await coordinator.locator('[data-test="funnel-basic-research-confirmed"]').innerText())).toBeGreaterThanOrEqual(1)
    await snap(coordinator, 'measure-push-admin-funnel-1440')
    await granted.click()
    await expect.poll(() => coordinator.locator('[data-test="funnel-drill"]').innerText().catch(() => '')).toContain('予以兑现')
    await snap(coordinator, 'measure-push-admin-funnel-drill-1440')
    await coordinator.keyboard.press('Escape')
    await coordinator.setViewportSize(PHONE)
    await coordinator.reload()
    await coordinator.locator('[data-test="funnel-table"]').waitFor()
    await snap(coordinator, 'measure-push-admin-funnel-390')
  })
})
