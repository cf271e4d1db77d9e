import { ApiError, type ErrorCode } from '@servicepack/api-client'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { testI18n } from '../testing/i18n'
import AmountRange from './AmountRange.vue'
import AppShell from './AppShell.vue'
import HealthPanel from './HealthPanel.vue'
import LanguageSwitch from './LanguageSwitch.vue'
import StatusTag from './StatusTag.vue'
import UserMenu from './UserMenu.vue'

const checkedAt = new Date('2026-11-26T09:30:00+08:00')

describe('AppShell', () => {
  it('shows the product name, subtitle and the nav, actions and content slots', () => {
    const wrapper = mount(AppShell, {
      props: { title: '企业服务包门户', subtitle: '管理端', layout: 'side' },
      slots: { nav: '<a>工作台</a>', actions: '<button>登录</button>', default: '<p>内容</p>' },
      global: { plugins: [testI18n()] },
    })
    expect(wrapper.find('.sp-shell__title').text()).toBe('企业服务包门户')
    expect(wrapper.find('.sp-shell__subtitle').text()).toBe('管理端')
    expect(wrapper.find('.sp-shell__sidebar').text()).toContain('工作台')
    expect(wrapper.find('.sp-shell__actions').text()).toContain('登录')
    expect(wrapper.find('main').text()).toContain('内容')
  })

  it('puts the navigation in a bar under the header in the top layout, and emits home', async () => {
    const wrapper = mount(AppShell, {
      props: { title: 'T' },
      slots: { nav: '<a>首页</a>' },
      global: { plugins: [testI18n()] },
    })
    expect(wrapper.find('.sp-shell__topnav').text()).toContain('首页')
    expect(wrapper.find('.sp-shell__sidebar').exists()).toBe(false)
    await wrapper.find('.sp-shell__brand').trigger('click')
    expect(wrapper.emitted('home')).toHaveLength(1)
  })
})

describe('HealthPanel', () => {
  const panelRouter = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
  const mountPanel = (state: InstanceType<typeof HealthPanel>['$props']['state'], locale: 'zh-CN' | 'en' = 'zh-CN', extra: Partial<InstanceType<typeof HealthPanel>['$props']> = {}) =>
    mount(HealthPanel, { props: { state, ...extra }, global: { plugins: [testI18n(locale), panelRouter] } })

  it('shows a loading state', () => {
    const wrapper = mountPanel({ kind: 'loading' })
    expect(wrapper.text()).toContain('正在检查服务状态')
  })

  it('shows a healthy API with its checks', () => {
    const wrapper = mountPanel({ kind: 'healthy', checks: [{ name: 'database', status: 'up' }], checkedAt })
    expect(wrapper.text()).toContain('服务运行正常')
    expect(wrapper.text()).toContain('数据库')
    expect(wrapper.text()).toContain('正常')
  })

  it('names the failing component when degraded', () => {
    const wrapper = mountPanel({
      kind: 'degraded',
      checks: [{ name: 'database', status: 'down' }],
      checkedAt,
      correlationId: 'req-1',
    })
    expect(wrapper.text()).toContain('服务部分不可用')
    expect(wrapper.text()).toContain('异常')
    expect(wrapper.text()).toContain('req-1')
  })

  it('says a calendar that runs out soon is a warning for an administrator, not an outage', () => {
    const wrapper = mountPanel({
      kind: 'healthy',
      checks: [{ name: 'database', status: 'up' }, { name: 'calendar', status: 'warning', uncoveredFrom: '2027-01-01' }],
      checkedAt,
    })
    expect(wrapper.text()).toContain('服务运行正常，有 1 项需要关注')
    expect(wrapper.text()).not.toContain('服务部分不可用')
    expect(wrapper.find('[data-status="warning"]').text()).toBe('需关注')
    expect(wrapper.find('[data-test="calendar-gap"]').text()).toBe('2027 年工作日历尚未导入，距生效 36 天')
  })

  it('says a calendar gap calmly, with a link to import that year, and the state the real API reports (overall degraded) as healthy', async () => {
    const { checkHealth } = await import('../health')
    const { createApiClient } = await import('@servicepack/api-client')
    const body = { status: 'degraded', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' }, calendar: { status: 'degraded', uncoveredFrom: '2027-01-01', coverageDays: 60 } } }
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }) })
    const state = await checkHealth(api, 'http://api.test', () => new Date('2026-12-06T01:00:00Z'))
    const wrapper = mountPanel(state, 'zh-CN', { calendarLink: (year: number) => ({ path: '/catalogue', query: { tab: 'calendar', year: String(year) } }) })
    expect(wrapper.text()).not.toContain('服务部分不可用')
    expect(wrapper.text()).toContain('服务运行正常，有 1 项需要关注')
    expect(wrapper.find('[data-test="calendar-gap"]').text()).toBe('2027 年工作日历尚未导入，距生效 26 天')
    expect(wrapper.find('[data-test="calendar-import"]').text()).toBe('导入')
    expect(wrapper.find('[data-test="calendar-import"]').attributes('href')).toBe('/catalogue?tab=calendar&year=2027')
  })

  it('explains an unreachable API in English too', () => {
    const wrapper = mountPanel({ kind: 'unreachable', url: 'http://localhost:3000', checkedAt }, 'en')
    expect(wrapper.text()).toContain('Cannot reach the API')
    expect(wrapper.text()).toContain('http://localhost:3000')
  })

  const apiError = (status: number, code: ErrorCode, extra: { retryAfter?: number } = {}) =>
    new ApiError({ statusCode: status, error: 'Error', code, message: 'English for developers', correlationId: 'c-2', ...extra })

  it('says what an error answer means by its code, never its English message, and asks to refresh', async () => {
    const wrapper = mountPanel({ kind: 'error', error: apiError(500, 'INTERNAL_ERROR'), correlationId: 'c-2', checkedAt })
    expect(wrapper.text()).toContain('接口服务返回错误')
    expect(wrapper.text()).toContain('系统出现异常，请稍后重试。如问题持续，请联系管理员并提供请求编号 c-2')
    expect(wrapper.text()).not.toContain('English for developers')
    expect(wrapper.text()).not.toContain('500')
    await wrapper.find('button').trigger('click')
    expect(wrapper.emitted('refresh')).toHaveLength(1)
  })

  it('says how long to wait when rate limited, in both languages', () => {
    const state = { kind: 'error', error: apiError(429, 'RATE_LIMITED', { retryAfter: 12 }), correlationId: 'c-3', checkedAt } as const
    expect(mountPanel(state).text()).toContain('操作过于频繁，请在 12 秒后重试')
    const english = mountPanel(state, 'en').text()
    expect(english).toContain('Too many requests. Please try again in 12 seconds.')
    expect(english).not.toContain('English for developers')
  })
})

describe('UserMenu', () => {
  const user = {
    subject: 's',
    username: 'coordinator',
    name: '王管家',
    roles: ['coordinator' as const],
    enterpriseUscc: null,
    bureau: null,
    association: null,
  }
  const mountMenu = (props: InstanceType<typeof UserMenu>['$props']) =>
    mount(UserMenu, { props, global: { plugins: [testI18n()] } })

  it('offers to sign in when anonymous', async () => {
    const wrapper = mountMenu({ status: 'anonymous', user: null })
    expect(wrapper.text()).toContain('登录')
    await wrapper.find('button').trigger('click')
    expect(wrapper.emitted('login')).toHaveLength(1)
  })

  it('says when single sign-on is unavailable', () => {
    expect(mountMenu({ status: 'unavailable', user: null }).text()).toContain('统一身份认证暂不可用')
  })

  it('says it is connecting while initialising', () => {
    expect(mountMenu({ status: 'initializing', user: null }).text()).toContain('正在连接统一身份认证')
  })

  it("shows the signed-in user's name", () => {
    expect(mountMenu({ status: 'authenticated', user }).find('[data-test="user-menu"]').text()).toContain('王管家')
  })
})

describe('LanguageSwitch', () => {
  it('shows the current language by its own name', () => {
    const wrapper = mount(LanguageSwitch, { props: { modelValue: 'en' }, global: { plugins: [testI18n()] } })
    expect(wrapper.text()).toContain('English')
  })
})

describe('StatusTag and AmountRange', () => {
  it('renders a tone and label', () => {
    const wrapper = mount(StatusTag, { props: { tone: 'danger', label: '超期' } })
    expect(wrapper.text()).toBe('超期')
    expect(wrapper.classes()).toContain('sp-status--danger')
  })

  it.each<[string, { min: number; max: number } | null, string, string]>([
    ['a tier range', { min: 2_000_000, max: 10_000_000 }, '200万元—1000万元', 'CNY 2M–10M'],
    ['a capped amount', { min: 0, max: 20_000_000 }, '最高2000万元', 'up to CNY 20M'],
    ['one amount in 亿', { min: 150_000_000, max: 150_000_000 }, '1.5亿元', 'CNY 150M'],
    ['eligible, amount 0', { min: 0, max: 0 }, '0元', 'CNY 0'],
    ['case by case', null, '视具体情况确定', 'case by case'],
  ])('AmountRange shows %s in the current language', async (_case, amount, zh, en) => {
    const i18n = testI18n()
    const wrapper = mount(AmountRange, { props: { amount }, global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe(zh)
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(wrapper.text()).toBe(en)
  })
})
