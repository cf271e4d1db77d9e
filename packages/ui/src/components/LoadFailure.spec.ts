import { ApiError } from '@servicepack/api-client'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { createAppI18n } from '../locales/app-i18n'
import { createAppRouter } from '../router/guard'
import { createAppContext } from '../testing/app-context'
import { healthyBody, json } from '../testing/fetch'
import LoadFailure from './LoadFailure.vue'

const routes: RouteRecordRaw[] = [{ path: '/', name: 'home', component: { render: () => null }, meta: { access: 'public' } }]
const appContext = createAppContext({
  router: (history) => createAppRouter({ routes, history, defaultAccess: 'public', signedOut: 'sign-in' }),
  i18n: (locale) => createAppI18n({ 'zh-CN': {}, en: {} }, locale),
})
const apiError = (code: ApiError['code'], statusCode: number) => new ApiError({ statusCode, error: 'x', code, message: 'English for developers', correlationId: 'req-42' })

async function mountFailure(props: { title: string; error: unknown; retry?: boolean; variant?: 'inline' | 'page' }, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const context = await appContext({ fetch: json(200, healthyBody), locale })
  const wrapper = mount(LoadFailure, { props, global: context.global })
  await flushPromises()
  return { wrapper, auth: context.auth }
}

describe('LoadFailure (admin’s ErrorAlert and web’s LoadFailure, one component)', () => {
  it('inline: says what failed, why in words chosen by the code, and the request id to quote', async () => {
    const { wrapper } = await mountFailure({ title: '无法读取企业列表', error: apiError('CALENDAR_YEAR_UNKNOWN', 409) })
    expect(wrapper.find('[data-test="error"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('无法读取企业列表')
    expect(wrapper.text()).not.toContain('English for developers')
    expect(wrapper.text()).toContain('请求编号：req-42')
    expect(wrapper.find('[data-test="retry"]').exists()).toBe(false)
  })

  it('offers "try again" only when asked, and emits retry', async () => {
    const { wrapper } = await mountFailure({ title: 'x', error: apiError('SERVICE_UNAVAILABLE', 503), retry: true })
    await wrapper.find('[data-test="retry"]').trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
    expect(wrapper.find('[data-test="retry"]').text()).toBe('重试')
  })

  it('page: a card in place of the page, in English too', async () => {
    const { wrapper } = await mountFailure({ title: 'Could not load', error: new Error('offline'), retry: true, variant: 'page' }, 'en')
    expect(wrapper.find('[data-test="load-failure"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="error"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="retry"]').text()).toBe('Try again')
  })

  it.each(['inline', 'page'] as const)('%s: an ended session is fixed by signing in again, not by retrying', async (variant) => {
    const { wrapper, auth } = await mountFailure({ title: 'x', error: apiError('TOKEN_INVALID', 401), retry: true, variant })
    const login = vi.spyOn(auth, 'login').mockResolvedValue(undefined)
    expect(wrapper.find('[data-test="retry"]').exists()).toBe(false)
    await wrapper.find('[data-test="sign-in-again"]').trigger('click')
    expect(login).toHaveBeenCalledOnce()
  })
})
