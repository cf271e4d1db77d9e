import { SsoUnavailableError } from '@servicepack/ui/auth'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import App from './App.vue'
import { appContext, healthyBody, json, userWith } from './testing/setup'
import { waitFor } from '@servicepack/ui/testing'

describe('web app layout', () => {
  it('shows the product name, the public navigation and a sign-in button to visitors', async () => {
    const { global } = await appContext({ fetch: json(200, healthyBody) })
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(wrapper.find('.sp-shell__title').text()).toBe('企业服务包门户')
    expect(wrapper.find('.sp-shell__topnav').text()).toContain('首页')
    expect(wrapper.find('.sp-shell__topnav').text()).not.toContain('我的服务包')
    expect(wrapper.find('.sp-shell__actions').text()).toContain('登录')
    expect(wrapper.find('[data-test="notification-bell"]').exists()).toBe(false)
    // the page of the route, in the shell
    await waitFor(() => expect(wrapper.find('#sp-main').text()).toContain('惠企政策应知尽知，直达快享'))
  })

  it("shows an enterprise its sections and its name", async () => {
    const { global } = await appContext({ fetch: json(200, healthyBody), session: userWith('enterprise') })
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    const nav = wrapper.find('.sp-shell__topnav').text()
    expect(nav).toContain('我的服务包')
    expect(nav).toContain('我的诉求')
    expect(wrapper.find('[data-test="user-menu"]').text()).toContain('示例企业')
    // an enterprise has the notification bell; a visitor has none
    // the bell is its own chunk (loaded when first shown)
    await waitFor(() => expect(wrapper.find('.sp-shell__actions [data-test="notification-bell"]').exists()).toBe(true))
  })

  it('shows a readable notice when single sign-on cannot be reached', async () => {
    const { global } = await appContext({ fetch: json(200, healthyBody), session: new SsoUnavailableError('http://localhost:8180') })
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(wrapper.text()).toContain('统一身份认证暂时无法连接')
    expect(wrapper.text()).toContain('您仍可浏览公开内容')
  })

  it('signed out in another tab: leaves a page for signed-in users for the start page and says so', async () => {
    const { global, router, adapter } = await appContext({ fetch: json(200, healthyBody), session: userWith('enterprise') })
    await router.push('/account')
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    adapter.end('signed-out-elsewhere')
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/')
    expect(wrapper.find('[data-test="session-ended"]').text()).toContain('您已在其他窗口退出登录')
  })

  it('an expired session keeps the page and offers to sign in again, back to it', async () => {
    sessionStorage.clear()
    const { global, router, adapter } = await appContext({ fetch: json(200, healthyBody), session: userWith('enterprise') })
    await router.push('/account')
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    adapter.end('expired')
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/account')
    const notice = wrapper.find('[data-test="session-ended"]')
    expect(notice.text()).toContain('登录已过期，请重新登录')
    await notice.find('[data-test="session-sign-in"]').trigger('click')
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(adapter.login).toHaveBeenCalled()
  })
})
