import type { Page } from 'playwright-core'

/** Whether the focused element is (or is inside) an element matching the selector. */
export function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => Boolean(document.activeElement?.closest(sel)), selector)
}

/**
 * Presses Tab (or Shift+Tab) until the focus is in an element matching the selector: what a keyboard
 * user does. Fails when `max` presses never get there (the element is not in the focus order).
 */
export async function tabTo(page: Page, selector: string, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    if (await focusIsIn(page, selector)) return
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing')
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector} (focus on ${at})`)
}

/**
 * How the focused element shows its focus: an outline at least 2px wide on it or on the radio or
 * checkbox it belongs to, or Element Plus's focused wrapper (its inputs draw focus as a coloured border).
 */
export function focusIndicator(page: Page): Promise<{ visible: boolean; style: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { visible: false, style: 'no focus' }
    const candidates = [el, el.closest('.el-input__wrapper, .el-select__wrapper, .el-textarea, .el-radio, .el-checkbox') as HTMLElement | null].filter(
      (e): e is HTMLElement => e !== null,
    )
    for (const e of candidates) {
      const s = getComputedStyle(e)
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return { visible: true, style: `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` }
      if (e !== el && (e.classList.contains('is-focus') || e.classList.contains('is-focused'))) return { visible: true, style: `focused wrapper, box-shadow ${s.boxShadow}` }
    }
    const s = getComputedStyle(el)
    return { visible: false, style: `outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}` }
  })
}
