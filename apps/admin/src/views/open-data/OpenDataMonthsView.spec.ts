import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeApi, type ApiCall } from '../../testing/fake-api'
import { appContext, userWith } from '../../testing/setup'
import OpenDataMonthsView from './OpenDataMonthsView.vue'

type Reply = { status?: number; body: unknown }
const INDEX = '/api/open-data/appeal-rates'
const CORRECT = '/api/open-data/appeal-rates/2026-11/corrections'
const version = (v: number, publishedAt: string, note: string | null) => ({ version: v, publishedAt, note, methodVersion: '2026.1' })
const monthRef = (month: string, versions: ReturnType<typeof version>[]) => ({
  month, version: versions[0]!.version, publishedAt: versions[0]!.publishedAt, firstPublishedAt: versions.at(-1)!.publishedAt,
  correctedAt: versions[0]!.version > 1 ? versions[0]!.publishedAt : null, note: versions[0]!.note, methodVersion: '2026.1',
  csv: `/api/open-data/appeal-rates/${month}.csv`, json: `/api/open-data/appeal-rates/${month}.json`, versions,
})
const november = monthRef('2026-11', [version(1, '2026-12-03T01:00:00.000Z', null)])
const octoberCorrected = monthRef('2026-10', [version(2, '2026-11-20T02:00:00.000Z', '补录一件逾期答复'), version(1, '2026-11-04T01:00:00.000Z', null)])
const index = (months: object[]) => ({ methodVersion: '2026.1', minDenominator: 5, publishWorkingDays: 3, months })
const apiError = (status: number, code: string) => ({ status, body: { statusCode: status, error: 'Error', code, message: code, correlationId: 'c-1' } })

async function open(handlers: Record<string, (call: ApiCall) => Reply | Promise<Reply>>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const api = fakeApi(handlers)
  const context = await appContext({ fetch: api.fetch, session: userWith('coordinator'), locale })
  const wrapper = mount(OpenDataMonthsView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api }
}
const q = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)
async function typeNote(text: string) {
  const note = q<HTMLTextAreaElement>('textarea[data-test="correction-note"]')!
  note.value = text
  note.dispatchEvent(new Event('input'))
  await flushPromises()
}
async function click(selector: string) {
  q<HTMLButtonElement>(selector)!.click()
  await flushPromises()
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('办理情况公开 (back office)', () => {
  it('lists the published months with their versions, the current one marked, a corrected month tagged with its note', async () => {
    const { wrapper } = await open({ [`GET ${INDEX}`]: () => ({ body: index([november, octoberCorrected]) }) })
    const nov = wrapper.find('[data-test="open-data-month-2026-11"]')
    const oct = wrapper.find('[data-test="open-data-month-2026-10"]')
    expect(nov.find('[data-test="open-data-state"]').text()).toBe('已公开')
    expect(oct.find('[data-test="open-data-state"]').text()).toBe('已更正 · 第 2 版')
    const versions = oct.findAll('[data-test="open-data-versions"] li').map((li) => li.text())
    expect(versions).toHaveLength(2)
    expect(versions[0]).toContain('第 2 版')
    expect(versions[0]).toContain('2026-11-20')
    expect(versions[0]).toContain('当前版本')
    expect(versions[0]).toContain('更正说明：补录一件逾期答复')
    expect(versions[1]).toContain('第 1 版')
    expect(versions[1]).toContain('首次公开')
    expect(versions[1]).not.toContain('当前版本')
    expect(nov.find('[data-test="open-data-csv"]').attributes('href')).toBe('http://localhost:3000/api/open-data/appeal-rates/2026-11.csv')
    expect(wrapper.text()).toContain('月末后第 3 个工作日')
  })

  it('更正 requires a note: none is sent without one', async () => {
    const { wrapper, api } = await open({ [`GET ${INDEX}`]: () => ({ body: index([november]) }), [`POST ${CORRECT}`]: () => ({ status: 201, body: november }) })
    await wrapper.find('[data-test="open-data-correct"]').trigger('click')
    await flushPromises()
    expect(q('[data-test="correction-explain"]')!.textContent).toContain('作为第 2 版向社会公开；第 1 版及更早的版本保留')
    await click('[data-test="correction-confirm"]')
    expect(q('[data-test="correction-required"]')!.textContent).toContain('请填写更正说明')
    await typeNote('   ')
    await click('[data-test="correction-confirm"]')
    expect(api.calls.filter((c) => c.method === 'POST')).toEqual([])
  })

  it('publishes the correction with the note, shows its progress, then the new version', async () => {
    let release: (r: Reply) => void = () => undefined
    const corrected = monthRef('2026-11', [version(2, '2026-12-09T03:00:00.000Z', '补录一件逾期答复'), version(1, '2026-12-03T01:00:00.000Z', null)])
    let months = [november]
    const { wrapper, api } = await open({
      [`GET ${INDEX}`]: () => ({ body: index(months) }),
      [`POST ${CORRECT}`]: () => new Promise<Reply>((resolve) => (release = resolve)),
    })
    await wrapper.find('[data-test="open-data-correct"]').trigger('click')
    await flushPromises()
    await typeNote('  补录一件逾期答复 ')
    await click('[data-test="correction-confirm"]')
    expect(q('[data-test="correction-progress"]')!.textContent).toContain('正在发布第 2 版')
    expect(q('[data-test="correction-confirm"]')!.classList).toContain('is-loading')
    expect(q<HTMLTextAreaElement>('textarea[data-test="correction-note"]')!.disabled).toBe(true)
    expect(api.last('POST', CORRECT)!.body).toEqual({ note: '补录一件逾期答复' })
    months = [corrected]
    release({ status: 201, body: corrected })
    await flushPromises()
    expect(wrapper.find('[data-test="open-data-done"]').text()).toContain('2026-11 已更正，现为第 2 版')
    expect(api.calls.filter((c) => c.method === 'GET' && c.path === INDEX)).toHaveLength(2)
    expect(wrapper.find('[data-test="open-data-month-2026-11"] [data-test="open-data-state"]').text()).toBe('已更正 · 第 2 版')
  })

  it.each([
    [409, 'OPEN_DATA_NOT_PUBLISHED', '该月尚未公开，无可更正'],
    [403, 'FORBIDDEN', ''],
  ])('a refusal (%i %s) is said in words from its code; the dialog stays open with the note', async (status, code, text) => {
    const { wrapper } = await open({ [`GET ${INDEX}`]: () => ({ body: index([november]) }), [`POST ${CORRECT}`]: () => apiError(status, code) })
    await wrapper.find('[data-test="open-data-correct"]').trigger('click')
    await flushPromises()
    await typeNote('补录')
    await click('[data-test="correction-confirm"]')
    const error = q('[data-test="correction-error"]')!.textContent!
    expect(error).not.toContain(code)
    expect(error.trim()).not.toBe('')
    if (text) expect(error).toContain(text)
    expect(q<HTMLTextAreaElement>('textarea[data-test="correction-note"]')!.value).toBe('补录')
  })

  it('in English too', async () => {
    const { wrapper } = await open({ [`GET ${INDEX}`]: () => ({ body: index([octoberCorrected]) }), [`POST /api/open-data/appeal-rates/2026-10/corrections`]: () => apiError(409, 'OPEN_DATA_NOT_PUBLISHED') }, 'en')
    expect(wrapper.find('[data-test="open-data-state"]').text()).toBe('Corrected · version 2')
    expect(wrapper.text()).toContain('Correction: 补录一件逾期答复')
    await wrapper.find('[data-test="open-data-correct"]').trigger('click')
    await flushPromises()
    await click('[data-test="correction-confirm"]')
    expect(q('[data-test="correction-required"]')!.textContent).toContain('Please write the correction note')
    await typeNote('late answer')
    await click('[data-test="correction-confirm"]')
    expect(q('[data-test="correction-error"]')!.textContent).toContain('Not published yet: nothing to correct.')
  })

  it('says when nothing is published yet, and when the list cannot be read (with a retry)', async () => {
    const empty = await open({ [`GET ${INDEX}`]: () => ({ body: index([]) }) })
    expect(empty.wrapper.find('[data-test="open-data-empty"]').text()).toContain('尚无公开的月份')
    empty.wrapper.unmount()
    let fail = true
    const { wrapper } = await open({ [`GET ${INDEX}`]: () => (fail ? apiError(503, 'SERVICE_UNAVAILABLE') : { body: index([november]) }) })
    expect(wrapper.text()).toContain('无法读取公开数据')
    fail = false
    await wrapper.find('[data-test="retry"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="open-data-month-2026-11"]').exists()).toBe(true)
  })
})
