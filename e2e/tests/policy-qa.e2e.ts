import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ADMIN, DESKTOP, openBrowser, PHONE, signInOnSsoPage, signInToWeb, snap, snapFailure, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

/**
 * Issue 24 §1 in Chromium, on the demo data: 市经济信息化委 proposes a public answer from an appeal it
 * answered, a coordinator publishes it, a visitor finds it by a colloquial query on 政策问答 and on
 * the measure's page, and an enterprise typing a similar appeal is shown it.
 */
const QUESTION = '首台套设备卖给外省市的客户，还能申请首台套支持吗？'
const ANSWER = '可以。本市企业研制的首台(套)重大技术装备首次销售给外省市用户的，同样按合同金额的30%给予支持，最高不超过2000万元，需提供用户验收证明。'

describe('政策问答: proposed, published, found', () => {
  const browsers: Browser[] = []
  const open = async (viewport = DESKTOP) => {
    const b = await openBrowser({ viewport })
    browsers.push(b)
    return b.page
  }
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `policy-qa-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    for (const b of browsers) await b.close()
  })

  it('a bureau proposes an answer from an appeal it answered; the coordinator publishes it', { timeout: 180_000 }, async () => {
    const page = await open()
    await page.goto(ADMIN + '/appeals?tab=responded')
    await signInOnSsoPage(page, 'bureau-sheitc')
    await page.locator('[data-test="inbox-row"]').first().waitFor()
    const hrefs = await page.locator('[data-test="inbox-row"]').evaluateAll((rs) => rs.map((r) => r.getAttribute('href')))
    let proposing = false
    for (const href of hrefs.slice(0, 15)) {
      await page.goto(ADMIN + href)
      await page.locator('[data-test="appeal-head"]').waitFor()
      if (!(await page.locator('[data-test="propose-answer"]').count())) continue
      await page.locator('[data-test="propose-answer"]').click()
      await page.locator('[data-test="propose-question"], [data-test="propose-error"]').first().waitFor()
      if (await page.locator('[data-test="propose-question"]').count()) {
        proposing = true
        break
      }
    }
    expect(proposing).toBe(true)
    await page.locator('[data-test="propose-question"]').fill(QUESTION)
    await page.locator('[data-test="propose-answer"]').fill(ANSWER)
    await page.locator('[data-test="propose-measure"]').click()
    await page.locator('.el-select-dropdown__item', { hasText: '首台(套)重大技术装备、首批次新材料支持' }).first().click()
    await snap(page, 'policy-qa-1-propose-1440')
    await page.locator('[data-test="propose-submit"]').click()
    await page.locator('[data-test="propose-done"]').waitFor()

    const coordinator = await open()
    await coordinator.goto(ADMIN + '/answers')
    await signInOnSsoPage(coordinator, 'coordinator')
    const item = coordinator.locator('[data-test="review-item"]', { hasText: QUESTION })
    await item.waitFor()
    await coordinator.locator('[data-test="suggestion-stats"]').waitFor()
    await snap(coordinator, 'policy-qa-2-review-1440')
    await item.locator('[data-test="review-approve"]').click()
    await coordinator.locator('[data-test="review-confirm"]').click()
    await expect.poll(() => coordinator.locator('[data-test="review-item"]', { hasText: QUESTION }).count()).toBe(0)
  })

  it('a visitor finds it by a colloquial query, opens it, and reaches it from the measure page', { timeout: 120_000 }, async () => {
    for (const [viewport, size] of [[DESKTOP, '1440'], [PHONE, '390']] as const) {
      const page: Page = await open(viewport)
      await page.goto(WEB + '/answers')
      await page.locator('[data-test="answers-q"]').fill('首台套卖到外地还能申请吗')
      await page.locator('[data-test="answers-search"]').click()
      await page.waitForURL((url) => url.search.includes('q='))
      const first = page.locator('[data-test="answer-card"]').first()
      await expect.poll(() => first.innerText()).toContain(QUESTION)
      await snap(page, `policy-qa-3-search-${size}`)
      await first.locator('[data-test="answer-link"]').click()
      await page.locator('[data-test="answer-question"]').waitFor()
      expect(await page.locator('[data-test="answer-question"]').innerText()).toBe(QUESTION)
      expect(await page.locator('[data-test="answer-measure"]').innerText()).toContain('沪府办规〔2025〕20号')
      await snap(page, `policy-qa-4-entry-${size}`)
      await page.locator('[data-test="answer-measure-link"]').click()
      await page.waitForURL((url) => url.pathname === '/measures/first-set-equipment')
      await expect.poll(() => page.locator('[data-test="measure-answers"]').innerText()).toContain(QUESTION)
    }
  })

  it('an enterprise typing a similar appeal is shown it, and opens it in place', { timeout: 120_000 }, async () => {
    for (const [viewport, size] of [[DESKTOP, '1440'], [PHONE, '390']] as const) {
      const page = await open(viewport)
      await signInToWeb(page, 'enterprise-a')
      await page.goto(WEB + '/appeals/new')
      await page.locator('[data-test="field-title"]').fill('我们的首台套装备卖到外地客户了，能申请支持吗')
      const suggestions = page.locator('[data-test="intake-suggestions"]')
      await suggestions.waitFor()
      expect(await suggestions.innerText()).toContain('这些回答可能已解决您的问题')
      await expect.poll(() => suggestions.innerText()).toContain(QUESTION)
      await snap(page, `policy-qa-5-intake-${size}`)
      await suggestions.locator('[data-test="answer-link"]', { hasText: QUESTION }).click()
      await page.locator('[data-test="suggestion-answer"]').waitFor()
      expect(await page.locator('[data-test="suggestion-answer"]').innerText()).toContain('30%')
      expect(new URL(page.url()).pathname).toBe('/appeals/new')
    }
  })
})
