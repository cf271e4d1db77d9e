import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import NotificationBell from '../components/appeals/NotificationBell.vue'
import { createAppI18n } from '../locales/app-i18n'
import { createAppRouter } from '../router/guard'
import { createAppContext } from '../testing/app-context'
import { testUsers } from '../testing/fake-auth'
import NotificationsView from './NotificationsView.vue'

const page = { render: () => null }
const routes: RouteRecordRaw[] = [
  { path: '/', component: page, meta: { access: 'public' } },
  { path: '/notifications', name: 'notifications', component: page, meta: { access: 'public' } },
  { path: '/appeals/:id', component: page, meta: { access: 'public' } },
]
const appContext = createAppContext({
  router: (history) => createAppRouter({ routes, history, defaultAccess: 'public', signedOut: 'sign-in' }),
  i18n: (locale) => createAppI18n({ 'zh-CN': {}, en: {} }, locale),
})

const note = (i: number, read = false) => ({ id: String(100 - i), kind: 'responded', appealId: `a-${i}`, data: { number: `SQ-2026-${String(i).padStart(6, '0')}`, title: `诉求 ${i}` }, read, createdAt: '2026-10-08T03:00:00.000Z' })

function fakeApi() {
  const queries: URLSearchParams[] = []
  const calls: string[] = []
  const fetch = async (request: Request) => {
    const url = new URL(request.url)
    calls.push(`${request.method} ${url.pathname}`)
    if (url.pathname === '/api/notifications/history') {
      queries.push(url.searchParams)
      const p = Number(url.searchParams.get('page') ?? 1)
      const unreadOnly = url.searchParams.get('unread') === 'true'
      const total = unreadOnly ? 7 : 45
      const items = Array.from({ length: Math.max(0, Math.min(20, total - (p - 1) * 20)) }, (_, i) => note((p - 1) * 20 + i, !unreadOnly && i % 2 === 1))
      const body = { items, total, unread: 7, page: p, pageSize: 20, kinds: [{ kind: 'deadline', count: unreadOnly ? 2 : 5 }, { kind: 'appeal', count: unreadOnly ? 5 : 38 }, { kind: 'notice', count: 0 }, { kind: 'other', count: unreadOnly ? 0 : 2 }] }
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
    }
    if (url.pathname === '/api/notifications') return new Response(JSON.stringify({ items: [note(1)], unread: 1 }), { status: 200, headers: { 'content-type': 'application/json' } })
    return new Response(null, { status: 204 })
  }
  return { fetch, queries, calls }
}

async function open(component: typeof NotificationsView | typeof NotificationBell, at = '/notifications') {
  const api = fakeApi()
  const context = await appContext({ fetch: api.fetch, session: testUsers('coordinator', '陈晓东')('coordinator') })
  await context.router.push(at)
  const wrapper = mount(component, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api, router: context.router }
}
afterEach(() => {
  document.body.innerHTML = ''
})

describe('全部通知', () => {
  it('pages everything with the total, the kind tabs counting what the read filter leaves', async () => {
    const { wrapper, api, router } = await open(NotificationsView)
    expect(Object.fromEntries(api.queries[0]!)).toEqual({ page: '1', pageSize: '20' })
    expect(wrapper.findAll('[data-test="notifications-item"]')).toHaveLength(20)
    expect(wrapper.find('[data-test="notifications-total"]').text()).toBe('共 45 条')
    expect(wrapper.find('[data-test="kind-all"]').text()).toBe('全部类型 45')
    expect(wrapper.find('[data-test="kind-appeal"]').text()).toBe('诉求动态 38')
    await wrapper.findAll('[data-test="notifications-pager"] .number').at(-1)!.trigger('click')
    await flushPromises()
    expect(api.queries.at(-1)!.get('page')).toBe('3')
    expect(wrapper.findAll('[data-test="notifications-item"]')).toHaveLength(5)
    expect(router.currentRoute.value.query).toEqual({ page: '3' })
  })

  it('filters unread and by kind, back to page 1, in the address', async () => {
    const { wrapper, api, router } = await open(NotificationsView, '/notifications?page=2')
    expect(api.queries[0]!.get('page')).toBe('2')
    await wrapper.find('[data-test="read-unread"] input').setValue(true)
    await flushPromises()
    expect(Object.fromEntries(api.queries.at(-1)!)).toEqual({ page: '1', pageSize: '20', unread: 'true' })
    expect(wrapper.find('[data-test="notifications-total"]').text()).toBe('共 7 条')
    expect(wrapper.find('[data-test="kind-all"]').text()).toBe('全部类型 7')
    await wrapper.find('[data-test="kind-deadline"] input').setValue(true)
    await flushPromises()
    expect(Object.fromEntries(api.queries.at(-1)!)).toEqual({ page: '1', pageSize: '20', unread: 'true', kind: 'deadline' })
    expect(router.currentRoute.value.query).toEqual({ read: 'unread', kind: 'deadline' })
  })

  it('opens a notification’s appeal and marks it read', async () => {
    const { wrapper, api, router } = await open(NotificationsView)
    await wrapper.findAll('[data-test="notifications-item"]')[0]!.trigger('click')
    await flushPromises()
    expect(api.calls).toContain('POST /api/notifications/100/read')
    expect(router.currentRoute.value.path).toBe('/appeals/a-0')
  })

  it('the bell leads there with 查看全部', async () => {
    const { wrapper, router } = await open(NotificationBell, '/')
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await flushPromises()
    const all = document.querySelector<HTMLButtonElement>('[data-test="notification-all"]')!
    expect(all.textContent?.trim()).toBe('查看全部')
    all.click()
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('notifications')
  })
})
