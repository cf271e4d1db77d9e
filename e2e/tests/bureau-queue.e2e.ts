import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ADMIN, DESKTOP, openBrowser, PHONE, signInOnSsoPage, signInToWeb, snap, snapFailure, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

/**
 * Issue 19 §2, as 市经济信息化委's officer meets it on the demo data: the 工作台's queue counts lead
 * to exactly those lists (主办 rows for 待签收 / 待答复), deadlines read as a working day, and a lead
 * who answers before the assisting opinion sees the choice (不等待协办意见 with a reason).
 */
describe('a bureau officer’s queue, from the 工作台 to the answer', () => {
  const browsers: Browser[] = []
  let page: Page

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `bureau-queue-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    for (const b of browsers) await b.close()
  })

  const count = async (key: string) => Number(await page.locator(`[data-test="todo-${key}"] [data-test="todo-count"]`).innerText())

  it('the 工作台 shows the bureau’s queue; 待签收 and 待答复 open lists of the appeals it leads', { timeout: 120_000 }, async () => {
    const b = await openBrowser({ viewport: DESKTOP })
    browsers.push(b)
    page = b.page
    await page.goto(ADMIN + '/')
    await signInOnSsoPage(page, 'bureau-sheitc')
    await page.locator('[data-test="todo-toAccept"] [data-test="todo-count"]').waitFor()
    await expect.poll(async () => (await page.locator('[data-test="todo-count"]').allInnerTexts()).every((t) => /^\d+$/.test(t.trim()))).toBe(true)
    const labels = await page.locator('[data-test^="todo-"] .todo__label').allInnerTexts()
    expect(labels).toEqual(['待签收', '待答复', '待提供协办意见', '即将超期', '已超期', '被退回重办'])
    const toAnswer = await count('toAnswer')
    expect(toAnswer).toBeGreaterThan(0)
    await snap(page, 'bureau-queue-1-dashboard-1440')

    await page.locator('[data-test="todo-toAnswer"]').click()
    await page.waitForURL((url) => url.search.includes('part=lead'))
    const rows = page.locator('[data-test="inbox-row"]')
    await rows.first().waitFor()
    const n = await rows.count()
    expect(n).toBe(Math.min(toAnswer, 20))
    expect(await page.locator('[data-test="inbox-row"] [data-test="part-lead"]').count()).toBe(n)
    expect(new Set(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-status'))))).toEqual(new Set(['in_progress']))
    // deadlines read as a working day, never midnight of the next day
    const due = await page.locator('[data-test="inbox-row"] [data-test="deadline"]').first().innerText()
    expect(due).toMatch(/\d{4}-\d{2}-\d{2}（周[一二三四五六日]）前/)
    expect(due).not.toContain('00:00')
    await snap(page, 'bureau-queue-2-to-answer-1440')
  })

  it('a lead answering before the assisting opinion sees the choice, and answers only with a reason', { timeout: 120_000 }, async () => {
    // the first of its 待答复 appeals whose assisting opinion is still awaited
    const hrefs = await page.locator('[data-test="inbox-row"]').evaluateAll((rs) => rs.map((r) => r.getAttribute('href')))
    let found = false
    for (const href of hrefs.slice(0, 12)) {
      await page.goto(ADMIN + href)
      await page.locator('[data-test="appeal-head"]').waitFor()
      await page.locator('[data-test="action-respond"]').click()
      const dialog = page.locator('[data-test="action-dialog"][data-action="respond"]')
      await dialog.waitFor()
      if (await dialog.locator('[data-test="opinion-awaited"]').count()) {
        found = true
        break
      }
    }
    expect(found).toBe(true)
    const dialog = page.locator('[data-test="action-dialog"][data-action="respond"]')
    expect(await dialog.locator('[data-test="opinion-awaited"]').innerText()).toContain('尚未提供协办意见')
    // the bureau's seeded templates: preview, then insert for review
    await dialog.locator('[data-test="answer-template"]').click()
    await page.locator('.el-select-dropdown__item', { hasText: '政策咨询答复' }).first().click()
    await dialog.locator('[data-test="template-preview"]').waitFor()
    expect(await dialog.locator('[data-test="action-text"]').inputValue()).toBe('')
    await dialog.locator('[data-test="template-insert"]').click()
    expect(await dialog.locator('[data-test="action-text"]').inputValue()).toContain('经市经济信息化委核实')
    await dialog.locator('[data-test="action-confirm"]').click()
    expect(await dialog.locator('[data-test="action-problem"]').innerText()).toContain('请等待，或勾选“不等待协办意见”')
    await dialog.locator('[data-test="skip-opinion"]').click()
    await dialog.locator('[data-test="skip-reason"]').fill('企业下周开工，需尽快答复')
    await snap(page, 'bureau-queue-3-answer-dialog-1440')
    await page.setViewportSize(PHONE)
    await snap(page, 'bureau-queue-3-answer-dialog-390')
    await page.setViewportSize(DESKTOP)
    await dialog.locator('[data-test="action-confirm"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => page.locator('[data-test="appeal-head"] [data-test="appeal-status"]').innerText()).toBe('已答复')
    await expect.poll(() => page.locator('[data-test="timeline"]').innerText()).toContain('未等待协办意见')
    expect(await page.locator('[data-test="timeline"]').innerText()).toContain('企业下周开工，需尽快答复')
    await snap(page, 'bureau-queue-4-answered-1440')
  })

  it('an enterprise reads the rating rules first; 不满意 needs its reason, which then leads the appeal with the new answer window', { timeout: 120_000 }, async () => {
    const b = await openBrowser({ viewport: DESKTOP })
    browsers.push(b)
    const web = b.page
    await signInToWeb(web, 'enterprise-a')
    await web.goto(WEB + '/appeals')
    const answered = web.locator('[data-test="appeal-item"][data-status="responded"]').first()
    await answered.waitFor()
    await answered.click()
    await web.locator('[data-test="action-rate"]').click()
    const dialog = web.locator('[data-test="rate-dialog"]')
    await dialog.waitFor()
    expect(await dialog.locator('[data-test="rate-rules"]').innerText()).toContain('选择“不满意”：诉求退回责任单位重新办理')
    expect(await dialog.locator('[data-test="rate-comment-label"]').innerText()).toBe('意见建议（选填）')
    await dialog.locator('[data-test="resolved-no"]').click()
    await dialog.locator('[data-test="rating-unsatisfied"]').click()
    expect(await dialog.locator('[data-test="rate-comment-label"]').innerText()).toBe('不满意原因（必填）')
    await dialog.locator('[data-test="rate-submit"]').click()
    expect(await dialog.locator('[data-test="rate-problem"]').innerText()).toBe('请填写不满意原因，责任单位将据此重新办理')
    await dialog.locator('[data-test="rate-comment"]').fill('没有说明需要准备哪些申报材料')
    await snap(web, 'bureau-queue-7-web-rate-1440')
    await web.setViewportSize(PHONE)
    await snap(web, 'bureau-queue-7-web-rate-390')
    await web.setViewportSize(DESKTOP)
    await dialog.locator('[data-test="rate-submit"]').click()
    await dialog.waitFor({ state: 'hidden' })
    const reason = web.locator('[data-test="reopen-reason"]')
    await reason.waitFor()
    expect(await reason.innerText()).toMatch(/企业不满意原因：没有说明需要准备哪些申报材料\s*已重新办理 1 次 · 新的答复时限 \d{4}-\d{2}-\d{2}（周[一二三四五]）前/)
    expect(await web.locator('[data-test="reopen-count"]').innerText()).toBe('已重新办理 1 次')
    expect(await web.locator('[data-test="your-rating"]').evaluate((e) => getComputedStyle(e).color)).not.toBe('rgb(103, 194, 58)') // not success green
    await snap(web, 'bureau-queue-8-web-reopened-1440')
    await web.setViewportSize(PHONE)
    await snap(web, 'bureau-queue-8-web-reopened-390')
  })

  it('the 工作台 and the queue at 390 px', { timeout: 60_000 }, async () => {
    await page.setViewportSize(PHONE)
    await page.goto(ADMIN + '/')
    await page.locator('[data-test="todo-toAccept"] [data-test="todo-count"]').waitFor()
    await snap(page, 'bureau-queue-5-dashboard-390')
    await page.goto(ADMIN + '/appeals?tab=in_progress&part=lead&sort=due_asc')
    await page.locator('[data-test="inbox-row"]').first().waitFor()
    await snap(page, 'bureau-queue-6-to-answer-390')
  })
})
