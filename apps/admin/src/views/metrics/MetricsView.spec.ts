import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { Metrics, Rates } from '../../api/metrics'
import { fakeApi, type ApiCall } from '../../testing/fake-api'
import { appContext, healthyBody, userWith } from '../../testing/setup'
import MetricsView from './MetricsView.vue'
import { waitFor } from '@servicepack/ui/testing'

// ECharts draws on a canvas happy-dom does not have: the lazily loaded chart is replaced by a marker.
vi.mock('./components/MetricsChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { label: { type: String, default: '' }, categories: { type: Array, default: () => [] }, series: { type: Array, default: () => [] } },
    setup: (props) => () => h('div', { 'data-test': 'metrics-chart', 'aria-label': props.label, 'data-series': JSON.stringify(props.series), 'data-categories': JSON.stringify(props.categories) }),
  }),
}))

const rates = (over: Partial<Rates> = {}): Rates => ({
  dispatched: 40, responseRate: 0.75, resolutionRate: 0.6, satisfactionRate: 0.9, onTimeAnswerRate: 0.8, overdue: 6, reopened: 2, rated: 20, medianAnswerDays: 4, opinions: 3, ...over,
})
function answer(call: ApiCall, scopeBureau: string | null = null): Metrics {
  const q = call.query
  const groupBy = (q.groupBy ?? 'bureau') as Metrics['groupBy']
  const keys: Record<string, string[]> = { bureau: scopeBureau ? [scopeBureau] : ['planning', 'sheitc', 'stcsm'], category: ['land', 'rnd'], district: ['pudong', ''], month: ['2026-09', '2026-10'] }
  return {
    from: q.from!, to: q.to!, previousFrom: '2026-07-03', previousTo: '2026-08-31', groupBy, role: (q.role ?? 'lead') as Metrics['role'], scopeBureau,
    totals: rates(), previous: rates({ responseRate: 0.7, overdue: 8, medianAnswerDays: 4 }), city: rates({ dispatched: 400, responseRate: 0.82 }),
    groups: keys[groupBy]!.map((key, i) => ({ key, ...rates({ dispatched: 10 + i, overdue: i, responseRate: i === 2 ? null : 0.5 + i / 10 }) })),
    cityGroups: groupBy === 'month' ? keys.month!.map((key) => ({ key, ...rates({ dispatched: 200 }) })) : null,
  }
}

async function mountView(url = '/metrics?from=2026-09-01&to=2026-10-31', roles: Parameters<typeof userWith> = ['coordinator'], health: unknown = healthyBody, scopeBureau: string | null = null) {
  const api = fakeApi({
    'GET /api/metrics/appeals': (call) => ({ body: answer(call, scopeBureau) }),
    'GET /api/health': { body: health },
  })
  const context = await appContext({ fetch: api.fetch, session: userWith(...roles) })
  await context.router.push(url)
  const wrapper = mount(MetricsView, { global: context.global, attachTo: document.body })
  await waitFor(async () => {
    await flushPromises()
    expect(wrapper.findAll('[data-test="metrics-chart"]').length).toBeGreaterThan(0)
  }, { timeout: 8000, interval: 50 })
  return { wrapper, api, router: context.router }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('三率 dashboard', () => {
  it('asks for the period of the URL, every breakdown once, lead and assisting apart', async () => {
    const { api } = await mountView()
    const calls = api.calls.filter((c) => c.path === '/api/metrics/appeals').map((c) => `${c.query.groupBy}/${c.query.role}`)
    expect(calls.sort()).toEqual(['bureau/assisting', 'bureau/lead', 'category/lead', 'district/lead', 'month/lead'])
    expect(api.calls.filter((c) => c.path === '/api/metrics/appeals').every((c) => c.query.from === '2026-09-01' && c.query.to === '2026-10-31' && c.authorization === 'Bearer token')).toBe(true)
  })

  it('shows the headline figures with their change on the previous period, and the definitions', async () => {
    const { wrapper } = await mountView()
    const figure = (name: string) => wrapper.find(`[data-test="figure-${name}"]`)
    expect(figure('responseRate').find('[data-test="figure-value"]').text()).toBe('75.0%')
    expect(figure('responseRate').find('[data-test="figure-change"]').text()).toBe('较上期 +5.0 个百分点')
    expect(figure('responseRate').find('[data-test="figure-change"]').classes()).toContain('metrics__change--good')
    expect(figure('overdue').find('[data-test="figure-change"]').text()).toBe('较上期 −2')
    expect(figure('overdue').find('[data-test="figure-change"]').classes()).toContain('metrics__change--good')
    expect(figure('medianAnswerDays').find('[data-test="figure-value"]').text()).toBe('4 个工作日')
    expect(figure('medianAnswerDays').find('[data-test="figure-change"]').text()).toBe('与上期持平')
    expect(figure('responseRate').find('[data-test="figure-city"]').exists()).toBe(false)
    const definitions = wrapper.find('[data-test="definitions"]').text()
    expect(definitions).toContain('在签收时限内签收的派单数 ÷ 派单数')
    expect(definitions).toContain('（满意 + 基本满意）÷ 评价数')
  })

  it('puts a table beside every chart; every figure links to the appeals behind it', async () => {
    const { wrapper } = await mountView('/metrics?from=2026-09-01&to=2026-10-31&category=land')
    for (const section of ['trend', 'ranking', 'category', 'district']) {
      const card = wrapper.find(`[data-test="section-${section}"]`)
      expect(card.find('[data-test="metrics-chart"]').exists(), section).toBe(true)
      expect(card.find('.el-table').exists(), section).toBe(true)
    }
    const lead = wrapper.find('[data-test="table-lead"]')
    expect(lead.text()).toContain('市规划资源局')
    expect(lead.text()).toContain('合计')
    const overdue = lead.findAll('tbody tr').find((tr) => tr.find('[data-test="row-planning"]').exists())!.find('[data-test="cell-overdue"]')
    expect(overdue.attributes('href')).toBe('/appeals?category=land&lead=planning&dispatchedFrom=2026-09-01&dispatchedTo=2026-10-31&everOverdue=true')
    // a month row: the period clipped to that month
    const october = wrapper.find('[data-test="table-month"]').findAll('[data-test="cell-dispatched"]')[1]!
    expect(october.attributes('href')).toBe('/appeals?category=land&dispatchedFrom=2026-10-01&dispatchedTo=2026-10-31')
    expect(wrapper.find('[data-test="figure-satisfactionRate"]').attributes('href')).toBe('/appeals?category=land&ratedFrom=2026-09-01&ratedTo=2026-10-31')
    // empty rates read —
    expect(lead.findAll('tbody tr').find((tr) => tr.find('[data-test="row-stcsm"]').exists())!.find('[data-test="cell-responseRate"]').text()).toBe('—')
  })

  it("lists the lead bureaus in the ranking's order, with their places, as its chart does", async () => {
    const { wrapper } = await mountView()
    const card = wrapper.find('[data-test="section-ranking"]')
    const rows = card.findAll('[data-test="table-lead"] tbody tr')
    // scores (mean of the four rates): 市科委 (0.6, 0.9, 0.8: no 响应率) 0.767, 市经济信息化委 0.725, 市规划资源局 0.7
    expect(rows.map((tr) => tr.findAll('td')[1]!.text())).toEqual(['市科委', '市经济信息化委', '市规划资源局', '合计'])
    expect(rows.map((tr) => tr.find('[data-test="rank"]').text())).toEqual(['1', '2', '3', ''])
    expect(JSON.parse(card.find('[data-test="metrics-chart"]').attributes('data-categories')!)).toEqual(['市科委', '市经济信息化委', '市规划资源局'])
  })

  it('sorts the ranking by a column, empty values last, totals kept below', async () => {
    const { wrapper } = await mountView()
    const table = wrapper.find('[data-test="table-lead"]')
    const header = table.findAll('th').find((th) => th.text().includes('响应率'))!
    await header.trigger('click')
    await flushPromises()
    const order = () => table.findAll('tbody tr').map((tr) => tr.findAll('td')[1]!.text())
    expect(order()).toEqual(['市规划资源局', '市经济信息化委', '市科委', '合计'])
    await header.trigger('click')
    await flushPromises()
    expect(order()).toEqual(['市经济信息化委', '市规划资源局', '市科委', '合计'])
  })

  it('shows assisting bureaus apart: dispatches and opinions', async () => {
    const { wrapper } = await mountView()
    await wrapper.find('[data-test="ranking-tabs"] #tab-assisting').trigger('click')
    await flushPromises()
    const table = wrapper.find('[data-test="table-assisting"]')
    expect(table.findAll('th').map((th) => th.text())).toEqual(['名次', '责任单位', '派单数', '协办意见数'])
    // by appeals dispatched to them, most first (市科委 12, 市经济信息化委 11, 市规划资源局 10)
    expect(table.find('[data-test="cell-dispatched"]').attributes('href')).toBe('/appeals?bureau=stcsm&dispatchedFrom=2026-09-01&dispatchedTo=2026-10-31')
  })

  it('a bureau officer sees their bureau beside the city, no ranking of other bureaus', async () => {
    const { wrapper } = await mountView('/metrics', ['bureau_officer'], healthyBody, 'planning')
    expect(wrapper.find('h1').text()).toContain('市规划资源局')
    expect(wrapper.find('[data-test="figure-responseRate"] [data-test="figure-city"]').text()).toBe('全市 82.0%')
    const ranking = wrapper.find('[data-test="section-ranking"]')
    expect(ranking.find('[data-test="metrics-chart"]').exists()).toBe(false)
    expect(ranking.findAll('tbody tr').map((tr) => tr.find('td').text())).toEqual(['市规划资源局', '合计', '全市'])
    // the city row has no link: nothing to list for a bureau
    expect(ranking.findAll('tbody tr')[2]!.find('a').exists()).toBe(false)
    expect(wrapper.find('[data-test="figure-overdue"]').attributes('href')).toContain('lead=planning')
    const trend = JSON.parse(wrapper.find('[data-test="section-trend"] [data-test="metrics-chart"]').attributes('data-series')!)
    expect(trend.map((s: { name: string }) => s.name)).toContain('全市响应率')
  })

  it('changes the period by preset and keeps it in the URL', async () => {
    const { wrapper, router, api } = await mountView()
    await wrapper.find('[data-test="preset-lastMonth"] input').trigger('change')
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/metrics?period=lastMonth'))
    await flushPromises()
    expect(api.last('GET', '/api/metrics/appeals')!.query.to).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('warns while the working-day calendar does not cover the next 60 days, linking an admin to it', async () => {
    const degraded = { status: 'ok', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' }, calendar: { status: 'degraded', uncoveredFrom: '2027-01-01', coverageDays: 60 } } }
    const { wrapper } = await mountView('/metrics', ['admin'], degraded)
    const warning = wrapper.find('[data-test="calendar-warning"]')
    expect(warning.text()).toContain('工作日历未覆盖 2027-01-01 起的日期')
    expect(warning.find('a').attributes('href')).toBe('/catalogue?tab=calendar&year=2027')
  })

  it('exports a table as CSV or Excel with the same query', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const api = fakeApi({
      'GET /api/metrics/appeals': (call) => ({ body: answer(call) }),
      'GET /api/health': { body: healthyBody },
      'GET /api/metrics/appeals/export': { body: '责任单位,派单数\n', contentType: 'text/csv' },
    })
    const context = await appContext({ fetch: api.fetch, session: userWith('coordinator') })
    await context.router.push('/metrics?from=2026-09-01&to=2026-10-31&district=pudong')
    const wrapper = mount(MetricsView, { global: context.global, attachTo: document.body })
    await waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-test="export-category-xlsx"]').exists()).toBe(true)
    }, { timeout: 8000, interval: 50 })
    await wrapper.find('[data-test="export-category-xlsx"]').trigger('click')
    await flushPromises()
    expect(api.last('GET', '/api/metrics/appeals/export')!.query).toEqual({ from: '2026-09-01', to: '2026-10-31', groupBy: 'category', role: 'lead', district: 'pudong', format: 'xlsx' })
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('三率数据看板-诉求类别-2026-09-01-2026-10-31.xlsx')
  })
})
