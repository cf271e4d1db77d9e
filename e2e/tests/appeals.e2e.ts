import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ADMIN, openBrowser, signInOnSsoPage, snap, snapFailure, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

/**
 * The whole path of an appeal through both apps, as its people meet it: enterprise-a asks about a
 * measure from its card (with a PDF), the coordinator dispatches it to 市经济信息化委 with 市科委
 * assisting (the dialog's preselection), 市科委 gives an opinion, 市经济信息化委 accepts (from its
 * notification) and answers, enterprise-a rates 满意 and the appeal is closed. The demo seed holds
 * ~1,000 other appeals: everything here is found by this appeal's own tracking number.
 */
describe('appeals: from a measure card to a closed appeal, through both apps', () => {
  const browsers: Browser[] = []
  let enterprise: Page
  let number = ''

  async function staff(username: string): Promise<Page> {
    const b = await openBrowser()
    browsers.push(b)
    await b.page.goto(ADMIN + '/')
    await signInOnSsoPage(b.page, username)
    await b.page.locator('[data-test="user-menu"]').waitFor()
    return b.page
  }

  /** Opens this appeal from the inbox, searched by its tracking number. */
  async function openFromInbox(page: Page): Promise<void> {
    await page.goto(`${ADMIN}/appeals?q=${encodeURIComponent(number)}`)
    const row = page.locator('[data-test="inbox-row"]')
    await expect.poll(async () => row.count()).toBe(1)
    expect(await row.innerText()).toContain(number)
    await row.click()
    await page.locator('[data-test="appeal-head"]').waitFor()
    expect(await page.locator('[data-test="appeal-number"]').innerText()).toBe(number)
  }

  async function act(page: Page, action: string, text?: string): Promise<void> {
    await page.locator(`[data-test="action-${action}"]`).click()
    const dialog = page.locator(`[data-test="action-dialog"][data-action="${action}"]`)
    await dialog.waitFor()
    if (text !== undefined) await dialog.locator('[data-test="action-text"]').fill(text)
    await dialog.locator('[data-test="action-confirm"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('[data-test="flash"]').waitFor()
  }

  const status = (page: Page) => page.locator('[data-test="appeal-head"] [data-test="appeal-status"]').innerText()

  beforeAll(async () => {
    const b = await openBrowser()
    browsers.push(b)
    enterprise = b.page
  })
  // a failed step leaves a picture of every open page, to see why
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `appeals-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
  })

  it('enterprise-a asks about 先导产业 from its card, with a PDF, and gets a tracking number', { timeout: 120_000 }, async () => {
    await enterprise.goto(WEB + '/')
    await enterprise.locator('.sp-user__login').click()
    await signInOnSsoPage(enterprise, 'enterprise-a')
    await enterprise.waitForURL(WEB + '/package')
    const card = enterprise.locator('[data-test="measure-card"][data-measure="leading-industries"]')
    await card.locator('[data-test="ask"]').click()
    await enterprise.waitForURL((url) => url.pathname === '/appeals/new' && url.searchParams.get('measure') === 'leading-industries' && /^\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get('asOf') ?? ''))
    const form = enterprise.locator('[data-test="intake"]')
    await form.waitFor()
    expect(await form.locator('[data-test="intake-measure"]').innerText()).toContain('先导产业')
    expect(await form.locator('[data-test="routing"]').innerText()).toContain('预计由市经济信息化委主办，市科委协办')
    await form.locator('[data-test="field-description"]').fill('我司拟在浦东建设12英寸特色工艺产线，想了解先导产业战略引领支持的申报条件与材料。')
    await form.locator('[data-test="intake-files"] [data-test="file-input"]').setInputFiles({
      name: '项目简介.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    })
    await snap(enterprise, 'appeals-1-web-intake')
    await form.locator('[data-test="submit-appeal"]').click()
    const tracking = enterprise.locator('[data-test="tracking-number"]')
    await tracking.waitFor()
    number = await tracking.innerText()
    expect(number).toMatch(/^SQ-\d{4}-\d{6}$/)
    await snap(enterprise, 'appeals-2-web-submitted')
    // the draft is gone once submitted
    expect(await enterprise.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('servicepack.appeal-draft.')))).toEqual([])
    await enterprise.locator('[data-test="view-appeal"]').click()
    await enterprise.locator('[data-test="appeal-head"]').waitFor()
    expect(await enterprise.locator('[data-test="attachment"]').innerText()).toContain('项目简介.pdf')
    expect(await enterprise.locator('[data-test="snapshot"]').innerText()).toContain('先导产业')
  })

  it('the coordinator dispatches it to 市经济信息化委 with 市科委 assisting, as the dialog suggests', { timeout: 120_000 }, async () => {
    const page = await staff('coordinator')
    await openFromInbox(page)
    expect(await status(page)).toBe('待派单')
    await page.locator('[data-test="action-dispatch"]').click()
    const dialog = page.locator('[data-test="dispatch-dialog"]')
    await dialog.waitFor()
    expect(await dialog.locator('[data-test="dispatch-lead"]').innerText()).toContain('市经济信息化委')
    expect(await dialog.locator('[data-test="dispatch-assisting"]').innerText()).toContain('市科委')
    await snap(page, 'appeals-3-admin-dispatch')
    await dialog.locator('[data-test="dispatch-confirm"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => status(page)).toBe('待签收')
    expect(await page.locator('[data-test="fact-lead"]').innerText()).toBe('市经济信息化委')
    expect(await page.locator('[data-test="fact-assisting"]').innerText()).toBe('市科委')
  })

  it('市科委 (assisting) gives its opinion', { timeout: 120_000 }, async () => {
    const page = await staff('bureau-stcsm')
    await openFromInbox(page)
    expect(await page.locator('[data-test="actions"] button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-test')))).toEqual(['action-opinion'])
    await act(page, 'opinion', '建议企业同步准备研发投入及核心技术说明材料。')
    await page.locator('[data-test="timeline-event"][data-action="opinion"]').waitFor()
    await snap(page, 'appeals-4-admin-opinion')
  })

  it('市经济信息化委 (lead) opens it from its notification, accepts and answers', { timeout: 120_000 }, async () => {
    const page = await staff('bureau-sheitc')
    await page.locator('[data-test="notification-bell"]').click()
    // newest first: 市科委's opinion, then the dispatch that asks this bureau to accept
    const mine = page.locator('[data-test="notification"]', { hasText: number })
    await mine.first().waitFor()
    expect(await mine.first().innerText()).toContain('市科委对诉求')
    const dispatched = mine.filter({ hasText: '已派至本单位主办' })
    expect(await dispatched.count()).toBe(1)
    await dispatched.click()
    await page.locator('[data-test="appeal-head"]').waitFor()
    expect(await page.locator('[data-test="appeal-number"]').innerText()).toBe(number)
    await act(page, 'accept')
    await expect.poll(() => status(page)).toBe('办理中')
    await page.locator('[data-test="action-respond"]').click()
    const dialog = page.locator('[data-test="action-dialog"][data-action="respond"]')
    await dialog.waitFor()
    // the lead sees the assisting bureau's opinion before answering
    expect(await dialog.locator('[data-test="opinions"]').innerText()).toContain('建议企业同步准备研发投入及核心技术说明材料。')
    await dialog.locator('[data-test="action-text"]').fill('经研究，贵司项目符合先导产业战略引领支持方向。请于12月底前通过“一网通办”提交项目申报书、研发投入说明及核心技术说明。')
    await dialog.locator('[data-test="action-confirm"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => status(page)).toBe('已答复')
    await snap(page, 'appeals-5-admin-answered')
  })

  it('enterprise-a reads the answer, rates 满意, and the appeal is closed with its whole timeline', { timeout: 120_000 }, async () => {
    await enterprise.goto(WEB + '/appeals')
    await enterprise.locator('[data-test="notification-bell"]').click()
    const notification = enterprise.locator('[data-test="notification"]', { hasText: number }).filter({ hasText: '已答复' }).first()
    await notification.waitFor()
    await notification.click()
    await enterprise.locator('[data-test="answer"]').waitFor()
    expect(await enterprise.locator('[data-test="answer"]').innerText()).toContain('符合先导产业战略引领支持方向')
    await enterprise.locator('[data-test="action-rate"]').click()
    const dialog = enterprise.locator('[data-test="rate-dialog"]')
    await dialog.waitFor()
    await dialog.locator('[data-test="resolved-yes"]').click()
    await dialog.locator('[data-test="rating-satisfied"]').click()
    await dialog.locator('[data-test="rate-comment"]').fill('答复清楚，谢谢。')
    await snap(enterprise, 'appeals-6-web-rate')
    await dialog.locator('[data-test="rate-submit"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => enterprise.locator('[data-test="appeal-head"] [data-test="appeal-status"]').innerText()).toBe('已办结')
    expect(await enterprise.locator('[data-test="your-rating"]').innerText()).toContain('已解决 · 满意')
    const actions = await enterprise.locator('[data-test="timeline-event"]').evaluateAll((es) => es.map((e) => e.getAttribute('data-action')))
    // the bureaus' opinion to each other is theirs; the enterprise reads the answer
    expect(actions).toEqual(['submit', 'attach', 'dispatch', 'accept', 'respond', 'rate'])
    await snap(enterprise, 'appeals-7-web-closed')
  })
})
