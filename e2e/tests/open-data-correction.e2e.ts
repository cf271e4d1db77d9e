import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { PORTS } from '../setup/stack.js'
import { axeReport } from '../helpers/axe.js'
import { ADMIN, DESKTOP, openBrowser, PHONE, signInOnSsoPage, snap, snapFailure, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>
const API = `http://localhost:${PORTS.api}`

/**
 * 办理情况公开, corrected (issue 24 §2): a coordinator opens the back office's list of published months
 * (published at start from the demo's appeals), corrects the newest one with a note; the month then
 * shows two versions, and the portal's page, the index and the CSV say it was corrected, when and why.
 */
describe('open data: a coordinator corrects a published month', () => {
  let b: Browser
  let page: Page
  let month = ''

  beforeAll(async () => {
    b = await openBrowser({ viewport: DESKTOP })
    page = b.page
  })
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await snapFailure(page, `open-data-correction-failed-${task.name.replace(/[^\w-]+/g, '_')}`).catch(() => undefined)
  })
  afterAll(async () => {
    await b?.close()
  })

  it('lists the published months with their versions (1440 and 390 px)', { timeout: 90_000 }, async () => {
    const index = (await (await fetch(`${API}/api/open-data/appeal-rates`)).json()) as { months: { month: string; version: number }[] }
    expect(index.months.length).toBeGreaterThan(0)
    month = index.months[0]!.month
    await page.goto(ADMIN + '/')
    await signInOnSsoPage(page, 'coordinator')
    await page.locator('[data-test="user-menu"]').waitFor()
    await page.locator('nav, aside').getByText('办理情况公开').first().click()
    await page.waitForURL(ADMIN + '/open-data')
    const card = page.locator(`[data-test="open-data-month-${month}"]`)
    await card.waitFor()
    expect(await card.locator('[data-test="open-data-versions"] li').count()).toBe(index.months[0]!.version)
    expect((await axeReport(page)).blocking).toEqual([])
    await snap(page, 'open-data-admin-1440')
    await page.setViewportSize(PHONE)
    await page.reload()
    await card.waitFor()
    await snap(page, 'open-data-admin-390')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await page.setViewportSize(DESKTOP)
    await page.reload()
    await card.waitFor()
  })

  it('更正 asks for a note, then publishes a new version; the old one is kept', { timeout: 60_000 }, async () => {
    const card = page.locator(`[data-test="open-data-month-${month}"]`)
    const before = await card.locator('[data-test="open-data-versions"] li').count()
    await card.locator('[data-test="open-data-correct"]').click()
    const dialog = page.locator('[data-test="correction-dialog"]')
    await dialog.waitFor()
    await dialog.locator('[data-test="correction-confirm"]').click()
    await expect.poll(() => dialog.locator('[data-test="correction-required"]').innerText()).toBe('请填写更正说明')
    await dialog.locator('textarea[data-test="correction-note"]').fill('补录一件逾期答复，按期答复率随之调整')
    await page.waitForTimeout(300) // the dialog's opening animation, for the picture
    await snap(page, 'open-data-admin-correct-dialog-1440')
    await dialog.locator('[data-test="correction-confirm"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => card.locator('[data-test="open-data-state"]').innerText()).toBe(`已更正 · 第 ${before + 1} 版`)
    const versions = card.locator('[data-test="open-data-versions"] li')
    expect(await versions.count()).toBe(before + 1)
    expect(await versions.first().innerText()).toContain('更正说明：补录一件逾期答复，按期答复率随之调整')
    expect(await page.locator('[data-test="open-data-done"]').innerText()).toContain(`${month} 已更正，现为第 ${before + 1} 版`)
    await snap(page, 'open-data-admin-corrected-1440')
    await page.setViewportSize(PHONE)
    await card.locator('[data-test="open-data-correct"]').click()
    await dialog.waitFor()
    await page.waitForTimeout(300)
    await snap(page, 'open-data-admin-correct-dialog-390')
    await dialog.locator('[data-test="correction-cancel"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.setViewportSize(DESKTOP)
  })

  it('the portal’s page, the index and the CSV say it was corrected, with the note and the date', { timeout: 60_000 }, async () => {
    const index = (await (await fetch(`${API}/api/open-data/appeal-rates`)).json()) as { months: { month: string; correctedAt: string | null; note: string | null; versions: unknown[] }[] }
    const ref = index.months.find((m) => m.month === month)!
    expect(ref.note).toBe('补录一件逾期答复，按期答复率随之调整')
    expect(ref.correctedAt).not.toBeNull()
    const csv = await (await fetch(`${API}/api/open-data/appeal-rates/${month}.csv`)).text()
    const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(header!.split(',').slice(-2)).toEqual(['更正日期', '更正说明'])
    expect(first).toContain('补录一件逾期答复，按期答复率随之调整')
    const visitor = await openBrowser({ viewport: DESKTOP })
    try {
      await visitor.page.goto(WEB + '/open-data')
      const note = visitor.page.locator('[data-test="open-data-note"]')
      await expect.poll(() => note.innerText().catch(() => ''), { timeout: 20_000 }).toContain('更正：补录一件逾期答复，按期答复率随之调整')
      expect(await note.innerText()).toMatch(/^\d{4}-\d{2}-\d{2} 更正：/)
      await snap(visitor.page, 'open-data-web-corrected-1440')
    } finally {
      await visitor.close()
    }
  })
})
