import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { ADMIN, openBrowser, signInOnSsoPage, snap, snapFailure } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

/**
 * Oversight (issue 12) in a real browser against the demo data: the coordinator reads the 三率 and
 * drills down from a bureau's overdue count to the appeals behind it; an administrator changes a
 * routing entry and the coordinator's dispatch dialog suggests the new bureau. Screenshots at 1440
 * and 390 px wide, in Chinese.
 */
describe('oversight: the 三率 dashboard and the administrators’ catalogues', () => {
  const browsers: Browser[] = []

  async function signIn(username: string, path: string): Promise<Page> {
    const b = await openBrowser()
    browsers.push(b)
    await b.page.setViewportSize({ width: 1440, height: 900 })
    await b.page.goto(ADMIN + path)
    await signInOnSsoPage(b.page, username)
    await b.page.locator('[data-test="user-menu"]').waitFor()
    return b.page
  }
  async function phone(page: Page, name: string): Promise<void> {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(400) // charts resize
    await snap(page, name)
    await page.setViewportSize({ width: 1440, height: 900 })
  }

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `oversight-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
  })

  it('keeps the admin app’s initial JS within 250 kB gzipped (the charts load with the dashboard)', async () => {
    const html = await (await fetch(ADMIN + '/')).text()
    const files = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!)
    let total = 0
    for (const file of new Set(files)) {
      const res = await fetch(ADMIN + file)
      // fetch undoes any content-encoding the server chose: this is the plain file
      const plain = Buffer.from(await res.arrayBuffer())
      total += gzipSync(plain, { level: 9 }).length
      expect(plain.toString('utf8'), file).not.toContain('echarts')
    }
    expect(files.length).toBeGreaterThan(3)
    expect(total).toBeLessThanOrEqual(250_000)
  })

  it('the coordinator opens the dashboard and drills down from a bureau’s overdue count to the appeals behind it', { timeout: 120_000 }, async () => {
    const page = await signIn('coordinator', '/metrics')
    await page.locator('[data-test="headline"]').waitFor()
    await page.locator('[data-test="section-trend"] [data-test="metrics-chart"] canvas').waitFor()
    expect(await page.locator('[data-test="figure-responseRate"] [data-test="figure-value"]').innerText()).toMatch(/^\d+\.\d%$/)
    expect(await page.locator('[data-test="definitions"]').innerText()).toContain('在签收时限内签收的派单数 ÷ 派单数')
    await page.locator('[data-test="section-ranking"] [data-test="metrics-chart"] canvas').waitFor()
    await page.locator('[data-test="section-district"] [data-test="metrics-chart"] canvas').waitFor()
    // the 三率 tables fit the card at 1440 px: no column hidden behind a horizontal scrollbar
    for (const table of await page.locator('.metrics-table .el-table__body-wrapper .el-scrollbar__wrap').all()) {
      const { scrollWidth, clientWidth } = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }))
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1)
    }
    // the lead ranking's table lists the bureaus in its chart's order, each with its place
    const places = await page.locator('[data-test="table-lead"] [data-test="rank"]').allInnerTexts()
    const ranked = places.filter((p) => /^\d+$/.test(p)).map(Number)
    expect(ranked.length).toBeGreaterThan(1)
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b))
    await snap(page, 'admin-metrics-1440')
    await phone(page, 'admin-metrics-390')

    // the bureau with the fewest overdue dispatches (but some) in the lead ranking
    const rows = await page.locator('[data-test="table-lead"] tbody tr').evaluateAll((trs) =>
      trs.map((tr, index) => ({ index, name: tr.querySelector('[data-test^="row-"]')?.textContent?.trim() ?? '', overdue: Number(tr.querySelector('[data-test="cell-overdue"]')?.textContent ?? 'NaN') })),
    )
    const candidates = rows.filter((r) => r.name !== '合计' && r.overdue > 0).sort((a, b) => a.overdue - b.overdue)
    expect(candidates.length).toBeGreaterThan(0)
    const bureau = candidates[0]!
    await page.locator('[data-test="table-lead"] tbody tr').nth(bureau.index).locator('a[data-test="cell-overdue"]').click()
    await page.waitForURL((url) => url.pathname === '/appeals' && url.searchParams.get('everOverdue') === 'true' && !!url.searchParams.get('lead'))
    const drill = page.locator('[data-test="drill-tags"]')
    await drill.waitFor()
    expect(await drill.innerText()).toContain(`主办单位：${bureau.name}`)
    expect(await drill.innerText()).toContain('曾超期：是')
    const list = page.locator('[data-test="inbox-row"]')
    await list.first().waitFor()
    for (let i = 0; i < 10 && (await page.locator('[data-test="load-more"]').count()); i++) {
      const before = await list.count()
      await page.locator('[data-test="load-more"]').click()
      await expect.poll(async () => list.count()).toBeGreaterThan(before)
    }
    const shown = await list.count()
    // every appeal behind the figure went overdue in its dispatch; one dispatch may count twice (accept, then answer)
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThanOrEqual(bureau.overdue)
    for (const text of await list.allInnerTexts()) expect(text).toContain(bureau.name)
    await snap(page, 'admin-metrics-drilldown-1440')
    await phone(page, 'admin-metrics-drilldown-390')
  })

  it('a bureau officer sees their own bureau beside the city', { timeout: 90_000 }, async () => {
    const page = await signIn('bureau-planning', '/metrics')
    await page.locator('[data-test="headline"]').waitFor()
    expect(await page.locator('h1').innerText()).toContain('市规划资源局')
    expect(await page.locator('[data-test="figure-responseRate"] [data-test="figure-city"]').innerText()).toMatch(/^全市 (\d+\.\d%|—)$/)
    const names = await page.locator('[data-test="table-lead"] tbody tr td:first-child').allInnerTexts()
    expect(names.map((n) => n.trim())).toEqual(['市规划资源局', '合计', '全市'])
    await snap(page, 'admin-metrics-bureau-1440')
  })

  it('an administrator changes a routing entry and the dispatch dialog suggests the new bureau', { timeout: 150_000 }, async () => {
    const coordinator = await signIn('coordinator', '/appeals?tab=submitted&category=labour')
    const row = coordinator.locator('[data-test="inbox-row"]').first()
    await row.waitFor()
    await row.click()
    await coordinator.locator('[data-test="appeal-head"]').waitFor()
    const appealUrl = coordinator.url()
    const dispatchLead = async () => {
      await coordinator.locator('[data-test="action-dispatch"]').click()
      const dialog = coordinator.locator('[data-test="dispatch-dialog"]')
      await dialog.waitFor()
      const lead = await dialog.locator('[data-test="dispatch-lead"]').innerText()
      await dialog.getByRole('button', { name: '取消' }).click()
      await dialog.waitFor({ state: 'hidden' })
      return lead
    }
    expect(await dispatchLead()).toContain('市人力资源社会保障局') // the plan's default for 用工

    const admin = await signIn('admin', '/catalogue')
    await admin.locator('[data-test="routing-table"]').waitFor()
    await snap(admin, 'admin-catalogue-routing-1440')
    await admin.locator('[data-test="routing-edit-labour"]').click()
    const dialog = admin.locator('[data-test="routing-dialog"]')
    await dialog.waitFor()
    await dialog.locator('[data-test="routing-lead-select"]').click()
    await admin.locator('.el-select-dropdown__item:visible', { hasText: /^市人才局$/ }).click()
    await dialog.locator('[data-test="routing-save"]').click()
    await dialog.waitFor({ state: 'hidden' })
    const labour = admin.locator('[data-test="routing-table"] tbody tr', { has: admin.locator('[data-test="routing-labour"]') })
    await expect.poll(async () => labour.innerText()).toContain('市人才局')
    expect(await labour.innerText()).toContain('已修改')
    await snap(admin, 'admin-catalogue-routing-changed-1440')
    await phone(admin, 'admin-catalogue-routing-390')

    // the next dispatch of a 用工 appeal is suggested the new lead bureau
    await coordinator.goto(appealUrl)
    await coordinator.locator('[data-test="appeal-head"]').waitFor()
    await coordinator.locator('[data-test="action-dispatch"]').click()
    const dispatch = coordinator.locator('[data-test="dispatch-dialog"]')
    await dispatch.waitFor()
    expect(await dispatch.locator('[data-test="dispatch-lead"]').innerText()).toContain('市人才局')
    await snap(coordinator, 'admin-dispatch-suggestion-1440')
    await dispatch.getByRole('button', { name: '取消' }).click()

    // the change is in the log; reset to the plan's default, which leaves the demo data as it was
    await admin.goto(ADMIN + '/catalogue?tab=changes')
    const change = admin.locator('[data-test="changes-table"] tbody tr').first()
    await change.waitFor()
    // in words (issue 19 §4): the category by name and the new lead bureau, no raw keys
    expect(await change.innerText()).toContain('用工')
    expect(await change.innerText()).toContain('市人才局')
    expect(await change.innerText()).not.toMatch(/labour|talent/)
    await admin.goto(ADMIN + '/catalogue')
    await admin.locator('[data-test="routing-reset-labour"]').click()
    await admin.locator('.el-popconfirm:visible .el-button--primary').click()
    await expect.poll(async () => labour.innerText()).toContain('市人力资源社会保障局')
    await coordinator.goto(appealUrl) // the suggestion comes with the appeal: read it afresh
    await coordinator.locator('[data-test="appeal-head"]').waitFor()
    expect(await dispatchLead()).toContain('市人力资源社会保障局')
  })

  it('the calendar page shows the years and warns while the next 60 days are not covered', { timeout: 90_000 }, async () => {
    const admin = await signIn('admin', '/catalogue?tab=calendar&year=2027')
    await admin.locator('[data-test="calendar-tab"] [data-test="day-2027-01-01"]').waitFor()
    await snap(admin, 'admin-catalogue-calendar-1440')
    await phone(admin, 'admin-catalogue-calendar-390')
    await admin.goto(ADMIN + '/catalogue?tab=policy')
    await admin.locator('[data-test="policy-tab"]').waitFor()
    await snap(admin, 'admin-catalogue-policy-1440')
  })
})
