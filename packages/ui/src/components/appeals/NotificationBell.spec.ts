import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { createAppI18n } from '../../locales/app-i18n'
import { createAppRouter } from '../../router/guard'
import { createAppContext } from '../../testing/app-context'
import { testUsers } from '../../testing/fake-auth'
import NotificationBell from './NotificationBell.vue'
import { waitFor } from '../../testing/wait-for'

const page = { render: () => null }
const routes: RouteRecordRaw[] = [
  { path: '/', component: page, meta: { access: 'public' } },
  { path: '/appeals/:id', component: page, meta: { access: 'public' } },
]
const appContext = createAppContext({
  router: (history) => createAppRouter({ routes, history, defaultAccess: 'public', signedOut: 'sign-in' }),
  i18n: (locale) => createAppI18n({ 'zh-CN': {}, en: {} }, locale),
})

const items = [
  { id: '12', kind: 'responded', appealId: 'a-1', data: { number: 'SQ-2026-000123', title: '基础研究补助申报咨询' }, read: false, createdAt: '2026-10-08T03:00:00.000Z' },
  { id: '11', kind: 'dispatched', appealId: 'a-1', data: { number: 'SQ-2026-000123', title: '基础研究补助申报咨询', leadBureau: 'sheitc' }, read: true, createdAt: '2026-09-29T03:00:00.000Z' },
]

function fakeApi() {
  const calls: string[] = []
  let list = { items: items.map((n) => ({ ...n })), unread: 1 }
  const fetch = async (request: Request) => {
    const path = new URL(request.url).pathname
    calls.push(`${request.method} ${path}`)
    if (request.method === 'GET' && path === '/api/notifications') return new Response(JSON.stringify(list), { status: 200, headers: { 'content-type': 'application/json' } })
    if (request.method === 'POST' && /^\/api\/notifications\/(\d+\/read|read-all)$/.test(path)) {
      list = { items: list.items.map((n) => (path.endsWith('read-all') || path.includes(`/${n.id}/`) ? { ...n, read: true } : n)), unread: 0 }
      return new Response(null, { status: 204 })
    }
    return new Response(JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'x', correlationId: 'c' }), { status: 404 })
  }
  return { fetch, calls, gets: () => calls.filter((c) => c === 'GET /api/notifications').length }
}

async function mountBell(api = fakeApi(), props: Record<string, unknown> = {}) {
  const context = await appContext({ fetch: api.fetch, session: testUsers('enterprise-a', '王明远')('enterprise') })
  const wrapper = mount(NotificationBell, { props, global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api, router: context.router }
}

const panel = () => document.querySelector('[data-test="notification-panel"]')!

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('notification bell', () => {
  it('shows the unread count, and the list in words, newest first, with Shanghai times', async () => {
    const { wrapper } = await mountBell()
    expect(wrapper.find('[data-test="notification-count"] sup').text()).toBe('1')
    expect(wrapper.find('[data-test="notification-bell"]').attributes('aria-label')).toBe('1 条未读通知，打开通知列表')
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await flushPromises()
    const rows = [...panel().querySelectorAll('[data-test="notification"]')]
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['responded', 'dispatched'])
    expect(rows[0]!.textContent).toContain('您的诉求 SQ-2026-000123「基础研究补助申报咨询」已答复，请评价')
    expect(rows[0]!.textContent).toContain('2026-10-08 11:00')
    expect(rows[1]!.textContent).toContain('已转交市经济信息化委办理')
    expect(rows.map((r) => r.getAttribute('data-read'))).toEqual(['false', 'true'])
  })

  it('opens the appeal of a notification and marks it read', async () => {
    const { wrapper, api, router } = await mountBell()
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await flushPromises()
    panel().querySelector<HTMLButtonElement>('[data-test="notification"]')!.click()
    await flushPromises()
    expect(api.calls).toContain('POST /api/notifications/12/read')
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/appeals/a-1'))
    expect(wrapper.find('[data-test="notification-count"] sup').exists()).toBe(false)
  })

  it('marks everything read at once', async () => {
    const { wrapper, api } = await mountBell()
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await flushPromises()
    panel().querySelector<HTMLButtonElement>('[data-test="notification-read-all"]')!.click()
    await flushPromises()
    expect(api.calls).toContain('POST /api/notifications/read-all')
    expect([...panel().querySelectorAll('[data-test="notification"]')].map((r) => r.getAttribute('data-read'))).toEqual(['true', 'true'])
  })

  it('asks again about every minute and when the window gets the focus back, and stops when gone', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { wrapper, api } = await mountBell()
    expect(api.gets()).toBe(1)
    vi.advanceTimersByTime(59_000)
    await flushPromises()
    expect(api.gets()).toBe(1)
    vi.advanceTimersByTime(1_000)
    await flushPromises()
    expect(api.gets()).toBe(2)
    window.dispatchEvent(new Event('focus'))
    await flushPromises()
    expect(api.gets()).toBe(3)
    wrapper.unmount()
    vi.advanceTimersByTime(120_000)
    window.dispatchEvent(new Event('focus'))
    await flushPromises()
    expect(api.gets()).toBe(3)
  })

  it('says when there is nothing, and says a failure by its code', async () => {
    const empty = { fetch: async () => new Response(JSON.stringify({ items: [], unread: 0 }), { status: 200, headers: { 'content-type': 'application/json' } }), calls: [], gets: () => 0 }
    const { wrapper } = await mountBell(empty as unknown as ReturnType<typeof fakeApi>)
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await flushPromises()
    expect(panel().querySelector('[data-test="notification-empty"]')!.textContent).toBe('暂无通知')
    document.body.innerHTML = ''

    const down = { fetch: async () => Promise.reject(new TypeError('Failed to fetch')), calls: [], gets: () => 0 }
    const failed = await mountBell(down as unknown as ReturnType<typeof fakeApi>)
    await failed.wrapper.find('[data-test="notification-bell"]').trigger('click')
    await flushPromises()
    expect(panel().querySelector('[data-test="notification-error"]')!.textContent).toContain('无法连接服务器')
    expect(panel().textContent).not.toContain('Failed to fetch')
  })
})
