import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../testing/fake-api'
import { appContext, healthyBody, json, userWith, type FakeFetch } from '../../testing/setup'
import DashboardView from './DashboardView.vue'
import { waitFor } from '@servicepack/ui/testing'

async function mountDashboard(fetch: FakeFetch, roles: Parameters<typeof userWith> = ['admin'], claims: { bureau?: string; association?: string } = {}) {
  const context = await appContext({ fetch, session: { ...userWith(...roles), ...claims } })
  return mount(DashboardView, { global: context.global })
}

const enterpriseCounts = { total: 200, key: 31, unassigned: 57, keyUnassigned: 4, mine: 12 }
const counts = { submitted: 58, dispatched: 118, inProgress: 208, responded: 90, closed: 480, withdrawn: 52, overdue: 185, dueSoon: 3, pendingExtension: 2, toAccept: 4, toAnswer: 6, awaitingOpinion: 3, reopened: 1, mine: 7 }
async function mountWithCounts(roles: Parameters<typeof userWith>) {
  const api = fakeApi({ 'GET /api/health': { body: healthyBody }, 'GET /api/appeals/counts': { body: counts } })
  const context = await appContext({ fetch: api.fetch, session: userWith(...roles) })
  const wrapper = mount(DashboardView, { global: context.global })
  await flushPromises()
  return { wrapper, api, router: context.router }
}

describe('admin start page', () => {
  it('shows a loading state while the health check is under way', async () => {
    const wrapper = await mountDashboard(() => new Promise<Response>(() => undefined))
    await flushPromises()
    expect(wrapper.find('[data-state="loading"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('正在检查服务状态')
  })

  it('shows the API as healthy through the typed client, with the bearer token', async () => {
    const seen: string[] = []
    const wrapper = await mountDashboard(async (request) => {
      seen.push(`${new URL(request.url).pathname} ${request.headers.get('authorization')}`)
      return json(200, healthyBody)(request)
    })
    await flushPromises()
    expect(seen.filter((s) => s.startsWith('/api/health'))).toEqual(['/api/health Bearer token'])
    expect(wrapper.find('[data-state="healthy"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('服务运行正常')
  })

  it('says a calendar gap weeks away calmly, with 导入 leading to that year of the calendar (never 服务部分不可用)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-06T01:00:00Z'))
    try {
      // what the API really answers then: Terminus reports the whole check degraded (still 200)
      const body = { status: 'degraded', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' }, calendar: { status: 'degraded', uncoveredFrom: '2027-01-01', coverageDays: 60 } } }
      const api = fakeApi({ 'GET /api/health': { body }, 'GET /api/appeals/counts': { body: counts } })
      const context = await appContext({ fetch: api.fetch, session: userWith('admin') })
      const wrapper = mount(DashboardView, { global: context.global })
      await flushPromises()
      expect(wrapper.text()).not.toContain('服务部分不可用')
      expect(wrapper.find('[data-test="calendar-gap"]').text()).toBe('2027 年工作日历尚未导入，距生效 26 天')
      const href = wrapper.find('[data-test="calendar-import"]').attributes('href')!
      expect(context.router.resolve(href)).toMatchObject({ name: 'catalogue', query: { tab: 'calendar', year: '2027' } })
    } finally {
      vi.useRealTimers()
    }
  })

  it('explains in Chinese that the API is down', async () => {
    const wrapper = await mountDashboard(async () => {
      throw new TypeError('Failed to fetch')
    })
    await flushPromises()
    expect(wrapper.find('[data-state="unreachable"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('无法连接到接口服务')
  })

  it('shows an API error answer by its code, with the request id to quote', async () => {
    const wrapper = await mountDashboard(
      json(500, { statusCode: 500, error: 'Internal Server Error', code: 'INTERNAL_ERROR', message: 'Unexpected error', correlationId: 'abc-1' }),
    )
    await flushPromises()
    expect(wrapper.text()).toContain('系统出现异常，请稍后重试。如问题持续，请联系管理员并提供请求编号 abc-1')
    expect(wrapper.text()).not.toContain('Unexpected error')
  })

  it("greets the user and lists the sections the coordinator's role allows", async () => {
    const api = fakeApi({ 'GET /api/enterprises/counts': { body: enterpriseCounts } })
    const wrapper = await mountDashboard(api.fetch, ['coordinator'])
    await flushPromises()
    expect(wrapper.text()).toContain('王管家，您好')
    const modules = wrapper.findAll('.dashboard__module h3').map((h) => h.text())
    expect(modules).toEqual(['诉求管理', '企业服务', '三率统计', '培训通知', '政策问答', '政策触达', '办理情况公开', '账户信息'])
    expect(wrapper.text()).not.toContain('当前账号不是管理端工作人员账号')
  })

  it('shows the coordinator what needs doing: counts that lead to the list behind them, no system status', async () => {
    const api = fakeApi({ 'GET /api/enterprises/counts': { body: enterpriseCounts } })
    const wrapper = await mountDashboard(api.fetch, ['coordinator'])
    await flushPromises()
    const figure = (key: string) => wrapper.find(`[data-test="figure-${key}"]`)
    expect(figure('unassigned').text()).toBe('57未分配管家的企业')
    expect(figure('unassigned').attributes('href')).toBe('/enterprises?unassigned=true')
    expect(figure('unassigned').classes()).toContain('is-urgent')
    expect(figure('keyUnassigned').text()).toBe('4未分配管家的重点企业')
    expect(figure('keyUnassigned').attributes('href')).toBe('/enterprises?key=key&unassigned=true')
    expect(figure('key').text()).toBe('31重点企业')
    expect(figure('total').text()).toBe('200企业总数')
    // a coordinator's own enterprises, as their 服务管家
    expect(figure('mine').text()).toBe('12我负责的企业')
    expect(figure('mine').attributes('href')).toBe('/enterprises?mine=true')
    expect(wrapper.find('.sp-health').exists()).toBe(false)
    expect(api.calls.map((c) => c.path)).toContain('/api/enterprises/counts')
    expect(api.calls.map((c) => c.path)).not.toContain('/api/health')
  })

  it('shows a bureau officer and an association their unit by name, neither figures nor system status', async () => {
    const api = fakeApi({})
    const officer = await mountDashboard(api.fetch, ['bureau_officer'], { bureau: 'sheitc' })
    await flushPromises()
    expect(officer.find('[data-test="dashboard-bureau"]').text()).toBe('市经济信息化委')
    const association = await mountDashboard(api.fetch, ['association'], { association: 'sh-ic-association' })
    await flushPromises()
    expect(association.find('[data-test="dashboard-association"]').text()).toBe('上海市集成电路行业协会')
    for (const wrapper of [officer, association]) {
      expect(wrapper.text()).not.toMatch(/sheitc|sh-ic-association|系统运行状态|企业总数/)
    }
    expect(api.calls.map((c) => c.path).filter((path) => path === '/api/health' || path === '/api/enterprises/counts')).toEqual([])
  })

  it("shows an association its notices' figures, each opening the list behind it", async () => {
    const api = fakeApi({ 'GET /api/notices/counts': { body: { draft: 1, published: 3, upcoming: 2, cancelled: 0, registrations: 13, waitlisted: 2 } } })
    const wrapper = await mountDashboard(api.fetch, ['association'], { association: 'sh-ic-association' })
    await flushPromises()
    const figure = (key: string) => wrapper.find(`[data-test="notice-figure-${key}"]`)
    expect(figure('draft').text()).toBe('1草稿')
    expect(figure('draft').attributes('href')).toBe('/notices?status=draft')
    expect(figure('upcoming').text()).toBe('2即将举行')
    expect(figure('registrations').text()).toBe('13已报名企业')
    expect(figure('waitlisted').text()).toBe('2候补企业')
  })

  it("shows a coordinator's to-do counts, each opening the inbox filtered to it", async () => {
    const { wrapper, router } = await mountWithCounts(['coordinator'])
    const items = wrapper.findAll('[data-test^="todo-"]').filter((i) => i.attributes('data-test') !== 'todo-count')
    expect(items.map((i) => [i.attributes('data-test'), i.find('[data-test="todo-count"]').text()])).toEqual([
      ['todo-mine', '7'],
      ['todo-submitted', '58'],
      ['todo-dispatched', '118'],
      ['todo-dueSoon', '3'],
      ['todo-overdue', '185'],
      ['todo-pendingExtension', '2'],
    ])
    expect(wrapper.find('[data-test="todo-submitted"]').text()).toContain('待派单')
    // 我负责的企业的诉求: the open appeals of the enterprises the coordinator is the steward of
    expect(wrapper.find('[data-test="todo-mine"]').text()).toContain('我负责的企业的诉求')
    expect(wrapper.find('[data-test="todo-mine"]').attributes('href')).toBe('/appeals?tab=mine')
    await wrapper.find('[data-test="todo-overdue"]').trigger('click')
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/appeals?tab=overdue&sort=due_asc'))
  })

  it('shows a bureau officer its queue: each count opens the list of exactly those appeals (without 待派单)', async () => {
    const { wrapper } = await mountWithCounts(['bureau_officer'])
    expect(wrapper.find('[data-test="todo-submitted"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="todo-mine"]').exists()).toBe(false)
    const item = (key: string) => wrapper.find(`[data-test="todo-${key}"]`)
    expect(wrapper.findAll('[data-test^="todo-"][href]').map((a) => a.attributes('data-test'))).toEqual(['todo-toAccept', 'todo-toAnswer', 'todo-awaitingOpinion', 'todo-dueSoon', 'todo-overdue', 'todo-reopened'])
    expect(
      ['toAccept', 'toAnswer', 'awaitingOpinion', 'dueSoon', 'overdue', 'reopened'].map((key) => [item(key).find('.todo__label').text(), item(key).find('[data-test="todo-count"]').text(), item(key).attributes('href')]),
    ).toEqual([
      ['待签收', '4', '/appeals?tab=dispatched&part=lead&sort=due_asc'],
      ['待答复', '6', '/appeals?tab=in_progress&part=lead&sort=due_asc'],
      ['待提供协办意见', '3', '/appeals?awaitingOpinion=true&sort=due_asc'],
      ['即将超期', '3', '/appeals?tab=dueSoon&sort=due_asc'],
      ['已超期', '185', '/appeals?tab=overdue&sort=due_asc'],
      ['被退回重办', '1', '/appeals?tab=in_progress&reopened=true&sort=due_asc'],
    ])
  })

  it('shows no to-do counts to roles without appeals to handle', async () => {
    const { wrapper, api } = await mountWithCounts(['association'])
    expect(wrapper.find('[data-test="todo"]').exists()).toBe(false)
    expect(api.calls.map((c) => c.path)).not.toContain('/api/appeals/counts')
  })

  it('tells an enterprise account that the back office is not for it', async () => {
    const wrapper = await mountDashboard(json(200, healthyBody), ['enterprise'])
    await flushPromises()
    expect(wrapper.text()).toContain('当前账号不是管理端工作人员账号')
  })
})
