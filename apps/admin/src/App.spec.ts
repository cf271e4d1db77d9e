import { SsoUnavailableError } from '@servicepack/ui/auth'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import App from './App.vue'
import { appContext, healthyBody, json, userWith } from './testing/setup'
import { waitFor } from '@servicepack/ui/testing'

describe('admin app', () => {
  it('shows the back-office shell with role-based navigation once signed in', async () => {
    const { global } = await appContext({ fetch: json(200, healthyBody), session: userWith('bureau_officer') })
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(wrapper.find('.sp-shell__title').text()).toBe('企业服务包门户')
    expect(wrapper.find('.sp-shell__subtitle').text()).toBe('管理端')
    const nav = wrapper.find('.sp-shell__sidebar').text()
    expect(nav).toContain('诉求管理')
    expect(nav).toContain('三率统计') // their own bureau's figures and the city's (issue 12)
    expect(nav).not.toContain('目录管理')
    // the bell is its own chunk (loaded when first shown)
    await waitFor(() => expect(wrapper.find('.sp-shell__actions [data-test="notification-bell"]').exists()).toBe(true))
  })

  it('shows a readable error instead of the back office when single sign-on is down', async () => {
    const { global } = await appContext({ fetch: json(200, healthyBody), session: new SsoUnavailableError('http://localhost:8180') })
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(wrapper.find('.sp-shell').exists()).toBe(false)
    expect(wrapper.text()).toContain('无法连接统一身份认证')
    expect(wrapper.text()).toContain('http://localhost:8180')
  })

  it("signs out from the user menu through keycloak's logout", async () => {
    const { global, adapter } = await appContext({ fetch: json(200, healthyBody), session: userWith('admin') })
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    wrapper.findComponent({ name: 'UserMenu' }).vm.$emit('logout') // the loaded menu inside its async wrapper
    expect(adapter.logout).toHaveBeenCalled()
  })

  it('sends a user without the role to the forbidden page', async () => {
    const { global, router } = await appContext({ fetch: json(200, healthyBody), session: userWith('association') })
    const wrapper = mount(App, { global })
    await router.push('/metrics')
    expect(router.currentRoute.value.name).toBe('forbidden')
    // the page is a lazy route: its chunk may take a moment to load on a busy machine
    await waitFor(() => expect(wrapper.text()).toContain('无权访问'))
  })

  it('keeps the page under a notice when the session expires (drafts stay), and shows the gate when signed out elsewhere', async () => {
    const { global, adapter } = await appContext({ fetch: json(200, healthyBody), session: userWith('coordinator') })
    const wrapper = mount(App, { global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    adapter.end('expired')
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(wrapper.find('.sp-shell').exists()).toBe(true)
    expect(wrapper.find('[data-test="session-ended"]').text()).toContain('登录已过期，请重新登录')

    const other = await appContext({ fetch: json(200, healthyBody), session: userWith('coordinator') })
    const signedOut = mount(App, { global: other.global })
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    other.adapter.end('signed-out-elsewhere')
    await vi.dynamicImportSettled() // the header's drop-downs load beside the page (header-menus.ts)
    await flushPromises()
    expect(signedOut.find('.sp-shell').exists()).toBe(false)
    expect(signedOut.text()).toContain('登录')
  })
})
