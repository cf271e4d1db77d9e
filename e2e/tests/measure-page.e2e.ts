/**
 * The public catalogue leads somewhere: each measure has its own page, linkable and listed in the
 * sitemap, and citations lead there; the empty estimator claims nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, openBrowser, signInOnSsoPage, signInToWeb, snap, WEB } from '../helpers/browser.js'
import { measures } from '../../packages/policy-rules/dist/index.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

describe('each measure has its own page', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('opens by its link, says the clause in full, what it gives, to whom, the period and who to ask', async () => {
    const { page } = b
    await page.goto(WEB + '/measures/basic-research')
    const body = page.locator('[data-test="measure-page"]')
    await body.waitFor()
    expect(await page.title()).toBe('基础研究投入财政补助 - 企业服务包门户')
    const text = await body.innerText()
    expect(text).toContain('支持企业加大基础研究投入力度')
    expect(text).toContain('基础研究投入达到或超过 1亿元：一次性给予 1000万元。')
    expect(text).toContain('2026-01-01 至 2028-12-31')
    expect(text).toContain('市科委')
    expect(text).toContain('以责任单位发布的申报通知为准')
    await snap(page, 'web-measure-page')
  })

  it('is listed in the sitemap with every other measure, and robots.txt points to it', async () => {
    const sitemap = await (await fetch(WEB + '/sitemap.xml')).text()
    for (const m of measures) expect(sitemap).toContain(`<loc>${WEB}/measures/${m.id}</loc>`)
    expect(await (await fetch(WEB + '/robots.txt')).text()).toContain(`Sitemap: ${WEB}/sitemap.xml`)
  })

  it('is where the catalogue’s citation leads', async () => {
    const { page } = b
    await page.goto(WEB + '/measures')
    await page.locator('[data-measure="green-factory"] [data-test="citation"]').click()
    await page.waitForURL(WEB + '/measures/green-factory')
    await page.locator('[data-test="measure-clause"]').waitFor()
    expect(await page.locator('[data-test="measure-clause"]').innerText()).toContain('首次评为国家级绿色工厂的，给予20万元一次性奖励')
  })

  it('shows a signed-in enterprise its own result and the trace; its package’s citations lead there', async () => {
    const { page } = b
    await signInToWeb(page, 'enterprise-a')
    await page.goto(WEB + '/package')
    await page.locator('[data-test="measure-card"][data-measure="leading-industries"] [data-test="citation"]').click()
    await page.waitForURL(WEB + '/measures/leading-industries')
    const own = page.locator('[data-test="measure-own"] [data-test="measure-card"]')
    await own.waitFor()
    expect(await own.getAttribute('data-status')).toBe('eligible')
    expect(await own.locator('[data-test="trace"]').innerText()).toContain('所属产业')
    await snap(page, 'web-measure-page-enterprise')
  })

  it('the back office’s citations lead to the portal’s page', async () => {
    const { page } = b
    await page.goto(`${ADMIN}/enterprises/91310115MA1K4C7L8X?tab=package`)
    await signInOnSsoPage(page, 'coordinator')
    const citation = page.locator('[data-test="package-row"][data-measure="basic-research"] [data-test="citation"]')
    await citation.waitFor()
    expect(await citation.getAttribute('href')).toBe(`${WEB}/measures/basic-research`)
  })

  it('the empty estimator does not say 可享受 before anything is entered; the measures for everyone are apart', async () => {
    const { page } = b
    await page.goto(WEB + '/measures/try')
    const preview = page.locator('[data-test="preview"]')
    await preview.waitFor()
    expect(await preview.innerText()).not.toMatch(/可享受 \d+ 项/)
    expect(await page.locator('[data-test="preview-for-everyone"] summary').innerText()).toMatch(/面向所有企业的措施（\d+ 项）/)
    await snap(page, 'web-try-empty')
  })
})
