/**
 * The accessibility check the walks rely on (helpers/axe.ts) finds what it must: a page with an image
 * without text and grey-on-white text reports both as blocking, a page without its h1 a lesser violation
 * (which the walks fail on too), the same page fixed reports nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeReport } from '../helpers/axe.js'
import { openBrowser } from '../helpers/browser.js'

type Browser = Awaited<ReturnType<typeof openBrowser>>
const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>检查</title></head><body><main><h1>检查</h1>${body}</main></body></html>`
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='

describe('the axe check of the walks', () => {
  let b: Browser
  beforeAll(async () => {
    b = await openBrowser()
  })
  afterAll(async () => b?.close())

  it('reports an image without text (critical) and text too pale to read (serious), with where they are', async () => {
    await b.page.setContent(page(`<img id="logo" src="${PIXEL}"><p id="pale" style="color:#ccc;background:#fff">浅灰色的说明文字</p>`))
    const report = await axeReport(b.page)
    expect(report.counts.critical).toBeGreaterThanOrEqual(1)
    expect(report.counts.serious).toBeGreaterThanOrEqual(1)
    expect(report.blocking.find((line) => line.startsWith('critical image-alt'))).toContain('#logo')
    expect(report.blocking.find((line) => line.startsWith('serious color-contrast'))).toContain('#pale')
  })

  it('reports a page without a first-level heading as a moderate violation, not a blocking one', async () => {
    await b.page.setContent(page('<p>正文</p>').replace('<h1>检查</h1>', '<h2>检查</h2>'))
    const report = await axeReport(b.page)
    expect(report.violations.some((line) => line.startsWith('moderate page-has-heading-one'))).toBe(true)
    expect(report.blocking).toEqual([])
  })

  it('reports nothing once the image has its text and the text its contrast', async () => {
    await b.page.setContent(page(`<img id="logo" src="${PIXEL}" alt="标志"><p id="pale" style="color:#333;background:#fff">深色的说明文字</p>`))
    const report = await axeReport(b.page)
    expect(report.violations).toEqual([])
    expect(report.counts).toEqual({ critical: 0, serious: 0, moderate: 0, minor: 0 })
  })
})
