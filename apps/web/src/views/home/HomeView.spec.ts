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
  it('shows a loading state while the health check is under way', async () => {
    const { wrapper } = await mountHome(() => new Promise<Response>(() => undefined))
    await flushPromises()
    expect(wrapper.find('[data-state="loading"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('正在检查服务状态')
  })

  it('shows the API as healthy, with the database check, through the typed client', async () => {
    const requests: string[] = []
    const { wrapper } = await mountHome(async (request) => {
      requests.push(request.url)
      return json(200, healthyBody)(request)
    })
    await flushPromises()
    expect(requests).toEqual(['http://localhost:3000/api/health'])
    expect(wrapper.find('[data-state="healthy"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('服务运行正常')
    expect(wrapper.text()).toContain('数据库')
  })

  it('explains in Chinese that the API is down when it cannot be reached', async () => {
    const { wrapper } = await mountHome(async () => {
      throw new TypeError('Failed to fetch')
    })
    await flushPromises()
    expect(wrapper.find('[data-state="unreachable"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('无法连接到接口服务')
    expect(wrapper.text()).toContain('http://localhost:3000')
  })

  it('says the service is partly down when the database check fails (503)', async () => {
    const { wrapper } = await mountHome(
      json(503, { status: 'error', info: {}, error: { database: { status: 'down' } }, details: { database: { status: 'down' } } }),
    )
    await flushPromises()
    expect(wrapper.text()).toContain('服务部分不可用')
    expect(wrapper.text()).toContain('异常')
  })

  it('checks again on request and recovers', async () => {
    let up = false
    const { wrapper } = await mountHome(async (request) => {
      if (!up) throw new TypeError('Failed to fetch')
      return json(200, healthyBody)(request)
    })
    await flushPromises()
    expect(wrapper.text()).toContain('无法连接到接口服务')
    up = true
    await wrapper.find('.sp-health button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('服务运行正常')
  })

  it('speaks English when the language is English', async () => {
    const { wrapper } = await mountHome(json(200, healthyBody), null, 'en')
    await flushPromises()
    expect(wrapper.text()).toContain('All systems operational')
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
