import { House } from '@element-plus/icons-vue'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { createAppI18n } from '../locales/app-i18n'
import { createAppRouter } from '../router/guard'
import { commonRoutes } from '../router/common-routes'
import { createAppContext } from '../testing/app-context'
import { testUsers } from '../testing/fake-auth'
import { healthyBody, json } from '../testing/fetch'
import AppLayout from './AppLayout.vue'
import { waitFor } from '../testing/wait-for'

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: { render: () => null }, meta: { access: 'public', titleKey: 'nav.home', nav: { icon: House } } },
  ...commonRoutes(),
]
const appContext = createAppContext({
  router: (history) => createAppRouter({ routes, history, defaultAccess: 'public', signedOut: 'sign-in' }),
  i18n: (locale) => createAppI18n({ 'zh-CN': { app: { title: '门户', subtitle: '副标题' }, nav: { home: '首页' } }, en: {} }, locale),
})
const userWith = testUsers('someone', '某人')

describe('AppLayout', () => {
  it('shows the title, the top navigation the viewer may see, and the page', async () => {
    const { global } = await appContext({ fetch: json(200, healthyBody) })
    const wrapper = mount(AppLayout, { props: { routes }, global, slots: { default: '<p>page</p>' } })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(wrapper.find('.sp-shell__title').text()).toBe('门户')
    expect(wrapper.find('.sp-shell__subtitle').text()).toBe('副标题')
    expect(wrapper.find('.sp-shell__topnav').text()).toContain('首页')
    expect(wrapper.find('.sp-shell__topnav').text()).not.toContain('账户信息')
    expect(wrapper.find('main').text()).toContain('page')
  })

  it('puts the navigation in the sidebar in the side layout, with the notice and footer slots', async () => {
    const { global } = await appContext({ fetch: json(200, healthyBody), session: userWith('admin') })
    const wrapper = mount(AppLayout, {
      props: { routes, layout: 'side' },
      global,
      slots: { notice: '<p>notice</p>', footer: '<span>footer</span>' },
    })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(wrapper.find('.sp-shell__sidebar').text()).toContain('账户信息')
    expect(wrapper.find('.sp-shell__topnav').exists()).toBe(false)
    expect(wrapper.find('main').text()).toContain('notice')
    expect(wrapper.find('.sp-shell__footer').text()).toBe('footer')
  })

  it('signs in and out through the user menu', async () => {
    const { global, adapter } = await appContext({ fetch: json(200, healthyBody) })
    const wrapper = mount(AppLayout, { props: { routes }, global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    await wrapper.find('.sp-user__login').trigger('click')
    await waitFor(() => expect(adapter.login).toHaveBeenCalled())
  })
})
