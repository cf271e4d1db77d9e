import { appealSummaryFixture, waitFor } from '@servicepack/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../testing/fake-api'
import { appContext, userWith } from '../../testing/setup'
import AppealInboxView from './AppealInboxView.vue'

const counts = { submitted: 58, dispatched: 118, inProgress: 208, responded: 90, closed: 480, withdrawn: 52, overdue: 185, dueSoon: 3, pendingExtension: 2, toAccept: 4, toAnswer: 6, awaitingOpinion: 3, reopened: 1, mine: 7 }
const rows = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) =>
    appealSummaryFixture({ id: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`, number: `SQ-2026-${String(from + i + 1).padStart(6, '0')}`, title: `诉求 ${from + i}` }),
  )
type Handlers = Parameters<typeof fakeApi>[0]

async function mountInbox(url = '/appeals', handlers: Handlers = {}, roles: Parameters<typeof userWith> = ['coordinator']) {
  const api = fakeApi({
    'GET /api/appeals/counts': { body: counts },
    'GET /api/appeals': (call) => ({ body: call.query.cursor === 'c-1' ? { items: rows(5, 20), nextCursor: null } : { items: rows(20), nextCursor: 'c-1' } }),
    ...handlers,
  })
  const context = await appContext({ fetch: api.fetch, session: userWith(...roles) })
  await context.router.push(url)
  const wrapper = mount(AppealInboxView, { global: context.global, attachTo: document.body })
  await flushPromises()
  const lists = () => api.calls.filter((c) => c.path === '/api/appeals')
  return { wrapper, api, lists, router: context.router }
}

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('appeals inbox', () => {
  it('after a drill-down, says how many appeals match (共 N 条) and the tab counts follow the filters', async () => {
    const drilled = { ...counts, submitted: 0, dispatched: 12, inProgress: 40, responded: 20, closed: 4, withdrawn: 0, overdue: 76 }
    const { wrapper, api, router } = await mountInbox('/appeals?tab=overdue&lead=sheitc&everOverdue=true&dispatchedFrom=2026-07-01&dispatchedTo=2026-09-30', {
      'GET /api/appeals/counts': (call) => ({ body: call.query.lead ? drilled : counts }),
    })
    const countCalls = () => api.calls.filter((c) => c.path === '/api/appeals/counts')
    expect(countCalls().at(-1)!.query).toEqual({ lead: 'sheitc', everOverdue: 'true', dispatchedFrom: '2026-07-01', dispatchedTo: '2026-09-30' })
    expect(wrapper.find('[data-test="inbox-total"]').text()).toBe('共 76 条')
    await router.push('/appeals?tab=all&lead=sheitc&everOverdue=true&dispatchedFrom=2026-07-01&dispatchedTo=2026-09-30')
    await flushPromises()
    expect(wrapper.find('[data-test="inbox-total"]').text()).toBe('共 76 条')
    await router.push('/appeals?tab=all')
    await flushPromises()
    expect(countCalls().at(-1)!.query).toEqual({})
    expect(wrapper.find('[data-test="inbox-total"]').text()).toBe(`共 ${58 + 118 + 208 + 90 + 480 + 52} 条`)
  })

  it('shows the tabs with their counts and one row per appeal, with the bearer token', async () => {
    const { wrapper, lists } = await mountInbox()
    expect(wrapper.find('[data-test="count-all"]').text()).toBe('1006')
    expect(wrapper.find('[data-test="tab-submitted"]').text()).toBe('待派单58')
    expect(wrapper.find('[data-test="tab-overdue"]').text()).toBe('已超期185')
    expect(wrapper.find('[data-test="tab-dueSoon"]').text()).toBe('即将超期3')
    expect(wrapper.find('[data-test="tab-pendingExtension"]').text()).toBe('待审批延期2')
    const row = wrapper.findAll('[data-test="inbox-row"]')
    expect(row).toHaveLength(20)
    expect(row[0]!.text()).toContain('SQ-2026-000001')
    expect(row[0]!.text()).toContain('上海芯联微电子有限公司')
    expect(row[0]!.text()).toContain('研发')
    expect(row[0]!.text()).toContain('未派单')
    expect(lists()[0]).toMatchObject({ query: { sort: 'created_desc', limit: '20' }, authorization: 'Bearer token' })
  })

  it('gives a coordinator the 我负责的企业 tab (open appeals of the enterprises they are the steward of) and marks those rows', async () => {
    const mine = appealSummaryFixture({ id: '00000000-0000-4000-8000-00000000aaaa', number: 'SQ-2026-000900', mine: true })
    const { wrapper, lists } = await mountInbox('/appeals?tab=mine', { 'GET /api/appeals': { body: { items: [mine, ...rows(2)], nextCursor: null } } })
    expect(wrapper.find('[data-test="tab-mine"]').text()).toBe('我负责的企业7')
    expect(wrapper.find('[data-test="tab-mine"]').attributes('aria-selected')).toBe('true')
    expect(lists()[0]!.queryAll).toEqual({ mine: ['true'], status: ['submitted', 'dispatched', 'in_progress'], sort: ['created_desc'], limit: ['20'] })
    const tagged = wrapper.findAll('[data-test="inbox-row"]').map((row) => row.find('[data-test="mine"]').exists())
    expect(tagged).toEqual([true, false, false])
    expect(wrapper.find('[data-test="mine"]').text()).toBe('我负责')
  })

  it('offers no 我负责的企业 tab to a bureau officer or an admin (stewards are coordinators)', async () => {
    for (const role of ['bureau_officer', 'admin'] as const) {
      const { wrapper } = await mountInbox('/appeals', {}, [role])
      expect(wrapper.find('[data-test="tab-mine"]').exists(), role).toBe(false)
      wrapper.unmount()
    }
  })

  it('reads tab, filters and sort from the URL (a reload, Back and the 工作台 links keep them)', async () => {
    const { wrapper, lists } = await mountInbox('/appeals?tab=overdue&category=land&bureau=planning&enterprise=91310115MA1K4C7L8X&q=扩建&sort=due_asc')
    expect(lists()[0]!.query).toEqual({ overdue: 'true', category: 'land', bureau: 'planning', enterprise: '91310115MA1K4C7L8X', q: '扩建', sort: 'due_asc', limit: '20' })
    expect(wrapper.find('[data-test="tab-overdue"]').attributes('aria-selected')).toBe('true')
    expect((wrapper.find('[data-test="search"]').element as HTMLInputElement).value).toBe('扩建')
  })

  it('puts a tab, a filter and the sort in the URL and asks again', async () => {
    const { wrapper, lists, router } = await mountInbox()
    await wrapper.find('[data-test="tab-submitted"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ tab: 'submitted' })
    expect(lists().at(-1)!.query).toMatchObject({ status: 'submitted' })

    const [category, bureau, sort] = wrapper.findAllComponents(ElSelect)
    category!.vm.$emit('update:modelValue', 'rnd')
    await flushPromises()
    bureau!.vm.$emit('update:modelValue', 'stcsm')
    await flushPromises()
    sort!.vm.$emit('update:modelValue', 'due_asc')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ tab: 'submitted', category: 'rnd', bureau: 'stcsm', sort: 'due_asc' })
    expect(lists().at(-1)!.query).toEqual({ status: 'submitted', category: 'rnd', bureau: 'stcsm', sort: 'due_asc', limit: '20' })

    await wrapper.find('[data-test="reset-filters"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ tab: 'submitted' })
  })

  it('filters by enterprise only with a valid USCC, and searches once typing stops', async () => {
    const { wrapper, lists, router } = await mountInbox()
    const enterprise = wrapper.find('[data-test="enterprise-filter"]')
    await enterprise.setValue('9131')
    await enterprise.trigger('change')
    await flushPromises()
    expect(wrapper.text()).toContain('请输入 18 位统一社会信用代码')
    expect(router.currentRoute.value.query).toEqual({})
    await enterprise.setValue('91310115ma1k4c7l8x')
    await enterprise.trigger('change')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ enterprise: '91310115MA1K4C7L8X' })

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const before = lists().length
    await wrapper.find('[data-test="search"]').setValue('SQ-2026')
    vi.advanceTimersByTime(299)
    await flushPromises()
    expect(lists()).toHaveLength(before)
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(lists().at(-1)!.query).toMatchObject({ q: 'SQ-2026', enterprise: '91310115MA1K4C7L8X' })
  })

  it('pages by keyset: "load more" sends the cursor and appends', async () => {
    const { wrapper, lists } = await mountInbox('/appeals?tab=dispatched')
    expect(wrapper.find('[data-test="shown"]').text()).toBe('已显示 20 条')
    await wrapper.find('[data-test="load-more"]').trigger('click')
    await flushPromises()
    expect(lists().at(-1)!.query).toEqual({ status: 'dispatched', sort: 'created_desc', limit: '20', cursor: 'c-1' })
    expect(wrapper.findAll('[data-test="inbox-row"]')).toHaveLength(25)
    expect(wrapper.find('[data-test="load-more"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="shown"]').text()).toBe('已显示全部 25 条')
  })

  it('shows a bureau officer no 待派单 tab and no bureau filter (the API scopes the list to the bureau)', async () => {
    const { wrapper } = await mountInbox('/appeals', {}, ['bureau_officer'])
    expect(wrapper.find('[data-test="tab-submitted"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="tab-dispatched"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="bureau-filter"]').exists()).toBe(false)
  })

  it('shows a skeleton, an empty state, and a failure by its code with a retry', async () => {
    let answer: (r: { body: unknown }) => void = () => undefined
    const pending = await mountInbox('/appeals', { 'GET /api/appeals': () => new Promise((resolve) => (answer = resolve)) })
    expect(pending.wrapper.find('[data-test="loading"]').exists()).toBe(true)
    answer({ body: { items: [], nextCursor: null } })
    await flushPromises()
    expect(pending.wrapper.find('[data-test="empty"]').text()).toContain('没有符合条件的诉求')
    document.body.innerHTML = ''

    let up = false
    const failing = await mountInbox('/appeals', {
      'GET /api/appeals': () => (up ? { body: { items: rows(1), nextCursor: null } } : { status: 503, body: { statusCode: 503, error: 'Service Unavailable', code: 'SERVICE_UNAVAILABLE', message: 'db down', correlationId: 'req-9' } }),
    })
    const error = failing.wrapper.find('[data-test="error"]')
    expect(error.text()).toContain('服务暂时不可用')
    expect(error.text()).toContain('req-9')
    expect(error.text()).not.toContain('db down')
    up = true
    await error.find('button').trigger('click')
    await flushPromises()
    expect(failing.wrapper.findAll('[data-test="inbox-row"]')).toHaveLength(1)
  })

  it('opened from the 三率 dashboard, asks for the figure’s appeals and shows the filters as removable tags', async () => {
    const { wrapper, lists, router } = await mountInbox('/appeals?lead=planning&dispatchedFrom=2026-06-01&dispatchedTo=2026-11-30&everOverdue=true')
    expect(lists().at(-1)!.query).toEqual({ sort: 'created_desc', limit: '20', lead: 'planning', dispatchedFrom: '2026-06-01', dispatchedTo: '2026-11-30', everOverdue: 'true' })
    const tags = wrapper.find('[data-test="drill-tags"]')
    expect(tags.text()).toContain('主办单位：市规划资源局')
    expect(tags.text()).toContain('派单日期起：2026-06-01')
    expect(tags.text()).toContain('曾超期：是')
    await wrapper.find('[data-test="drill-lead"] .el-tag__close').trigger('click')
    await waitFor(() => expect(router.currentRoute.value.query.lead).toBeUndefined())
    await wrapper.find('[data-test="drill-clear"]').trigger('click')
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/appeals'))
    await flushPromises()
    expect(wrapper.find('[data-test="drill-tags"]').exists()).toBe(false)
  })

  it('exports the current tab, filters and sort (no paging) as CSV or Excel with the bearer token, showing progress', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    let answer: (value: { body: string; contentType: string }) => void = () => undefined
    const { wrapper, api } = await mountInbox('/appeals?tab=overdue&category=land&q=扩建&sort=due_asc', {
      'GET /api/appeals/export': () => new Promise((resolve) => (answer = resolve)),
    })
    const csv = wrapper.find('[data-test="export-csv"]')
    const xlsx = wrapper.find('[data-test="export-xlsx"]')
    expect(csv.text()).toBe('导出 CSV')
    expect(xlsx.text()).toBe('导出 Excel')
    await csv.trigger('click')
    await flushPromises()
    expect(csv.classes()).toContain('is-loading')
    expect(xlsx.attributes('disabled')).toBeDefined()
    expect(api.last('GET', '/api/appeals/export')).toMatchObject({
      query: { overdue: 'true', category: 'land', q: '扩建', sort: 'due_asc', format: 'csv' },
      authorization: 'Bearer token',
    })
    expect(api.last('GET', '/api/appeals/export')!.query).not.toHaveProperty('limit')

    answer({ body: '编号,标题\r\n', contentType: 'text/csv' })
    await flushPromises()
    expect(csv.classes()).not.toContain('is-loading')
    expect(await (createObjectURL.mock.calls[0]![0] as Blob).text()).toBe('编号,标题\r\n')
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^诉求-\d{4}-\d{2}-\d{2}\.csv$/)
    await waitFor(() => expect(document.body.textContent).toContain('已导出'))

    await xlsx.trigger('click')
    await flushPromises()
    expect(xlsx.classes()).toContain('is-loading')
    answer({ body: 'PK', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    await flushPromises()
    expect(api.last('GET', '/api/appeals/export')!.query.format).toBe('xlsx')
    expect((click.mock.contexts[1] as HTMLAnchorElement).download).toMatch(/^诉求-\d{4}-\d{2}-\d{2}\.xlsx$/)
  })

  it('says why an export was refused in words chosen by the code (too many rows: narrow the filters)', async () => {
    const { wrapper } = await mountInbox('/appeals', {
      'GET /api/appeals/export': { status: 400, body: { statusCode: 400, error: 'Bad Request', code: 'EXPORT_TOO_LARGE', message: '60000 appeals match', correlationId: 'c' } },
    })
    await wrapper.find('[data-test="export-xlsx"]').trigger('click')
    await flushPromises()
    await waitFor(() => expect(document.body.textContent).toContain('导出失败：符合条件的记录过多，超出导出上限，请缩小筛选范围后再导出'))
    expect(document.body.textContent).not.toContain('60000 appeals match')
  })
})
