import { SsoUnavailableError } from '@servicepack/ui/auth'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { appContext, healthyBody, json, userWith, type FakeFetch } from '../../testing/setup'
import HomeView from './HomeView.vue'

async function mountHome(fetch: FakeFetch, session: Parameters<typeof appContext>[0]['session'] = null, locale?: 'en') {
  const context = await appContext({ fetch, session, locale })
  const wrapper = mount(HomeView, { global: context.global })
  return { wrapper, ...context }
}

describe('web start page', () => {
  it('shows the public what the portal offers and how to start, not the system status, and asks the API nothing', async () => {
    const requests: string[] = []
    const { wrapper } = await mountHome(async (request) => {
      requests.push(request.url)
      return json(200, healthyBody)(request)
    })
    await flushPromises()
    expect(requests).toEqual([])
    expect(wrapper.find('.sp-health').exists()).toBe(false)
    expect(wrapper.text()).not.toMatch(/系统运行状态|数据库/)
    expect(wrapper.find('[data-test="home-guide"]').text()).toContain('办事指引')
    expect(wrapper.find('[data-test="home-guide"]').text()).toContain('先测算')
  })

  it('speaks English when the language is English', async () => {
    const { wrapper } = await mountHome(json(200, healthyBody), null, 'en')
    await flushPromises()
    expect(wrapper.find('[data-test="home-guide"]').text()).toContain('How to start')
    expect(wrapper.text()).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('offers the anonymous visitor to sign in', async () => {
    const { wrapper, adapter } = await mountHome(json(200, healthyBody), null)
    await wrapper.find('[data-test="hero-login"]').trigger('click')
    expect(adapter.login).toHaveBeenCalled()
  })

  it('welcomes a signed-in enterprise and links to its service pack', async () => {
    const { wrapper } = await mountHome(json(200, healthyBody), userWith('enterprise'))
    await flushPromises()
    expect(wrapper.text()).toContain('示例企业，您好')
    expect(wrapper.text()).toContain('查看我的服务包')
  })

  it('still renders the public page when single sign-on is down', async () => {
    const { wrapper } = await mountHome(json(200, healthyBody), new SsoUnavailableError('http://localhost:8180'))
    await flushPromises()
    expect(wrapper.text()).toContain('惠企政策应知尽知')
    expect(wrapper.text()).toContain('登录服务暂不可用')
  })
})
