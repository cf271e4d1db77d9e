import { flushPromises, mount } from '@vue/test-utils'
import { ElForm, ElPagination, ElSelect } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { chooseCoordinator, coordinators, twoEnterprises, page, summary, KEY_USCC } from '../../testing/enterprises'
import { fakeApi } from '../../testing/fake-api'
import { appContext, userWith } from '../../testing/setup'
import BulkStewardDialog from './components/BulkStewardDialog.vue'
import EnterpriseListView from './EnterpriseListView.vue'
import { waitFor } from '@servicepack/ui/testing'

type Handlers = Parameters<typeof fakeApi>[0]

async function mountList(handlers: Handlers, url = '/enterprises', role: 'coordinator' | 'admin' = 'coordinator') {
  const api = fakeApi({ 'GET /api/users/coordinators': { body: coordinators }, ...handlers })
  const context = await appContext({ fetch: api.fetch, session: userWith(role) })
  await context.router.push(url)
  const wrapper = mount(EnterpriseListView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api, router: context.router }
}

const listCalls = (api: ReturnType<typeof fakeApi>) => api.calls.filter((c) => c.path === '/api/enterprises')

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('enterprise list', () => {
  it('shows one row per enterprise with the 重点企业 tag, names from the catalogues and the amount in 亿元', async () => {
    const { wrapper, api } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } })
    const rows = wrapper.findAll('[data-test="enterprise-row"]')
    expect(rows.map((r) => r.attributes('data-uscc'))).toEqual([KEY_USCC, '91310112MA1G8R3N83'])
    expect(rows[0]!.find('[data-test="key-tag"]').text()).toBe('重点企业')
    expect(rows[1]!.find('[data-test="key-tag"]').exists()).toBe(false)
    expect(rows[0]!.text()).toContain('高端装备')
    expect(rows[0]!.text()).toContain('浦东新区')
    expect(rows[0]!.text()).toContain('26亿元')
    expect(rows[0]!.text()).toContain('未分配')
    expect(rows[0]!.text()).toContain('2026-11-26 10:30') // Shanghai time
    expect(rows[1]!.text()).toContain('4.2亿元')
    expect(rows[1]!.text()).toContain('李敏')
    expect(api.calls[0]).toMatchObject({ query: { page: '1', pageSize: '20' }, authorization: 'Bearer token' })
  })

  it('reads the filters from the URL, so a reload or Back keeps them', async () => {
    const { wrapper, api } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } }, '/enterprises?q=临港&key=other&district=pudong&page=2&pageSize=50')
    expect(listCalls(api)[0]!.query).toEqual({ q: '临港', key: 'false', district: 'pudong', page: '2', pageSize: '50' })
    expect((wrapper.find('[data-test="search"]').element as HTMLInputElement).value).toBe('临港')
  })

  it('sends the 重点企业, industry and district filters and puts them in the URL, back to page 1', async () => {
    const { wrapper, api, router } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } }, '/enterprises?page=3')
    await wrapper.find('[data-test="key-key"] input').setValue(true)
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ key: 'true', page: '1', pageSize: '20' })
    expect(router.currentRoute.value.query).toEqual({ key: 'key' })

    const [industry, district] = wrapper.findAllComponents(ElSelect)
    industry!.vm.$emit('update:modelValue', 'steel')
    await flushPromises()
    district!.vm.$emit('update:modelValue', 'minhang')
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ key: 'true', industry: 'steel', district: 'minhang', page: '1', pageSize: '20' })
    expect(router.currentRoute.value.query).toEqual({ key: 'key', industry: 'steel', district: 'minhang' })

    await wrapper.find('[data-test="reset-filters"]').trigger('click')
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ page: '1', pageSize: '20' })
  })

  it('searches once the user stops typing (debounced), not on every key', async () => {
    const { wrapper, api, router } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } })
    // only the timers: flushPromises runs on setImmediate
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const before = listCalls(api).length
    await wrapper.find('[data-test="search"]').setValue('瑞')
    await wrapper.find('[data-test="search"]').setValue('瑞康')
    vi.advanceTimersByTime(299)
    await flushPromises()
    expect(listCalls(api)).toHaveLength(before)
    expect(router.currentRoute.value.query).toEqual({})
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(listCalls(api)).toHaveLength(before + 1)
    expect(listCalls(api).at(-1)!.query).toEqual({ q: '瑞康', page: '1', pageSize: '20' })
    expect(router.currentRoute.value.query).toEqual({ q: '瑞康' })
  })

  it('pages through the list and changes the page size', async () => {
    const many = page(Array.from({ length: 20 }, (_, i) => summary({ uscc: `9131000000000000${String(i).padStart(2, '0')}`, name: `企业${i}` })), { total: 45 })
    const { wrapper, api, router } = await mountList({ 'GET /api/enterprises': { body: many } })
    expect(wrapper.find('.el-pagination__total').text()).toContain('45')
    await wrapper.find('.el-pagination .btn-next').trigger('click')
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ page: '2', pageSize: '20' })
    expect(router.currentRoute.value.query).toEqual({ page: '2' })

    wrapper.findComponent(ElPagination).vm.$emit('update:page-size', 50)
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ page: '1', pageSize: '50' })
  })

  it('opens the detail when a row is clicked', async () => {
    const { wrapper, router } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } })
    await wrapper.findAll('[data-test="enterprise-row"]')[1]!.trigger('click')
    // the detail is a lazy route: its chunk may take a moment to load (over a second on the shared
    // machine under load, when vitest transforms the detail view and its components on demand)
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/enterprises/91310112MA1G8R3N83'), { timeout: 4_000 })
  })

  it('shows a skeleton while loading, then an empty state when nothing matches', async () => {
    let answer: (value: { body: unknown }) => void = () => undefined
    const { wrapper } = await mountList({ 'GET /api/enterprises': () => new Promise((resolve) => (answer = resolve)) })
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(true)
    answer({ body: page([]) })
    await flushPromises()
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="empty"]').text()).toContain('没有符合条件的企业')
  })

  it('explains a failure with the request id and retries', async () => {
    let fail = true
    const { wrapper } = await mountList({
      'GET /api/enterprises': () =>
        fail
          ? { status: 403, body: { statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN', message: 'Requires role coordinator or admin', correlationId: 'req-7' } }
          : { body: twoEnterprises },
    })
    const error = wrapper.find('[data-test="error"]')
    expect(error.text()).toContain('无法读取企业列表')
    expect(error.text()).toContain('当前账号没有执行此操作的权限')
    expect(error.text()).toContain('请求编号：req-7')
    expect(error.text()).not.toContain('Requires role')
    expect(error.text()).not.toContain('403')
    fail = false
    await error.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[data-test="enterprise-row"]')).toHaveLength(2)
  })

  it('exports the current filters as CSV with the bearer token, showing progress', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:csv')
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    let answer: (value: { body: string; contentType: string }) => void = () => undefined
    const { wrapper, api } = await mountList(
      {
        'GET /api/enterprises': { body: twoEnterprises },
        'GET /api/enterprises/export': () => new Promise((resolve) => (answer = resolve)),
      },
      '/enterprises?key=key&industry=steel&page=2',
    )
    const button = wrapper.find('[data-test="export-csv"]')
    await button.trigger('click')
    await flushPromises()
    expect(button.text()).toContain('正在导出')
    expect(api.last('GET', '/api/enterprises/export')).toMatchObject({ query: { key: 'true', industry: 'steel', format: 'csv' }, authorization: 'Bearer token' })

    answer({ body: 'uscc,name\n', contentType: 'text/csv' })
    await flushPromises()
    expect(button.text()).toContain('导出 CSV')
    const blob = createObjectURL.mock.calls[0]![0] as Blob
    expect(await blob.text()).toBe('uscc,name\n')
    expect(click).toHaveBeenCalledOnce()
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^enterprises-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(document.body.textContent).toContain('已导出 2 家企业')
  })

  it('exports the same filters as XLSX from its own button', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:xlsx')
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { wrapper, api } = await mountList(
      { 'GET /api/enterprises': { body: twoEnterprises }, 'GET /api/enterprises/export': { body: 'PK', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
      '/enterprises?key=key',
    )
    expect(wrapper.find('[data-test="export-xlsx"]').text()).toContain('导出 Excel')
    await wrapper.find('[data-test="export-xlsx"]').trigger('click')
    await flushPromises()
    expect(api.last('GET', '/api/enterprises/export')).toMatchObject({ query: { key: 'true', format: 'xlsx' } })
    expect((click.mock.contexts.at(-1) as HTMLAnchorElement).download).toMatch(/^enterprises-\d{4}-\d{2}-\d{2}\.xlsx$/)
  })

  it('says why an export failed in words chosen by the code (here: wait 60 seconds)', async () => {
    const { wrapper } = await mountList({
      'GET /api/enterprises': { body: twoEnterprises },
      'GET /api/enterprises/export': {
        status: 429,
        headers: { 'retry-after': '60' },
        body: { statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: 'ThrottlerException: Too Many Requests', correlationId: 'c' },
      },
    })
    await wrapper.find('[data-test="export-csv"]').trigger('click')
    await flushPromises()
    await waitFor(() => expect(document.body.textContent).toContain('导出失败：操作过于频繁，请在 60 秒后重试'))
    expect(document.body.textContent).not.toContain('ThrottlerException')
  })

  it('sorts by any column from its header: ascending, descending, then the list’s own order, in the URL and the export', async () => {
    const { wrapper, api, router } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } }, '/enterprises?page=2')
    const header = () => wrapper.find('[data-test="sort-annualOutputValue"]')
    expect(header().element.closest('th')!.getAttribute('aria-sort')).toBe('none')
    await header().trigger('click')
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ sort: 'annualOutputValue', order: 'asc', page: '1', pageSize: '20' })
    expect(router.currentRoute.value.query).toEqual({ sort: 'annualOutputValue' })
    expect(header().element.closest('th')!.getAttribute('aria-sort')).toBe('ascending')
    await header().trigger('click')
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toMatchObject({ sort: 'annualOutputValue', order: 'desc' })
    expect(router.currentRoute.value.query).toEqual({ sort: 'annualOutputValue', order: 'desc' })
    await header().trigger('click')
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ page: '1', pageSize: '20' })
    for (const column of ['uscc', 'name', 'industry', 'district', 'steward', 'updatedAt']) {
      await wrapper.find(`[data-test="sort-${column}"]`).trigger('click')
      await flushPromises()
      expect(listCalls(api).at(-1)!.query.sort).toBe(column)
    }
  })

  it('shows a legacy steward (no account linked) as 未分配 with the former name', async () => {
    const { wrapper } = await mountList({ 'GET /api/enterprises': { body: page([summary({ stewardLegacyName: '张三' })]) } })
    expect(wrapper.find('[data-test="steward-cell"]').text()).toBe('未分配（原：张三）')
  })

  it('filters 我负责的企业 (the coordinator’s own), and offers that filter to coordinators only', async () => {
    const { wrapper, api, router } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } })
    await wrapper.find('[data-test="mine-filter"] input').setValue(true)
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ mine: 'true', page: '1', pageSize: '20' })
    expect(router.currentRoute.value.query).toEqual({ mine: 'true' })
    const admin = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } }, '/enterprises', 'admin')
    expect(admin.wrapper.find('[data-test="mine-filter"]').exists()).toBe(false)
  })

  it('filters the enterprises without a steward (未分配管家)', async () => {
    const { wrapper, api, router } = await mountList({ 'GET /api/enterprises': { body: twoEnterprises } })
    await wrapper.find('[data-test="unassigned-filter"] input').setValue(true)
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ unassigned: 'true', page: '1', pageSize: '20' })
    expect(router.currentRoute.value.query).toEqual({ unassigned: 'true' })
  })

  it('says a page past the end is past the end, and goes to the last page', async () => {
    const { wrapper, api } = await mountList({ 'GET /api/enterprises': (call) => ({ body: page(call.query.page === '9' ? [] : twoEnterprises.items, { total: 45, page: Number(call.query.page) }) }) }, '/enterprises?page=9')
    const beyond = wrapper.find('[data-test="beyond"]')
    expect(beyond.text()).toContain('第 9 页超出范围，共 3 页')
    expect(wrapper.text()).not.toContain('请调整搜索词')
    await beyond.find('[data-test="to-last-page"]').trigger('click')
    await flushPromises()
    expect(listCalls(api).at(-1)!.query).toEqual({ page: '3', pageSize: '20' })
  })

  describe('bulk steward assignment', () => {
    const other = summary({ uscc: '91310112MA1G8R3N83', name: '上海瑞康生物医药科技有限公司', isKey: false, version: 7 })
    const list = page([summary(), other])

    async function selectBothAndFill(wrapper: Awaited<ReturnType<typeof mountList>>['wrapper']) {
      for (const box of wrapper.findAll('[data-test="select-row"] input')) await box.setValue(true)
      expect(wrapper.find('[data-test="bulk-bar"]').text()).toContain('已选 2 家企业')
      await wrapper.find('[data-test="bulk-assign"]').trigger('click')
      await flushPromises()
      const dialog = document.querySelector('[data-test="bulk-steward-dialog"]') as HTMLElement
      expect(dialog.textContent).toContain('将为 2 家企业分配同一位服务管家')
      // the coordinator chosen in the searchable select (陈晓东, whose last phone is prefilled), then another phone typed
      await chooseCoordinator(wrapper.getComponent(BulkStewardDialog).getComponent(ElForm), coordinators[0]!.sub)
      const phone = dialog.querySelector('[data-test="field-phone"] input') as HTMLInputElement
      expect(phone.value).toBe('021-2311 2345')
      phone.value = '021-23119876'
      phone.dispatchEvent(new Event('input'))
      await flushPromises()
      return dialog
    }

    it('assigns one steward to the selected enterprises with the versions read, then reads the list again', async () => {
      const { wrapper, api } = await mountList({ 'GET /api/enterprises': { body: list }, 'PUT /api/enterprises/stewards': { body: { changed: [KEY_USCC], unchanged: [other.uscc] } } })
      const dialog = await selectBothAndFill(wrapper)
      ;(dialog.querySelector('[data-test="bulk-save"]') as HTMLElement).click()
      await flushPromises()
      await waitFor(() => expect(api.last('PUT', '/api/enterprises/stewards')).toBeDefined())
      expect(api.last('PUT', '/api/enterprises/stewards')!.body).toEqual({
        stewardSub: coordinators[0]!.sub,
        phone: '021-23119876',
        enterprises: [
          { uscc: KEY_USCC, version: 3 },
          { uscc: other.uscc, version: 7 },
        ],
      })
      await flushPromises()
      expect(document.body.textContent).toContain('已为 1 家企业分配服务管家；另有 1 家原本就是这位管家')
      expect(listCalls(api)).toHaveLength(2)
      expect(wrapper.find('[data-test="bulk-bar"]').exists()).toBe(false)
    })

    it('names the enterprises changed meanwhile (409), keeps what was typed, and retries with the new versions after a reload', async () => {
      let version = 7
      const { wrapper, api } = await mountList({
        'GET /api/enterprises': () => ({ body: page([summary(), { ...other, version }]) }),
        'PUT /api/enterprises/stewards': (call) =>
          (call.body as { enterprises: { version: number }[] }).enterprises[1]!.version === 8
            ? { body: { changed: [KEY_USCC, other.uscc], unchanged: [] } }
            : {
                status: 409,
                body: {
                  statusCode: 409,
                  error: 'Conflict',
                  code: 'PROFILE_VERSION_CONFLICT',
                  message: '1 of the enterprises were changed by someone else',
                  details: [{ field: 'enterprises.1.version', code: 'STALE', messages: ['changed'] }],
                  correlationId: 'c',
                },
              },
      })
      const dialog = await selectBothAndFill(wrapper)
      ;(dialog.querySelector('[data-test="bulk-save"]') as HTMLElement).click()
      await flushPromises()
      await waitFor(() => expect(dialog.querySelector('[data-test="bulk-conflict"]')).not.toBeNull())
      expect(dialog.querySelector('[data-test="bulk-conflict"]')!.textContent).toContain('以下企业在您选择之后被他人修改：上海瑞康生物医药科技有限公司')
      expect(dialog.textContent).not.toContain('changed by someone else')

      version = 8
      ;(dialog.querySelector('[data-test="bulk-reload"]') as HTMLElement).click()
      await flushPromises()
      expect(dialog.querySelector('[data-test="bulk-conflict"]')).toBeNull()
      expect(wrapper.getComponent(BulkStewardDialog).getComponent(ElForm).getComponent(ElSelect).props('modelValue')).toBe(coordinators[0]!.sub)
      ;(dialog.querySelector('[data-test="bulk-save"]') as HTMLElement).click()
      await flushPromises()
      await waitFor(() => expect(document.body.textContent).toContain('已为 2 家企业分配服务管家'))
      expect((api.last('PUT', '/api/enterprises/stewards')!.body as { enterprises: unknown }).enterprises).toEqual([
        { uscc: KEY_USCC, version: 3 },
        { uscc: other.uscc, version: 8 },
      ])
    })

    it('offers no selection to an administrator (assigning is the coordinators’ job)', async () => {
      const { wrapper } = await mountList({ 'GET /api/enterprises': { body: list } }, '/enterprises', 'admin')
      expect(wrapper.find('[data-test="select-row"]').exists()).toBe(false)
    })
  })
})
