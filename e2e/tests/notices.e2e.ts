import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, openBrowser, PHONE, signInOnSsoPage, signInToWeb, SHOTS, snap, snapFailure, WEB } from '../helpers/browser.js'
import { horizontalOverflow } from '../helpers/page-checks.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots')

/**
 * Training notices through both apps: association-ic drafts a notice whose body carries script
 * payloads (they must stay inert everywhere the body is shown), sees the live audience count,
 * publishes; enterprise-a finds it on its package page beside the measure it is about, opens it,
 * registers and downloads the calendar entry. The demo seed's notices are there too: everything here
 * is found by this notice's own title.
 */
describe('notices: an association publishes, an enterprise registers', () => {
  const browsers: Browser[] = []
  let association: Page
  let enterprise: Page
  // its own title among the seed's (digits only: the Chinese pages are checked for Latin words)
  const title = `E2E 集成电路研发政策解读会（第 ${Date.now() % 1_000_000} 期）`
  // A body that would set window.__pwned if any of it ran.
  const body = [
    '## 活动安排',
    '',
    '1. 基础研究投入政策解读',
    '2. 现场答疑',
    '',
    '<script>window.__pwned = "script"</script>',
    '',
    '<img src="x" onerror="window.__pwned = \'onerror\'">',
    '',
    '[点此报名](javascript:window.__pwned=\'link\') 或访问 [协会网站](https://www.sica.example.org/)',
  ].join('\n')
  /** A Beijing wall-clock time `days` from now, as the form takes it. */
  const wall = (days: number, hour: number) => {
    const d = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000)
    return `${d.toISOString().slice(0, 10)} ${String(hour).padStart(2, '0')}:00`
  }
  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)

  beforeAll(async () => {
    const a = await openBrowser()
    const e = await openBrowser()
    browsers.push(a, e)
    association = a.page
    enterprise = e.page
  })
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `notices-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
  })

  async function setDate(page: Page, field: string, value: string) {
    const input = page.locator(`[data-test="${field}"] input, input[data-test="${field}"]`).first()
    await input.click()
    await input.fill(value)
    await input.press('Enter')
    await page.keyboard.press('Escape')
  }

  it('association-ic drafts the notice: the preview is the API’s rendering and runs nothing; the audience is counted live', { timeout: 120_000 }, async () => {
    await association.goto(ADMIN + '/')
    await signInOnSsoPage(association, 'association-ic')
    await association.locator('[data-test="notice-figure-draft"]').waitFor()
    await snap(association, 'notices-association-dashboard')
    await association.goto(ADMIN + '/notices')
    await association.locator('[data-test="notice-create"]').click()
    const form = association.locator('[data-test="notice-form"]')
    await form.waitFor()
    await form.locator('[data-test="field-title"] input, input[data-test="field-title"]').first().fill(title)
    await form.locator('[data-test="field-body"] textarea, textarea[data-test="field-body"]').first().fill(body)
    await setDate(association, 'field-startsAt', wall(10, 9))
    await setDate(association, 'field-endsAt', wall(10, 11))
    await setDate(association, 'field-deadline', wall(9, 18))
    await form.locator('[data-test="field-venue"] input, input[data-test="field-venue"]').first().fill('张江科学会堂 3 楼报告厅')
    // linked to 基础研究 (basic-research): shown beside that measure in the enterprises' packages
    await form.locator('[data-test="field-measures"]').click()
    await association.locator('.el-select-dropdown__item:visible', { hasText: '基础研究' }).first().click()
    await association.keyboard.press('Escape')
    // the audience: the association's industry (集成电路) by default, counted live
    const count = association.locator('[data-test="audience-count"]')
    await expect.poll(async () => (await count.isVisible()) && /\d+ 家企业/.test(await count.innerText())).toBe(true)
    const reach = Number((await count.innerText()).replace(/\D/g, ''))
    expect(reach).toBeGreaterThan(0)
    expect(await association.locator('[data-test="audience-sample"] li').count()).toBeGreaterThan(0)
    // the preview: the HTML the API will serve
    await association.locator('.el-tabs__item', { hasText: '预览' }).click()
    const preview = association.locator('[data-test="body-preview"]')
    await preview.waitFor()
    expect(await preview.locator('h2').innerText()).toBe('活动安排')
    expect(await preview.innerText()).toContain('<script>')
    expect(await preview.locator('script, img, [onerror]').count()).toBe(0)
    expect(await preview.locator('a[href^="javascript"]').count()).toBe(0)
    expect(await preview.locator('a[href="https://www.sica.example.org/"]').getAttribute('rel')).toBe('noopener noreferrer')
    expect(await pwned(association)).toBeNull()
    await snap(association, 'notices-admin-form-preview')
    await association.locator('[data-test="notice-save"]').click()
    await association.locator('[data-test="notice-head"]').waitFor()
    expect(await association.locator('[data-test="notice-head"] h1').innerText()).toBe(title)
  })

  it('association-ic publishes it after seeing how many enterprises it will reach', { timeout: 60_000 }, async () => {
    await association.locator('[data-test="notice-publish"]').click()
    const dialog = association.locator('[data-test="publish-dialog"]')
    await dialog.waitFor()
    await expect.poll(async () => (await dialog.innerText()).includes('家企业将收到站内通知')).toBe(true)
    await dialog.locator('[data-test="publish-confirm"]').click()
    await expect.poll(async () => association.locator('[data-test="flash"]').innerText()).toMatch(/已发布，通知已送达 \d+ 家企业/)
    expect(await association.locator('[data-test="notice-publish"]').count()).toBe(0)
    // the javascript: link is no link at all (its Markdown stays as text), and nothing ran
    expect(await association.locator('[data-test="notice-body"] a', { hasText: '点此报名' }).count()).toBe(0)
    expect(await association.locator('[data-test="notice-body"]').innerText()).toContain('[点此报名](javascript:')
    expect(await pwned(association)).toBeNull()
    await snap(association, 'notices-admin-published')
  })

  it('enterprise-a sees it on its package page beside 基础研究, opens it: the body runs no script', { timeout: 120_000 }, async () => {
    await signInToWeb(enterprise, 'enterprise-a')
    await enterprise.goto(WEB + '/package')
    const beside = enterprise.locator('[data-test="measure-notices"][data-measure="basic-research"] [data-test="measure-notice"]', { hasText: title })
    await beside.waitFor({ timeout: 20_000 })
    expect(await enterprise.locator('[data-test="package-notices"]').innerText()).toContain(title)
    await snap(enterprise, 'notices-web-package')
    if (SHOTS) await enterprise.locator('.package__measure', { has: beside }).screenshot({ path: path.join(screenshots, 'notices-web-package-measure.png') })
    await beside.click()
    await enterprise.waitForURL((url) => url.pathname.startsWith('/notices/'))
    const rendered = enterprise.locator('[data-test="notice-body"]')
    await rendered.waitFor()
    expect(await enterprise.locator('[data-test="notice-title"]').innerText()).toBe(title)
    expect(await rendered.innerText()).toContain('<script>window.__pwned = "script"</script>')
    expect(await rendered.locator('script, img, [onerror]').count()).toBe(0)
    expect(await rendered.locator('a', { hasText: '点此报名' }).count()).toBe(0)
    expect(await rendered.locator('a[href="https://www.sica.example.org/"]').getAttribute('target')).toBe('_blank')
    expect(await pwned(enterprise)).toBeNull()
  })

  it('enterprise-a registers (contact, phone, attendees) and gets a seat', { timeout: 60_000 }, async () => {
    const form = enterprise.locator('[data-test="register-form"]')
    await form.waitFor()
    await form.locator('[data-test="contact-name"] input, input[data-test="contact-name"]').first().fill('王明远')
    await form.locator('[data-test="contact-phone"] input, input[data-test="contact-phone"]').first().fill('021-5555 0101')
    await form.locator('[data-test="attendees"] input, input[data-test="attendees"]').first().fill('2')
    await form.locator('[data-test="register"]').click()
    await enterprise.locator('[data-test="result"]').waitFor()
    expect(await enterprise.locator('[data-test="result"]').innerText()).toContain('报名成功')
    expect(await enterprise.locator('[data-test="my-status"]').innerText()).toBe('已报名')
    expect(await enterprise.locator('[data-test="withdraw"]').count()).toBe(1)
    await snap(enterprise, 'notices-web-registered')
  })

  it('enterprise-a downloads the calendar entry', { timeout: 60_000 }, async () => {
    const [download] = await Promise.all([enterprise.waitForEvent('download'), enterprise.locator('[data-test="ics"]').click()])
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const text = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '')
    expect(text).toContain('BEGIN:VEVENT')
    expect(text).toContain(`SUMMARY:${title}`)
    expect(text).toMatch(/DTSTART:\d{8}T010000Z/) // 09:00 in Shanghai
    expect(text).toContain('LOCATION:张江科学会堂 3 楼报告厅')
  })

  it('the association sees the registration; the notice page fits a phone', { timeout: 90_000 }, async () => {
    await association.reload()
    const row = association.locator('[data-test="registration"]', { hasText: '上海芯联微电子有限公司' })
    await row.waitFor()
    expect(await row.getAttribute('data-status')).toBe('registered')
    await snap(association, 'notices-admin-registrations')
    const phone = await openBrowser({ viewport: PHONE })
    browsers.push(phone)
    await signInToWeb(phone.page, 'enterprise-a')
    await phone.page.goto(enterprise.url())
    await phone.page.locator('[data-test="notice-body"]').waitFor()
    const { scrollWidth, widest } = await horizontalOverflow(phone.page)
    expect(scrollWidth, widest.join('; ')).toBeLessThanOrEqual(PHONE.width)
    await snap(phone.page, 'notices-web-phone')
  })
})
