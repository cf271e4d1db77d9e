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

  it('lists 重点企业 first, searches, opens enterprise-b and assigns a coordinator account as steward, whom enterprise-b then sees', async () => {
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
    await expect.poll(async () => rows.count()).toBe(1)
    expect(page.url()).toContain('q=')
    await rows.first().click()
    await page.waitForURL((u) => u.pathname === `/enterprises/${B}`)

    await page.goto(`${ADMIN}/enterprises/${B}?tab=steward`)
    await page.locator('[data-test="assign-steward"]').click()
    const dialog = page.locator('[data-test="steward-dialog"]')
    // the demo seed put both demo coordinators in the directory: search, choose 王芳 (coordinator-2)
    await dialog.locator('[data-test="steward-select"]').click()
    await page.keyboard.type('coordinator-2')
    const option = page.locator('[data-test="steward-option-coordinator-2"]')
    await option.waitFor()
    expect(await option.innerText()).toContain('最近登录')
    await snap(page, 'admin-steward-select')
    await option.click()
    await dialog.locator('[data-test="field-phone"] input').fill('021-23119876')
    await page.locator('[data-test="steward-save"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('[data-test="steward"]').waitFor()
    const shown = await page.locator('[data-test="steward"]').innerText()
    expect(shown).toContain('王芳')
    expect(shown).toContain('coordinator-2')
    expect(shown).toContain('coordinator-2@demo.servicepack.example')
    await snap(page, 'admin-enterprise-steward')

    const enterprise = await openBrowser()
    try {
      await enterprise.page.goto(WEB + '/')
      await enterprise.page.locator('.sp-user__login').click()
      await signInOnSsoPage(enterprise.page, 'enterprise-b')
      await enterprise.page.waitForURL(WEB + '/package')
      const steward = enterprise.page.locator('[data-test="steward"]')
      await expect.poll(async () => steward.innerText()).toContain('王芳')
      expect(await steward.innerText()).toContain('021-23119876')
      expect(await steward.innerText()).toContain('coordinator-2@demo.servicepack.example')
    } finally {
      await enterprise.close()
    }
  })

  it('the coordinator, steward of enterprise-a’s company in the demo data, sees 我负责的企业 and their appeals first', async () => {
    const { page } = b
    await page.goto(ADMIN + '/')
    await signInOnSsoPage(page, 'coordinator')
    const todo = page.locator('[data-test="todo-mine"]')
    await expect.poll(async () => todo.innerText()).toMatch(/我负责的企业的诉求\s*\d+/)
    await page.locator('[data-test="figure-mine"]').waitFor()
    expect(Number((await page.locator('[data-test="figure-mine"]').innerText()).match(/\d+/)![0])).toBeGreaterThan(0)

    // the inbox leads with the appeals of their enterprises, tagged 我负责
    await page.goto(ADMIN + '/appeals')
    const rows = page.locator('[data-test="inbox-row"]')
    await rows.first().waitFor()
    const tags = await rows.evaluateAll((els) => els.map((el) => el.querySelector('[data-test="mine"]') !== null))
    expect(tags[0]).toBe(true)
    expect(tags).toEqual([...tags].sort((x, y) => Number(y) - Number(x)))

    await page.goto(ADMIN + '/appeals?tab=mine')
    await rows.first().waitFor()
    expect(await rows.evaluateAll((els) => els.every((el) => el.querySelector('[data-test="mine"]') !== null))).toBe(true)
    await snap(page, 'admin-inbox-mine')

    await page.goto(ADMIN + '/enterprises?mine=true')
    const mine = page.locator('[data-test="enterprise-row"]')
    await mine.first().waitFor()
    expect(await page.locator('[data-test="steward-cell"]').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('陈晓东')]))
  })
})
