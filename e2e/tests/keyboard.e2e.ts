/**
 * Keyboard alone (issue 19 §7): an enterprise writes and sends an appeal on the intake form, the
 * coordinator dispatches it in the dispatch dialog, and the enterprise registers for a notice, each
 * with Tab, Shift+Tab, Enter, Space, arrow keys and typing only: no clicks on these pages (signing in
 * on the SSO's page uses the shared helpers). Each control reached shows a visible focus indicator,
 * and axe-core finds no serious or critical violation on the open dialog.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeReport } from '../helpers/axe.js'
import { ADMIN, openBrowser, signInOnSsoPage, signInToWeb, snap, WEB } from '../helpers/browser.js'
import { focusIndicator, focusIsIn, tabTo } from '../helpers/keyboard.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>
/** The demo seed's upcoming notice for 集成电路 (enterprise-a's industry), which enterprise-a has not registered for. */
const NOTICE = '/notices/5eed0001-0000-4000-8000-000000000002'
const TITLE = '键盘操作提交的诉求：研发费用加计扣除口径咨询'

async function expectFocusVisible(page: Page, what: string) {
  const focus = await focusIndicator(page)
  expect(focus.visible, `${what}: ${focus.style}`).toBe(true)
}

/** Chooses an option in the focused Element Plus select: ArrowDown opens it and then moves to the first option, `steps` more down, Enter. */
async function chooseInSelect(page: Page, steps = 0) {
  const hovered = page.locator('.el-select-dropdown__item.is-hovering:visible')
  for (let i = 0; i < 5 && !(await hovered.count()); i++) {
    await page.keyboard.press('ArrowDown')
    await page.waitForTimeout(300)
  }
  await hovered.first().waitFor()
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
}

/** Empties the focused text field and types into it. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.type(text)
}

describe('keyboard alone', () => {
  let enterprise: Browser
  let coordinator: Browser
  let number = ''
  beforeAll(async () => {
    enterprise = await openBrowser()
    coordinator = await openBrowser()
    await signInToWeb(enterprise.page, 'enterprise-a')
  })
  afterAll(async () => {
    await enterprise?.close()
    await coordinator?.close()
  })

  it('an enterprise fills in and sends the intake form', { timeout: 120_000 }, async () => {
    const { page } = enterprise
    await page.goto(WEB + '/appeals/new')
    await page.locator('[data-test="intake"]').waitFor()

    await tabTo(page, '[data-test="field-category"]')
    await expectFocusVisible(page, 'category')
    await chooseInSelect(page)
    await expect.poll(() => page.locator('[data-test="field-category"] .el-select__placeholder:not(.is-transparent)').innerText()).not.toBe('')

    await tabTo(page, '[data-test="field-title"]')
    await expectFocusVisible(page, 'title')
    await page.keyboard.type(TITLE)
    await page.keyboard.press('Tab')
    expect(await focusIsIn(page, '[data-test="field-description"]')).toBe(true)
    await page.keyboard.type('我司今年研发投入较大，想确认委托外部机构的研发费用是否可以按比例加计扣除，以及需要准备哪些材料。')
    // back and forth: Shift+Tab returns to the title, which kept its text
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(TITLE)

    await tabTo(page, '[data-test="field-contact-name"]')
    await retype(page, '张敏')
    await page.keyboard.press('Tab')
    expect(await focusIsIn(page, '[data-test="field-contact-phone"]')).toBe(true)
    await retype(page, '021-55501234')

    await tabTo(page, '[data-test="submit-appeal"]')
    await expectFocusVisible(page, 'submit')
    await snap(page, 'keyboard-intake-submit-focused')
    await page.keyboard.press('Enter')
    await page.locator('[data-test="submitted"]').waitFor({ timeout: 20_000 })
    number = (await page.locator('[data-test="tracking-number"]').innerText()).trim()
    expect(number).toMatch(/^SQ-\d{4}-\d{6}$/)
  })

  it('the coordinator dispatches it in the dispatch dialog', { timeout: 120_000 }, async () => {
    expect(number).not.toBe('')
    const { page } = coordinator
    await page.goto(ADMIN + '/')
    await signInOnSsoPage(page, 'coordinator')
    await page.locator('[data-test="user-menu"]').waitFor()
    await page.goto(`${ADMIN}/appeals?q=${encodeURIComponent(number)}`)
    await page.locator('[data-test="inbox-row"]').first().waitFor()
    await tabTo(page, '[data-test="inbox-row"]', { max: 80 })
    await expectFocusVisible(page, 'inbox row')
    await page.keyboard.press('Enter')
    await page.locator('[data-test="appeal-head"]').waitFor()
    expect(await page.locator('[data-test="appeal-number"]').innerText()).toBe(number)

    await tabTo(page, '[data-test="action-dispatch"]', { max: 80 })
    await expectFocusVisible(page, 'dispatch button')
    await page.keyboard.press('Enter')
    const dialog = page.locator('[data-test="dispatch-dialog"]')
    await dialog.waitFor()
    // the focus moves into the dialog and stays there
    await expect.poll(() => focusIsIn(page, '.el-dialog, .el-overlay-dialog')).toBe(true)
    // axe measures contrast as painted: wait until the dialog's opening fade has finished
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
    const axe = await axeReport(page)
    expect(axe.blocking, 'axe on the dispatch dialog').toEqual([])

    await tabTo(page, '[data-test="dispatch-lead"]')
    await expectFocusVisible(page, 'lead bureau')
    const lead = await page.locator('[data-test="dispatch-lead"] .el-select__selected-item:not(.el-select__placeholder)').count()
    if (!lead) await chooseInSelect(page)
    await expect.poll(() => dialog.locator('[data-test="dispatch-lead"]').innerText()).not.toBe('')

    // 复杂 with the arrow keys in the radio group
    await tabTo(page, '[data-test="dispatch-complexity"]')
    await expectFocusVisible(page, 'complexity')
    const before = await dialog.locator('[data-test="dispatch-complexity"] input:checked').getAttribute('value')
    await page.keyboard.press(before === 'complex' ? 'ArrowLeft' : 'ArrowRight')
    const after = await dialog.locator('[data-test="dispatch-complexity"] input:checked').getAttribute('value')
    expect(after).not.toBe(before)
    await page.keyboard.press(before === 'complex' ? 'ArrowRight' : 'ArrowLeft')
    expect(await dialog.locator('[data-test="dispatch-complexity"] input:checked').getAttribute('value')).toBe(before)

    await tabTo(page, '[data-test="dispatch-note"]')
    await page.keyboard.type('请主办单位三个工作日内联系企业。')
    await tabTo(page, '[data-test="dispatch-confirm"]')
    await expectFocusVisible(page, 'confirm')
    await snap(page, 'keyboard-dispatch-confirm-focused')
    await page.keyboard.press('Space')
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 })
    await expect.poll(() => page.locator('[data-test="appeal-head"] [data-test="appeal-status"]').innerText()).not.toBe('待派单')
  })

  it('an enterprise registers for a notice', { timeout: 120_000 }, async () => {
    const { page } = enterprise
    await page.goto(WEB + NOTICE)
    const form = page.locator('[data-test="register-form"]')
    await form.waitFor()

    await tabTo(page, '[data-test="contact-name"]', { max: 80 })
    await expectFocusVisible(page, 'contact name')
    await retype(page, '张敏')
    await page.keyboard.press('Tab')
    expect(await focusIsIn(page, '[data-test="contact-phone"]')).toBe(true)
    await retype(page, '13800138000')
    await tabTo(page, '[data-test="attendees"] input')
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => page.locator('[data-test="attendees"] input').inputValue()).toBe('2')
    await tabTo(page, '[data-test="register"]')
    await expectFocusVisible(page, 'register')
    await page.keyboard.press('Enter')
    await page.locator('[data-test="my-status"]').waitFor({ timeout: 20_000 })
    await snap(page, 'keyboard-notice-registered')
    expect(await page.locator('[data-test="result"]').innerText()).not.toBe('')
  })
})
