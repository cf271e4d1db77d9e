import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, signInOnSsoPage, snap, WEB } from '../helpers/browser.js'
import type { Locator, Page } from 'playwright-core'

type Browser = Awaited<ReturnType<typeof openBrowser>>

/** The text input of a fact field, whether data-test sits on the input or on its wrapper. */
function factInput(page: Page, fact: string): Locator {
  return page.locator(`input[data-test="fact-${fact}"], [data-test="fact-${fact}"] input`).first()
}

describe('我的服务包: the enterprise sees its measures update as it types', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('enterprise-a enters 6000万 basic-research spend, sees the 500万 measure before saving, saves, reloads and still sees it', async () => {
    const { page } = b
    await page.goto(WEB + '/')
    await page.locator('.sp-user__login').click()
    await signInOnSsoPage(page, 'enterprise-a')
    await page.locator('[data-test="user-menu"]').waitFor()
    // An enterprise lands on its service package after signing in.
    await page.waitForURL(WEB + '/package')

    await page.goto(WEB + '/profile')
    const input = factInput(page, 'basicResearchInvestment')
    await input.waitFor()
    const preview = page.locator('[data-test="preview"]')
    const basicCard = preview.locator('[data-test="measure-card"][data-measure="basic-research"]')
    // The demo profile leaves basic-research spend unknown: no 500万 yet.
    expect(await basicCard.locator('[data-test="amount"]').innerText().catch(() => '')).not.toContain('500万')

    await input.fill('60000000')
    await expect.poll(async () => basicCard.locator('[data-test="amount"]').innerText()).toContain('500万')
    await page.locator('[data-test="unsaved"]').waitFor()
    await snap(page, 'web-profile-live-preview')

    await page.locator('[data-test="save-profile"]').click()
    await page.locator('[data-test="unsaved"]').waitFor({ state: 'detached' })

    await page.reload()
    await page.goto(WEB + '/package')
    const saved = page.locator('[data-test="measure-card"][data-measure="basic-research"]')
    await saved.waitFor()
    expect(await saved.locator('[data-test="amount"]').innerText()).toContain('500万')
    await snap(page, 'web-package')
  })
})
