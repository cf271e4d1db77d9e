/**
 * A page whose code cannot be loaded (a deployment replaced the chunks under an open tab, the network
 * dropped) is loaded afresh once; if that fails too, the app says so instead of doing nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, snap, WEB } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>
const CATALOGUE_CHUNK = /\/assets\/MeasuresView-[^/]+\.js$/

describe('a failed chunk load is not silent', () => {
  let b: Browser
  beforeEach(async () => {
    b = await openBrowser()
  })
  afterEach(async () => b?.close())

  it('reloads once when the catalogue’s code is gone, then says the page did not load and loads it when asked', async () => {
    const { page } = b
    await page.goto(WEB + '/')
    await page.locator('.home-hero').waitFor()
    let aborted = 0
    await page.route(CATALOGUE_CHUNK, (route) => {
      aborted += 1
      return route.abort('failed')
    })
    const loads: string[] = []
    page.on('load', () => loads.push(page.url()))

    await page.locator('.sp-shell__topnav [data-nav="/measures"]').click()
    const notice = page.locator('[data-test="chunk-load-failed"]')
    await notice.waitFor({ timeout: 20_000 })
    expect(loads).toEqual([`${WEB}/measures`]) // loaded afresh once, at the page asked for
    expect(aborted).toBeGreaterThanOrEqual(2)
    expect(await notice.innerText()).toContain('页面没有加载成功')
    await snap(page, 'web-chunk-load-failed')

    await page.unroute(CATALOGUE_CHUNK)
    await page.locator('[data-test="chunk-reload"]').click()
    await page.locator('[data-test="catalogue-entry"]').first().waitFor()
    expect(await notice.count()).toBe(0)
  })
})
