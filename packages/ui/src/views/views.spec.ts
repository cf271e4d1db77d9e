import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../locales/app-i18n'
import { createAppRouter } from '../router/guard'
import { commonRoutes } from '../router/common-routes'
import { createAppContext } from '../testing/app-context'
import { testUsers } from '../testing/fake-auth'
import { json } from '../testing/fetch'
import AccountView from './AccountView.vue'
import ErrorView from './ErrorView.vue'
import UpcomingView from './UpcomingView.vue'

const routes = [{ path: '/', name: 'home', component: UpcomingView, meta: { titleKey: 'nav.home' } }, ...commonRoutes()]
const appContext = createAppContext({
  router: (history) => createAppRouter({ routes, history, defaultAccess: 'public', signedOut: 'sign-in' }),
  i18n: (locale) => createAppI18n({ 'zh-CN': { nav: { home: '诉求管理' }, ui: { pages: { backHome: '返回工作台' } } }, en: {} }, locale),
})

describe('shared pages', () => {
  it.each([
    ['forbidden', '无权访问', '当前账号没有访问此页面的权限。'],
    ['not-found', '页面不存在', '您访问的页面不存在或已被移除。'],
  ] as const)('%s: says what happened and leads back home (in the app\'s words)', async (kind, title, body) => {
    const { global, router } = await appContext({ fetch: json(200, {}) })
    await router.push('/account-elsewhere')
    const wrapper = mount(ErrorView, { props: { kind }, global })
    expect(wrapper.text()).toContain(title)
    expect(wrapper.text()).toContain(body)
    await wrapper.find('button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/')
    expect(wrapper.text()).toContain('返回工作台')
  })

  it('upcoming: names the section of the route', async () => {
    const { global } = await appContext({ fetch: json(200, {}) })
    const wrapper = mount(UpcomingView, { global })
    expect(wrapper.find('h1').text()).toBe('诉求管理')
    expect(wrapper.text()).toContain('该功能正在建设中')
  })

  it('account: shows who is signed in, with role names', async () => {
    const me = { sub: 'u-1', username: 'coordinator', roles: ['coordinator'], enterpriseUscc: null, bureau: null, association: null }
    const { global } = await appContext({ fetch: json(200, me), session: testUsers('coordinator', '陈晓东')('coordinator') })
    const wrapper = mount(AccountView, { global })
    await flushPromises()
    expect(wrapper.text()).toContain('账户信息')
    expect(wrapper.text()).toContain('coordinator')
    expect(wrapper.text()).toContain('服务管家')
  })

  it.each([
    ['zh-CN', { bureau: 'sheitc' }, 'account-bureau', '市经济信息化委', 'sheitc'],
    ['zh-CN', { association: 'sh-ic-association' }, 'account-association', '上海市集成电路行业协会', 'sh-ic-association'],
    ['en', { association: 'sh-ic-association' }, 'account-association', 'Shanghai Integrated Circuit Industry Association', 'sh-ic-association'],
  ] as const)('account (%s): names the bureau or association from the catalogues, never its code (%j)', async (locale, claims, test, name, code) => {
    const me = { sub: 'u-1', username: 'someone', roles: ['bureau_officer'], enterpriseUscc: null, bureau: null, association: null, ...claims }
    const { global } = await appContext({ fetch: json(200, me), session: testUsers('someone', '某人')('bureau_officer'), locale })
    const wrapper = mount(AccountView, { global })
    await flushPromises()
    expect(wrapper.find(`[data-test="${test}"]`).text()).toBe(name)
    expect(wrapper.text()).not.toContain(code)
    // what does not apply to the account is left out, not shown as a dash
    expect(wrapper.text()).not.toMatch(/统一社会信用代码|—/)
  })

  it('account: says when the account cannot be read, in words chosen by the code', async () => {
    const { global } = await appContext({ fetch: json(401, { statusCode: 401, error: 'Unauthorized', code: 'TOKEN_INVALID', message: 'Invalid or expired token', correlationId: 'c' }) })
    const wrapper = mount(AccountView, { global })
    await flushPromises()
    expect(wrapper.find('[data-test="account-failure"]').text()).toContain('无法读取账户信息')
    expect(wrapper.find('[data-test="account-failure"]').text()).toContain('登录已过期，请重新登录')
    expect(wrapper.text()).not.toContain('Invalid or expired token')
    expect(wrapper.text()).not.toContain('401')
  })
})
