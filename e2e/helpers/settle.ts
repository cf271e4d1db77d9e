import type { Page, Request } from 'playwright-core'

/**
 * Knows when a page has finished what it started: no request of the page in flight, no transition or
 * animation that ends still running (Element Plus's fades, a dialog opening; an endless one, a spinner,
 * is not waited for), the fonts loaded, and two frames painted since. A precise condition instead of a
 * fixed pause: a fast page is checked at once, a slow one as long as it needs.
 */
export function settleTracker(page: Page): { settled(timeout?: number): Promise<void> } {
  const inFlight = new Set<Request>()
  page.on('request', (request) => inFlight.add(request))
  const done = (request: Request) => inFlight.delete(request)
  page.on('requestfinished', done)
  page.on('requestfailed', done) // an aborted one too (a navigation cancels the old page's requests)
  return {
    async settled(timeout = 20_000) {
      const until = Date.now() + timeout
      for (;;) {
        const quiet = inFlight.size === 0
        const still = quiet && (await page.evaluate(stillFrames))
        // Quiet twice, a frame apart: a request started by what the last one answered is seen.
        if (still && inFlight.size === 0) return
        if (Date.now() > until) throw new Error(`the page did not settle within ${timeout} ms: ${[...inFlight].map((r) => r.url()).join(', ') || 'an animation still runs'}`)
        await page.waitForTimeout(quiet ? 0 : 25)
      }
    },
  }
}

/**
 * In the page: true when, with the fonts loaded, two frames later no animation that ends is running
 * (an endless one, a spinner, is not waited for). Checked at the end of the frames, not before them: an
 * enter transition that starts meanwhile (Element Plus's tags zoom in on mount, Vue sets the classes a
 * frame after the tag appears) is seen, and waited for.
 */
function stillFrames(): Promise<boolean> {
  return document.fonts.ready.then(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve(!document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity))),
        ),
      ),
  )
}

/**
 * Waits until an app's page shows its data — its main landmark is there, no skeleton, spinner or
 * pending loading mark is left — and then until it has settled (`settle`, from `settleTracker`).
 */
export async function pageSettled(page: Page, settle: () => Promise<void>): Promise<void> {
  await page.locator('#sp-main').waitFor({ timeout: 20_000 })
  await page.waitForFunction(() => !document.querySelector('.el-skeleton, .sp-user__spinner, [data-test="loading"], [data-test="package-loading"]'), null, { timeout: 20_000 })
  await settle()
}
