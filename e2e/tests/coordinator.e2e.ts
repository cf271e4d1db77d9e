import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, openBrowser, signInOnSsoPage, snap, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>

const B = '91310112MA1G8R3N83' // enterprise-b: no steward in the demo data

describe('coordinator: enterprises and their stewards', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('lists 重点企业 first, searches, opens enterprise-b and assigns a steward whom enterprise-b then sees', async () => {
    const { page } = b
    await page.goto(ADMIN + '/enterprises')
    await signInOnSsoPage(page, 'coordinator')
    const rows = page.locator('[data-test="enterprise-row"]')
    await rows.first().waitFor()
    // key enterprises first: every key tag comes before every row without one
    const keyFlags = await rows.evaluateAll((els) => els.map((el) => el.querySelector('[data-test="key-tag"]') !== null))
    expect(keyFlags.length).toBeGreaterThanOrEqual(6)
    expect(keyFlags).toEqual([...keyFlags].sort((x, y) => Number(y) - Number(x)))
    await snap(page, 'admin-enterprise-list')

    await page.locator('[data-test="search"]').fill('瑞康')
    await expect.poll(async () => rows.count(), { timeout: 5000 }).toBe(1)
    expect(page.url()).toContain('q=')
    await rows.first().click()
    await page.waitForURL((u) => u.pathname === `/enterprises/${B}`)

    await page.goto(`${ADMIN}/enterprises/${B}?tab=steward`)
    await page.locator('[data-test="assign-steward"]').click()
    const dialog = page.locator('[data-test="steward-dialog"]')
    await dialog.locator('[data-test="field-name"] input').fill('张卫东')
    await dialog.locator('[data-test="field-phone"] input').fill('021-23119876')
    await dialog.locator('[data-test="field-email"] input').fill('zhangwd@sheitc.example.gov.cn')
    await page.locator('[data-test="steward-save"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('[data-test="steward"]').waitFor()
    expect(await page.locator('[data-test="steward"]').innerText()).toContain('张卫东')
    await snap(page, 'admin-enterprise-steward')

    const enterprise = await openBrowser()
    try {
      await enterprise.page.goto(WEB + '/')
      await enterprise.page.locator('.sp-user__login').click()
      await signInOnSsoPage(enterprise.page, 'enterprise-b')
      await enterprise.page.waitForURL(WEB + '/package')
      const steward = enterprise.page.locator('[data-test="steward"]')
      await expect.poll(async () => steward.innerText(), { timeout: 10000 }).toContain('张卫东')
      expect(await steward.innerText()).toContain('021-23119876')
    } finally {
      await enterprise.close()
    }
  })
})
