import { passwordGrant } from '@servicepack/dev-sso'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { PORTS } from '../setup/stack.js'
import { ADMIN, DESKTOP, openBrowser, PHONE, signInOnSsoPage, signInToWeb, snap, snapFailure, SSO, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

const API = `http://localhost:${PORTS.api}`
const token = async (user: string) => (await passwordGrant(`${SSO}/realms/servicepack`, user, 'demo')).access_token
const api = async (user: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(API + path, { method, headers: { authorization: `Bearer ${await token(user)}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined })
  expect(res.status, `${method} ${path}`).toBeLessThan(300)
  return res.status === 204 ? null : res.json()
}
/** Logins the apps must never show. */
const LOGINS = /enterprise-[ab]\b|\bcoordinator\b|bureau-[a-z]+|\badmin\b/

/**
 * Issue 19 §4 and §5 as people meet them: the 变更记录 in words (no Latin letters but the names of
 * formats), names not logins on an appeal's timeline, the 辅导培训 list with its total, a drill-down
 * whose 共 N 条 is what the list holds, and the bell's 全部通知.
 */
describe('names and lists', () => {
  const browsers: Browser[] = []
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    for (const [i, b] of browsers.entries()) await snapFailure(b.page, `names-and-lists-failed-${i}`).catch(() => undefined)
  })
  afterAll(async () => {
    for (const b of browsers) await b.close()
  })

  it('the change log shows catalogue entries in words: no Latin letters except names of formats, the administrator by name', { timeout: 120_000 }, async () => {
    const routing = (await api('admin', 'GET', '/api/admin/routing')) as { categoryCode: string; version: number }[]
    const land = routing.find((e) => e.categoryCode === 'land')!
    await api('admin', 'PUT', '/api/admin/routing', { entries: [{ categoryCode: 'land', lead: 'sheitc', assisting: ['planning'], districtGovernment: true, version: land.version }] })
    await api('admin', 'POST', '/api/admin/response-templates', { bureau: 'sheitc', title: '材料补正告知（测试）', body: '您好，请补充提交营业执照副本（PDF 格式）。' })
    const b = await openBrowser({ viewport: DESKTOP })
    browsers.push(b)
    const page = b.page
    await page.goto(ADMIN + '/catalogue?tab=changes')
    await signInOnSsoPage(page, 'admin')
    const rows = page.locator('[data-test="changes-table"] tbody tr')
    await rows.first().waitFor()
    const texts = await rows.allInnerTexts()
    expect(texts.length).toBeGreaterThanOrEqual(2)
    for (const text of texts) {
      const words = text.replace(/\b(PDF|Excel|CSV|XLSX|JPG|PNG|DOCX?)\b/gi, '')
      expect(words, text).not.toMatch(/[A-Za-z]/)
    }
    expect(texts.join('\n')).toContain('刘静（管理员）')
    expect(texts.join('\n')).toContain('答复模板《材料补正告知（测试）》')
    expect(texts.join('\n')).toContain('主办：市经济信息化委')
    await snap(page, 'names-1-change-log-1440')
    await page.setViewportSize(PHONE)
    await snap(page, 'names-1-change-log-390')
  })

  it('an appeal’s timeline names people and units, never logins', { timeout: 120_000 }, async () => {
    const b = await openBrowser({ viewport: DESKTOP })
    browsers.push(b)
    const page = b.page
    await page.goto(ADMIN + '/appeals?tab=closed')
    await signInOnSsoPage(page, 'coordinator')
    await page.locator('[data-test="inbox-row"]').first().click()
    const actors = page.locator('[data-test="timeline-actor"]')
    await actors.first().waitFor()
    const names = await actors.allInnerTexts()
    expect(names.length).toBeGreaterThan(2)
    for (const n of names) expect(n).not.toMatch(LOGINS)
    expect(names.some((n) => /^[一-鿿]{2,4}（企业）$/.test(n))).toBe(true)
    expect(names.some((n) => n === '陈晓东（协调员）')).toBe(true)
    expect(await page.locator('[data-test="timeline"]').innerText()).not.toMatch(LOGINS)
    await snap(page, 'names-2-timeline-1440')
    await page.setViewportSize(PHONE)
    await snap(page, 'names-2-timeline-390')

    // a drill-down: the inbox says how many match, as the counts under the same filters do
    const filters = 'lead=sheitc&everOverdue=true'
    await page.setViewportSize(DESKTOP)
    await page.goto(ADMIN + `/appeals?tab=all&${filters}`)
    const total = page.locator('[data-test="inbox-total"]')
    await total.waitFor()
    const counts = (await api('coordinator', 'GET', `/api/appeals/counts?${filters}`)) as Record<string, number>
    const all = counts.submitted! + counts.dispatched! + counts.inProgress! + counts.responded! + counts.closed! + counts.withdrawn!
    expect(all).toBeGreaterThan(0)
    expect(await total.innerText()).toBe(`共 ${all} 条`)
    await snap(page, 'lists-3-drill-down-1440')
    await page.setViewportSize(PHONE)
    await snap(page, 'lists-3-drill-down-390')

    // the bell's 查看全部
    await page.setViewportSize(DESKTOP)
    await page.locator('[data-test="notification-bell"]').click()
    await page.locator('[data-test="notification-all"]').click()
    await page.waitForURL((url) => url.pathname === '/notifications')
    await page.locator('[data-test="notifications-total"], [data-test="notifications-empty"]').first().waitFor()
    const history = (await api('coordinator', 'GET', '/api/notifications/history')) as { total: number }
    if (history.total > 0) expect(await page.locator('[data-test="notifications-total"]').innerText()).toBe(`共 ${history.total} 条`)
    await snap(page, 'lists-4-notifications-admin-1440')
    await page.setViewportSize(PHONE)
    await snap(page, 'lists-4-notifications-admin-390')
  })

  it('the enterprise’s 辅导培训 list is paged with its total; cancelled notices are apart', { timeout: 120_000 }, async () => {
    const b = await openBrowser({ viewport: DESKTOP })
    browsers.push(b)
    const page = b.page
    await signInToWeb(page, 'enterprise-a')
    await page.goto(WEB + '/notices')
    const list = (await api('enterprise-a', 'GET', '/api/notices?status=published&upcoming=true&pageSize=1')) as { total: number }
    if (list.total > 0) {
      await page.locator('[data-test="notices-total"]').waitFor()
      expect(await page.locator('[data-test="notices-total"]').innerText()).toBe(`共 ${list.total} 场`)
    } else await page.locator('[data-test="notices-empty"]').waitFor()
    expect(await page.locator('[data-test="notice-tabs"]').innerText()).toContain('已取消')
    await snap(page, 'lists-5-notices-1440')
    await page.setViewportSize(PHONE)
    await snap(page, 'lists-5-notices-390')
    await page.setViewportSize(DESKTOP)
    await page.goto(WEB + '/notifications')
    await page.locator('[data-test="notifications-page"]').waitFor()
    await page.locator('[data-test="notifications-total"], [data-test="notifications-empty"]').first().waitFor()
    await snap(page, 'lists-6-notifications-web-1440')
    await page.setViewportSize(PHONE)
    await snap(page, 'lists-6-notifications-web-390')
  })
})
