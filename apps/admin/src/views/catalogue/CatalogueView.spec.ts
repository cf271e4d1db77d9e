import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CalendarYear, DeadlinePolicy, RoutingEntry } from '../../api/catalogues'
import { fakeApi, type ApiCall } from '../../testing/fake-api'
import { appContext, userWith } from '../../testing/setup'
import CatalogueView from './CatalogueView.vue'
import { waitFor } from '@servicepack/ui/testing'

type Handlers = Parameters<typeof fakeApi>[0]

const land = (over: Partial<RoutingEntry> = {}): RoutingEntry => ({
  categoryCode: 'land', lead: 'planning', assisting: ['sheitc'], districtGovernment: true,
  default: { lead: 'planning', assisting: ['sheitc'], districtGovernment: true }, overridden: false, version: 0, updatedAt: null, updatedBy: null, updatedByName: null, ...over,
})
const labour = (): RoutingEntry => ({ ...land(), categoryCode: 'labour', lead: 'hrss', districtGovernment: false, default: { lead: 'hrss', assisting: ['sheitc'], districtGovernment: false } })

async function mountAt(url: string, handlers: Handlers) {
  const api = fakeApi(handlers)
  const context = await appContext({ fetch: api.fetch, session: userWith('admin') })
  await context.router.push(url)
  const wrapper = mount(CatalogueView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api, router: context.router }
}
/** Clicks what the selector finds once it is there: a popconfirm's buttons appear when its popper opens (a timer of Element Plus's), not on the next tick. */
const click = async (selector: string) => {
  const element = await waitFor(() => document.querySelector<HTMLElement>(selector) ?? Promise.reject(new Error(`${selector} is not on the page`)))
  element.click()
  await flushPromises()
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('routing catalogue', () => {
  it('shows each category’s bureaus, changed ones against the plan, and saves an entry with the version read', async () => {
    let stored = [land(), labour()]
    const { wrapper, api } = await mountAt('/catalogue', {
      'GET /api/admin/routing': () => ({ body: stored }),
      'PUT /api/admin/routing': (call: ApiCall) => {
        stored = [land({ lead: 'gov-pudong', assisting: ['planning'], districtGovernment: false, overridden: true, version: 1, updatedBy: 'admin', updatedAt: '2026-11-29T02:00:00.000Z' }), labour()]
        return { body: stored, status: (call.body as { entries: unknown[] }).entries.length ? 200 : 400 }
      },
    })
    const table = wrapper.find('[data-test="routing-table"]')
    expect(table.text()).toContain('用地')
    expect(table.text()).toContain('市规划资源局')
    expect(table.text()).toContain('方案默认')
    await click('[data-test="routing-edit-land"]')
    const selects = wrapper.findAllComponents(ElSelect).filter((s) => s.attributes('data-test')?.startsWith('routing-'))
    const [lead, assisting] = selects
    lead!.vm.$emit('update:modelValue', 'gov-pudong')
    assisting!.vm.$emit('update:modelValue', ['planning'])
    await flushPromises()
    await click('[data-test="routing-district"]')
    await click('[data-test="routing-save"]')
    expect(api.last('PUT', '/api/admin/routing')!.body).toEqual({ entries: [{ categoryCode: 'land', lead: 'gov-pudong', assisting: ['planning'], districtGovernment: false, version: 0 }] })
    expect(wrapper.find('[data-test="routing-table"]').text()).toContain('浦东新区人民政府')
    expect(wrapper.find('[data-test="routing-changed"]').text()).toBe('已修改')
    expect(wrapper.find('[data-test="routing-flash"]').text()).toContain('已保存')
  })

  it('refuses a lead that assists, and reloads with a warning when someone else changed the entry', async () => {
    let reads = 0
    const { wrapper, api } = await mountAt('/catalogue', {
      'GET /api/admin/routing': () => ({ body: reads++ ? [land({ lead: 'hrss', overridden: true, version: 1 })] : [land()] }),
      'PUT /api/admin/routing': { status: 409, body: { statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: 'changed', correlationId: 'c' } },
    })
    await click('[data-test="routing-edit-land"]')
    const [lead] = wrapper.findAllComponents(ElSelect).filter((s) => s.attributes('data-test')?.startsWith('routing-'))
    lead!.vm.$emit('update:modelValue', 'sheitc')
    await flushPromises()
    await click('[data-test="routing-save"]')
    expect(document.querySelector('[data-test="routing-problem"]')!.textContent).toBe('主办单位不能同时作为协办单位')
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(0)
    lead!.vm.$emit('update:modelValue', 'stcsm')
    await flushPromises()
    await click('[data-test="routing-save"]')
    expect(wrapper.find('[data-test="routing-flash"]').text()).toContain('其他管理员已修改了此项')
    expect(wrapper.find('[data-test="routing-table"]').text()).toContain('市人力资源社会保障局')
  })

  it('resets a changed entry to the plan’s default', async () => {
    const { wrapper, api } = await mountAt('/catalogue', {
      'GET /api/admin/routing': { body: [land({ lead: 'hrss', overridden: true, version: 1, updatedBy: 'admin', updatedAt: '2026-11-29T02:00:00.000Z' })] },
      'DELETE /api/admin/routing/land': { body: [land({ version: 2 })] },
    })
    await click('[data-test="routing-reset-land"]')
    await click('.el-popconfirm .el-button--primary')
    expect(api.last('DELETE', '/api/admin/routing/land')).toBeTruthy()
    expect(wrapper.find('[data-test="routing-table"]').text()).toContain('方案默认')
  })
})

describe('deadline policy', () => {
  const policy: DeadlinePolicy = { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 1, openDataDays: 3, defaults: { acceptDays: 1, simpleDays: 5, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 1, openDataDays: 3 }, overridden: false, version: 3, updatedAt: null, updatedBy: null, updatedByName: null, appliesTo: 'new-deadlines-only' }
  it('says only new deadlines follow a change, refuses contradictions, and saves with the version read', async () => {
    const { wrapper, api } = await mountAt('/catalogue?tab=policy', {
      'GET /api/admin/deadline-policy': { body: policy },
      'PUT /api/admin/deadline-policy': (call: ApiCall) => ({ body: { ...policy, ...(call.body as object), overridden: true, version: 4, updatedBy: 'admin', updatedByName: '刘静', updatedAt: '2026-11-29T02:00:00.000Z' } }),
    })
    expect(wrapper.find('[data-test="policy-tab"]').text()).toContain('已设定的时限不变')
    expect(wrapper.find('[data-test="policy-due-soon"]').text()).toBe('时限为今天或之后 1 个工作日内的诉求显示为“即将超期”，上午即可看到。')
    const input = (key: string) => wrapper.find(`[data-test="policy-${key}"] input`)
    await input('simpleDays').setValue('20')
    await input('simpleDays').trigger('blur')
    await flushPromises()
    expect(wrapper.find('[data-test="policy-rule"]').text()).toBe('简单诉求的时限不能长于复杂诉求')
    expect(wrapper.find('[data-test="policy-save"]').attributes('disabled')).toBeDefined()
    await input('simpleDays').setValue('3')
    await input('simpleDays').trigger('blur')
    await flushPromises()
    await wrapper.find('[data-test="policy-save"]').trigger('click')
    await flushPromises()
    expect(api.last('PUT', '/api/admin/deadline-policy')!.body).toEqual({ acceptDays: 1, simpleDays: 3, complexDays: 15, rateDays: 5, reminderHours: 4, dueSoonDays: 1, openDataDays: 3, version: 3 })
    expect(wrapper.find('[data-test="policy-state"]').text()).toContain('当前使用管理员设置（刘静')
  })
})

describe('working-day calendar', () => {
  const year = (over: Partial<CalendarYear> = {}): CalendarYear => {
    const days = Array.from({ length: 365 }, (_, i) => {
      const date = new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)
      const weekday = ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())
      return { date, working: weekday, name: null, source: null as string | null }
    })
    return { year: 2027, days, covered: 0, knownToLibrary: false, uncoveredFrom: '2027-01-01', appliesTo: 'new-deadlines-only', ...over }
  }
  it('shows a year not covered with a warning, previews a pasted notice with its problems, and imports it', async () => {
    const imported = year({ covered: 365, uncoveredFrom: null })
    imported.days = imported.days.map((d) => ({ ...d, source: 'import', ...(d.date === '2027-02-07' ? { working: true, name: '春节' } : d.date === '2027-01-01' ? { working: false, name: '元旦' } : {}) }))
    const { wrapper, api } = await mountAt('/catalogue?tab=calendar&year=2027', {
      'GET /api/admin/calendar/2027': { body: year() },
      'POST /api/admin/calendar/2027/import': { body: { changed: 365, calendar: imported } },
    })
    expect(wrapper.find('[data-test="calendar-uncovered"]').text()).toContain('工作日历未覆盖 2027-01-01 起的日期')
    expect(wrapper.find('[data-test="calendar-load"]').exists()).toBe(false) // the library does not know 2027
    expect(wrapper.find('[data-test="day-2027-01-01"]').attributes('data-kind')).toBe('uncovered')
    await wrapper.find('[data-test="calendar-import"]').trigger('click')
    await flushPromises()
    const textarea = document.querySelector<HTMLTextAreaElement>('[data-test="calendar-notice"]')!
    textarea.value = '2027-01-01 休 元旦\n2027-02-30 休'
    textarea.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(document.querySelector('[data-test="calendar-problems"]')!.textContent).toContain('2: 2027-02-30 休 — 日期不存在')
    expect(document.querySelector<HTMLButtonElement>('[data-test="calendar-import-confirm"]')!.disabled).toBe(true)
    textarea.value = '2027-01-01 休 元旦\n2027-02-07 班 春节'
    textarea.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(document.querySelector('[data-test="calendar-preview"]')!.textContent).toContain('共 1 天休息、1 天调休上班')
    await click('[data-test="calendar-import-confirm"]')
    expect(api.last('POST', '/api/admin/calendar/2027/import')!.body).toEqual({ text: '2027-01-01 休 元旦\n2027-02-07 班 春节' })
    expect(wrapper.find('[data-test="calendar-uncovered"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="day-2027-02-07"]').attributes('data-kind')).toBe('makeUp')
    expect(wrapper.find('[data-test="day-2027-01-01"]').attributes('data-kind')).toBe('holiday')
    expect(wrapper.find('[data-test="calendar-flash"]').text()).toContain('已导入，365 天有变化')
  })

  it('sets one day as a holiday', async () => {
    const covered = year({ covered: 365, uncoveredFrom: null, knownToLibrary: true })
    covered.days = covered.days.map((d) => ({ ...d, source: 'chinese-days' }))
    const { wrapper, api } = await mountAt('/catalogue?tab=calendar&year=2027', {
      'GET /api/admin/calendar/2027': { body: covered },
      'PUT /api/admin/calendar/2027/days/2027-03-03': (call: ApiCall) => ({ body: { ...covered, days: covered.days.map((d) => (d.date === '2027-03-03' ? { ...d, ...(call.body as object), source: 'admin' } : d)) } }),
    })
    expect(wrapper.find('[data-test="calendar-load"]').exists()).toBe(true)
    await wrapper.find('[data-test="day-2027-03-03"]').trigger('click')
    await flushPromises()
    await click('[data-test="day-working-false"] input')
    const name = document.querySelector<HTMLInputElement>('[data-test="day-name"]')!
    name.value = '临时休假'
    name.dispatchEvent(new Event('input'))
    await flushPromises()
    await click('[data-test="day-save"]')
    expect(api.last('PUT', '/api/admin/calendar/2027/days/2027-03-03')!.body).toEqual({ working: false, name: '临时休假' })
    expect(wrapper.find('[data-test="day-2027-03-03"]').attributes('data-kind')).toBe('holiday')
  })
})

describe('response templates and the change log', () => {
  it('adds a template for a bureau', async () => {
    const { wrapper, api } = await mountAt('/catalogue?tab=templates', {
      'GET /api/admin/response-templates': { body: [] },
      'POST /api/admin/response-templates': { status: 201, body: { id: 't1', bureau: 'planning', title: '用地答复', body: '您好', version: 1, updatedAt: '2026-11-29T02:00:00.000Z', updatedBy: 'admin' } },
    })
    await wrapper.find('[data-test="template-add"]').trigger('click')
    await flushPromises()
    await click('[data-test="template-save"]')
    expect(document.querySelector('[data-test="template-problem"]')!.textContent).toBe('请填写责任单位')
    const bureau = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-test') === 'template-bureau')!
    bureau.vm.$emit('update:modelValue', 'planning')
    for (const [field, value] of [['template-title', '用地答复'], ['template-body', '您好']] as const) {
      const el = document.querySelector<HTMLInputElement>(`[data-test="${field}"]`)!
      el.value = value
      el.dispatchEvent(new Event('input'))
    }
    await flushPromises()
    await click('[data-test="template-save"]')
    expect(api.last('POST', '/api/admin/response-templates')!.body).toEqual({ bureau: 'planning', title: '用地答复', body: '您好' })
  })

  it('edits a template with the version read, keeps a failed save in the dialog, and deletes with a message', async () => {
    const template = { id: 't1', bureau: 'planning', title: '用地答复', body: '您好', version: 3, updatedAt: '2026-11-29T02:00:00.000Z', updatedBy: 'admin', updatedByName: '刘静' }
    let puts = 0
    let deleted = false
    const { wrapper, api } = await mountAt('/catalogue?tab=templates', {
      'GET /api/admin/response-templates': () => ({ body: deleted ? [] : [template] }),
      'PUT /api/admin/response-templates/t1': () =>
        puts++ ? { body: { ...template, version: 4 } } : { status: 500, body: { statusCode: 500, error: 'Internal Server Error', code: 'INTERNAL', message: 'boom', correlationId: 'c' } },
      'DELETE /api/admin/response-templates/t1': () => {
        deleted = true
        return { status: 204, body: null }
      },
    })
    await wrapper.find('[data-test="template-edit"]').trigger('click')
    await flushPromises()
    await click('[data-test="template-save"]')
    // the failure stays in the dialog, said in words
    expect(document.querySelector('[data-test="template-problem"]')!.textContent).toMatch(/^保存失败：/)
    expect(document.querySelector('[data-test="template-dialog"]')).not.toBeNull()
    await click('[data-test="template-save"]')
    expect(api.last('PUT', '/api/admin/response-templates/t1')!.body).toEqual({ bureau: 'planning', title: '用地答复', body: '您好', version: 3 })
    expect(wrapper.find('[data-test="templates-flash"]').text()).toContain('已保存')
    await click('[data-test="template-remove"]')
    await click('.el-popconfirm .el-button--primary')
    expect(api.last('DELETE', '/api/admin/response-templates/t1')).toBeTruthy()
    expect(wrapper.find('[data-test="templates-flash"]').text()).toContain('已删除')
  })

  it('lists who changed what, before and after', async () => {
    const { wrapper } = await mountAt('/catalogue?tab=changes', {
      'GET /api/admin/changes': {
        body: {
          items: [
            { id: '2', at: '2026-11-29T02:00:00.000Z', actorUsername: 'admin', actorName: '刘静', catalogue: 'calendar', entryKey: '2027', action: 'import', before: { '2027-01-01': null, '2027-01-02': null }, after: { '2027-01-01': { working: false, name: '元旦' }, '2027-01-02': { working: false, name: null } } },
            { id: '1', at: '2026-11-29T01:00:00.000Z', actorUsername: 'admin', actorName: null, catalogue: 'routing', entryKey: 'land', action: 'update', before: { lead: 'planning', assisting: ['sheitc'], districtGovernment: true }, after: { lead: 'gov-pudong', assisting: [], districtGovernment: false } },
          ],
          nextBefore: null,
        },
      },
    })
    const rows = wrapper.findAll('[data-test="changes-table"] tbody tr').map((tr) => tr.text())
    expect(rows[0]).toContain('工作日历')
    expect(rows[0]).toContain('导入通知')
    expect(rows[0]).toContain('2 天')
    expect(rows[0]).toContain('2 天：0 个工作日、2 个休息日')
    expect(rows[1]).toContain('主办：市规划资源局；协办：市经济信息化委；区政府协办：是')
    expect(rows[1]).toContain('主办：浦东新区人民政府；协办：无；区政府协办：否')
    expect(rows[0]).toContain('刘静（管理员）')
    expect(rows[1]).toContain('管理员')
    // no logins, keys or English in the Chinese change log
    for (const row of rows) expect(row.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, '')).not.toMatch(/[A-Za-z]/)
  })
})
