import type { Page } from 'playwright-core'
import { horizontalOverflow } from './page-checks.js'

/**
 * The sideways check at any window size (the every-page walk runs it at 390 px and at 1440 px): a problem line naming the widest elements when the page is wider than its window, else null.
 */
export async function overflowProblem(page: Page, where: string): Promise<string | null> {
  const { width } = page.viewportSize() ?? { width: 0 }
  const overflow = await horizontalOverflow(page)
  return overflow.scrollWidth > width ? `${where}: ${overflow.scrollWidth}px wide at ${width}px (${overflow.widest.join('; ')})` : null
}
