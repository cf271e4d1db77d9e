import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADMIN, DESKTOP, openBrowser, PHONE, signInOnSsoPage, signInToWeb, SHOTS, snap, snapFailure, WEB } from '../helpers/browser.js'
import { horizontalOverflow } from '../helpers/page-checks.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots')

/** An Element Plus input's <input>, whether data-test sits on the input or on its wrapper. */
const input = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"] input, input[data-test="${name}"], [data-test="${name}"] textarea, textarea[data-test="${name}"]`).first()
const errors = (page: Page) => page.locator('.el-form-item__error').allInnerTexts()

/** A published demo notice of 上海市集成电路行业协会, a week ahead, 60 seats (the demo seed). */
const IC_NOTICE = '5eed0001-0000-4000-8000-000000000002'
/** The demo draft of the same association (its audience: 集成电路, key enterprises). */
const IC_DRAFT = '5eed0001-0000-4000-8000-000000000004'

/**
 * Issue 19 §6, forms that help: the intake's red fields and its banner go as soon as the fields are
 * fixed; the contact is the person signed in when the enterprise names none; after registering,
 * the notice page shows what was registered with 修改 / 取消报名; a publish that reaches beyond the
 * association's industries says so; the admin's 工作台 says a calendar gap calmly.
 */
describe('forms that help', () => {
  const browsers: Browser[] = []
  let web: Page
  let phone: Page

  beforeAll(async () => {
    const w = await openBrowser({ viewport: DESKTOP })
    const p = await openBrowser({ viewport: PHONE })
    browsers.push(w, p)
    web = w.page
    phone = p.page
  })
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `forms-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
  })

  it('the intake: the contact is the person signed in; the red fields and the banner clear as each is fixed', { timeout: 120_000 }, async () => {
    await signInToWeb(web, 'enterprise-a')
    await web.goto(WEB + '/appeals/new')
    await web.locator('[data-test="intake"]').waitFor()
    // the demo enterprise names no contact: the signed-in person (王明远, from the token)
    expect(await input(web, 'field-contact-name').inputValue()).toBe('王明远')
    await web.locator('[data-test="submit-appeal"]').click()
    await expect.poll(() => errors(web)).toHaveLength(3)
    expect(await web.locator('[data-test="invalid-summary"]').innerText()).toContain('请先修正标红的字段')
    await snap(web, 'forms-intake-invalid')
    await input(web, 'field-title').fill('研发费用加计扣除的申报口径')
    await expect.poll(() => errors(web)).toEqual(['请选择诉求类别', '请填写诉求内容（不超过 5000 字）'])
    await input(web, 'field-description').fill('我们今年基础研究投入较大，想了解加计扣除的申报口径。')
    await expect.poll(() => errors(web)).toEqual(['请选择诉求类别'])
    expect(await web.locator('[data-test="invalid-summary"]').count()).toBe(1)
    await web.locator('[data-test="field-category"]').click()
    await web.locator('.el-select-dropdown__item:visible').first().click()
    await expect.poll(() => errors(web)).toEqual([])
    expect(await web.locator('[data-test="invalid-summary"]').count()).toBe(0)
    await snap(web, 'forms-intake-fixed')
    // a phone: the same form, nothing wider than the screen
    await signInToWeb(phone, 'enterprise-a')
    await phone.goto(WEB + '/appeals/new')
    await phone.locator('[data-test="submit-appeal"]').click()
    await phone.locator('[data-test="invalid-summary"]').waitFor()
    await expect.poll(() => errors(phone)).toHaveLength(3)
    const { scrollWidth, widest } = await horizontalOverflow(phone)
    expect(scrollWidth, widest.join('; ')).toBeLessThanOrEqual(PHONE.width)
    await snap(phone, 'forms-intake-invalid-phone')
    await web.locator('[data-test="discard-draft"]').click()
    await phone.locator('[data-test="discard-draft"]').click()
  })

  it('a notice: registration prefilled with the person signed in; afterwards what was registered, with 修改 and 取消报名', { timeout: 120_000 }, async () => {
    await web.goto(`${WEB}/notices/${IC_NOTICE}`)
    await web.locator('[data-test="notice-body"]').waitFor()
    // the demo seed may have registered this enterprise already: start from no registration
    if (await web.locator('[data-test="my-registration"]').isVisible()) {
      await web.locator('[data-test="withdraw"]').click()
      await web.locator('[data-test="withdraw-confirm"]').click()
      await web.locator('[data-test="register-form"]').waitFor()
    }
    const form = web.locator('[data-test="register-form"]')
    await form.waitFor()
    expect(await input(form, 'contact-name').inputValue()).toBe('王明远')
    expect(await web.locator('[data-test="register-seats-left"]').innerText()).toMatch(/^剩余名额 \d+$/)
    await input(form, 'contact-phone').fill('13800138000')
    await input(form, 'attendees').fill('2')
    await form.locator('[data-test="register"]').click()
    const summary = web.locator('[data-test="my-registration"]')
    await summary.waitFor()
    expect(await summary.locator('[data-test="my-registration-status"]').innerText()).toBe('已报名')
    expect(await summary.locator('[data-test="my-attendees"]').innerText()).toBe('2 人')
    expect(await summary.locator('[data-test="my-contact"]').innerText()).toContain('王明远')
    const seats = await summary.locator('[data-test="seats-left"]').innerText()
    expect(seats).toMatch(/^剩余 \d+ 个，共 60 个/)
    expect(await summary.locator('[data-test="edit-registration"]').innerText()).toBe('修改')
    expect(await summary.locator('[data-test="withdraw"]').innerText()).toBe('取消报名')
    await snap(web, 'forms-notice-registered')

    // 修改: fewer attendees, another contact
    await summary.locator('[data-test="edit-registration"]').click()
    await input(form, 'contact-name').fill('赵敏')
    await input(form, 'attendees').fill('1')
    await form.locator('[data-test="save-registration"]').click()
    await expect.poll(() => web.locator('[data-test="result"]').innerText()).toContain('报名已修改')
    expect(await summary.locator('[data-test="my-attendees"]').innerText()).toBe('1 人')
    expect(await summary.locator('[data-test="my-contact"]').innerText()).toContain('赵敏')
    const left = (text: string) => Number(/剩余 (\d+) 个/.exec(text)![1])
    expect(left(await summary.locator('[data-test="seats-left"]').innerText())).toBe(left(seats) + 1)

    // the same page on a phone: what was registered comes first, nothing wider than the screen
    await phone.goto(`${WEB}/notices/${IC_NOTICE}`)
    await phone.locator('[data-test="my-registration"]').waitFor()
    const { scrollWidth, widest } = await horizontalOverflow(phone)
    expect(scrollWidth, widest.join('; ')).toBeLessThanOrEqual(PHONE.width)
    await snap(phone, 'forms-notice-registered-phone')

    // 取消报名
    await summary.locator('[data-test="withdraw"]').click()
    await web.locator('[data-test="withdraw-confirm"]').click()
    await expect.poll(() => web.locator('[data-test="result"]').innerText()).toContain('已取消报名')
    await web.locator('[data-test="register-form"]').waitFor()
  })

  it('the estimator on a phone says the result is below, and the floating button shows the total', { timeout: 60_000 }, async () => {
    await phone.goto(WEB + '/measures/try')
    expect(await phone.locator('[data-test="try-lead"]').innerText()).toContain('表单下方')
    expect(await phone.locator('[data-test="to-preview"]').innerText()).toMatch(/^合计/)
    // the screen as the visitor sees it: the floating button with the total at its bottom
    if (SHOTS) await phone.screenshot({ path: path.join(screenshots, 'forms-try-phone.png') })
    await web.goto(WEB + '/measures/try')
    expect(await web.locator('[data-test="try-lead"]').innerText()).toContain('右侧')
    expect(await web.locator('[data-test="to-preview"]').isVisible()).toBe(false)
    if (SHOTS) await web.screenshot({ path: path.join(screenshots, 'forms-try-desktop.png') })
  })

  it('association-ic: a publish that reaches beyond its industries says how many, by industry', { timeout: 120_000 }, async () => {
    const a = await openBrowser({ viewport: DESKTOP })
    browsers.push(a)
    await a.page.goto(`${ADMIN}/notices/${IC_DRAFT}/edit`)
    await signInOnSsoPage(a.page, 'association-ic')
    const industries = a.page.locator('[data-test="field-industries"]')
    await industries.waitFor()
    // the industry criterion removed
    while ((await industries.locator('.el-tag__close').count()) > 0) await industries.locator('.el-tag__close').first().click()
    await a.page.locator('[data-test="notice-save"]').click()
    await a.page.locator('[data-test="notice-publish"]').click()
    const dialog = a.page.locator('[data-test="publish-dialog"]')
    const outside = dialog.locator('[data-test="publish-outside"]')
    await outside.waitFor({ timeout: 20_000 })
    expect(await outside.innerText()).toMatch(/其中 [\d,]+ 家不属于本协会行业/)
    expect((await outside.locator('[data-test="publish-outside-industry"]').allInnerTexts()).every((line) => /^\S+ [\d,]+ 家$/.test(line))).toBe(true)
    await snap(a.page, 'forms-publish-outside')
    await a.page.setViewportSize(PHONE)
    await snap(a.page, 'forms-publish-outside-phone')
  })

  it('admin 工作台: a calendar gap weeks away is said calmly, with 导入', { timeout: 60_000 }, async () => {
    const a = await openBrowser({ viewport: DESKTOP })
    browsers.push(a)
    await a.page.goto(ADMIN + '/')
    await signInOnSsoPage(a.page, 'admin')
    const health = a.page.locator('[data-test="dashboard-health"]')
    await health.locator('.sp-health[data-state="healthy"], .sp-health[data-state="degraded"]').waitFor({ timeout: 20_000 })
    expect(await health.innerText()).not.toContain('服务部分不可用')
    const gap = health.locator('[data-test="calendar-gap"]')
    // the demo calendar comes from chinese-days, which knows no year after 2026: the gap is told
    expect(await gap.innerText()).toMatch(/^\d{4} 年工作日历尚未导入，(距生效 \d+ 天|今天起生效|\d{4}-\d{2}-\d{2} 起的办理时限暂按周一至周五计算)$/)
    await snap(a.page, 'forms-admin-calendar-gap')
    await health.locator('[data-test="calendar-import"]').click()
    await a.page.waitForURL((url) => url.pathname === '/catalogue' && url.searchParams.get('tab') === 'calendar')
    await a.page.setViewportSize(PHONE)
    await a.page.goto(ADMIN + '/')
    await health.waitFor()
    await snap(a.page, 'forms-admin-dashboard-phone')
  })
})
