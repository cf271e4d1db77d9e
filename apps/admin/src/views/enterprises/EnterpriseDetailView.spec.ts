import type { Role } from '@servicepack/ui/auth'
import { flushPromises, mount } from '@vue/test-utils'
import { ElForm } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { chooseCoordinator, coordinators, enterprise, historyPage, KEY_USCC, packageOf, stewardOf } from '../../testing/enterprises'
import { fakeApi } from '../../testing/fake-api'
import { appContext, userWith } from '../../testing/setup'
import EnterpriseDetailView from './EnterpriseDetailView.vue'
import { waitFor } from '@servicepack/ui/testing'

const base = `/api/enterprises/${KEY_USCC}`
const handlers = {
  [`GET ${base}`]: { body: enterprise() },
  [`GET ${base}/package`]: { body: packageOf },
  [`GET ${base}/history`]: { body: historyPage() },
  'GET /api/users/coordinators': { body: coordinators },
}

async function mountDetail(options: { roles?: Role[]; tab?: string; api?: Parameters<typeof fakeApi>[0]; locale?: 'zh-CN' | 'en' } = {}) {
  const api = fakeApi(options.api ?? handlers)
  const context = await appContext({ fetch: api.fetch, session: userWith(...(options.roles ?? ['coordinator'])), locale: options.locale })
  await context.router.push(`/enterprises/${KEY_USCC}${options.tab ? `?tab=${options.tab}` : ''}`)
  const wrapper = mount(EnterpriseDetailView, { props: { uscc: KEY_USCC }, global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api, router: context.router }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('enterprise detail', () => {
  it('shows the header and the facts with their labels and units; unknown facts say 未填写', async () => {
    const { wrapper } = await mountDetail()
    expect(wrapper.find('[data-test="enterprise-name"]').text()).toBe('上海临港智能装备股份有限公司')
    expect(wrapper.find('[data-test="enterprise-uscc"]').text()).toBe(KEY_USCC)
    expect(wrapper.find('[data-test="key-tag"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('张伟')
    expect(wrapper.text()).toContain('021-5888 1234')
    const fact = (name: string) => wrapper.find(`[data-fact="${name}"]`).text()
    expect(fact('industry')).toBe('高端装备')
    expect(fact('district')).toBe('浦东新区')
    expect(fact('annualOutputValue')).toBe('26亿元')
    expect(fact('firstSetContractAmount')).toBe('4500万元')
    expect(fact('firstSetCertified')).toBe('是')
    expect(fact('technologyField')).toBe('未填写')
    expect(fact('stockingLoanTermMonths')).toBe('未填写')
    expect(wrapper.text()).toContain('年产值')
    // retired facts (revenue, R&D expense, 规上) are not listed; the chemical-project facts are, while the
    // firm has not said it produces no chemicals (any industry may produce chemicals: issue 23)
    for (const hidden of ['revenue', 'rdExpense', 'aboveDesignatedSize']) expect(wrapper.find(`[data-fact="${hidden}"]`).exists()).toBe(false)
    expect(wrapper.find('[data-fact="outsideChemicalPark"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('已填写 5 / 24 项')
  })

  it('shows the service package: measure, clause, status, amount, missing facts, reasons, total', async () => {
    const { wrapper, api } = await mountDetail({ tab: 'package' })
    expect(api.last('GET', `${base}/package`)?.query).toEqual({})
    expect(wrapper.find('[data-test="package-total"]').text()).toBe('最高1350万元')
    const rows = wrapper.findAll('[data-test="package-row"]')
    expect(rows.map((r) => r.attributes('data-status'))).toEqual(['eligible', 'eligible', 'eligible', 'unknown', 'announced', 'ineligible'])
    const [firstSet, labour, talent, research, growth, chemical] = rows
    expect(firstSet!.text()).toContain('首台(套)重大技术装备、首批次新材料支持')
    expect(firstSet!.text()).toContain('沪府办规〔2025〕20号 第(一)条')
    expect(firstSet!.text()).toContain('市经济信息化委')
    // the portal's words: 可享受 / 待补充 / 暂不符合
    expect(firstSet!.text()).toContain('可享受')
    expect(firstSet!.text()).toContain('最高1350万元')
    expect(firstSet!.text()).toContain('首台(套)/首批次认定：是')
    expect(labour!.text()).toContain('非资金支持')
    expect(labour!.text()).toContain('浦东新区人民政府')
    expect(research!.text()).toContain('待补充')
    expect(research!.text()).toContain('基础研究投入')
    expect(research!.text()).toContain('补充信息后测算')
    expect(chemical!.text()).toContain('暂不符合')
    // money for each selected person, not the enterprise's, and not in the total
    expect(talent!.find('[data-test="per-person"]').text()).toBe('每位入选者，归个人，不计入合计')
    expect(talent!.text()).toContain('最高30万元')
    // announced, rules pending: its own status, no amount
    expect(growth!.text()).toContain('细则待出台')
    expect(growth!.text()).toContain('细则待出台，不计入合计')
    expect(wrapper.text()).toContain('可享受 3 项 · 待补充 1 项 · 细则待出台 1 项 · 暂不符合 1 项')
    expect(wrapper.text()).toContain('人才奖励归入选者个人、细则待出台的措施不计入')
    expect(wrapper.text()).toContain('可享受资金支持合计')
  })

  it('says the new statuses and per-person awards in English', async () => {
    const { wrapper } = await mountDetail({ tab: 'package', locale: 'en' })
    const rows = wrapper.findAll('[data-test="package-row"]')
    expect(rows[2]!.find('[data-test="per-person"]').text()).toBe('per selected person, paid to them, not in the total')
    expect(rows[4]!.text()).toContain('Announced · rules pending')
    expect(wrapper.text()).toContain('3 eligible · 1 need information · 1 with rules pending · 1 not eligible yet')
  })

  it('says there is no amount yet rather than 0元', async () => {
    const { wrapper } = await mountDetail({ tab: 'package', api: { ...handlers, [`GET ${base}/package`]: { body: { ...packageOf, total: { min: 0, max: 0 } } } } })
    expect(wrapper.find('[data-test="package-total"]').text()).toBe('暂无可测算的资金支持')
  })

  it('asks for the package on another date', async () => {
    const { wrapper, api } = await mountDetail({ tab: 'package' })
    await wrapper.find('[data-test="package-asof"]').setValue('2027-06-30')
    await flushPromises()
    expect(api.last('GET', `${base}/package`)?.query).toEqual({ asOf: '2027-06-30' })
  })

  it('shows English reasons and names in English', async () => {
    const { wrapper } = await mountDetail({ tab: 'package', locale: 'en' })
    const first = wrapper.find('[data-test="package-row"]')
    expect(first.text()).toContain('First-set recognition: yes')
    expect(first.text()).toContain('Municipal Commission of Economy and Informatization')
    expect(first.text()).toContain('up to CNY 13.5M')
  })

  it('shows the change history with fact labels and formatted values, the steward field by field', async () => {
    const warn = vi.spyOn(console, 'warn')
    const { wrapper } = await mountDetail({ tab: 'history' })
    const entries = wrapper.findAll('[data-test="history-entry"]')
    expect(entries).toHaveLength(2)
    // the actor by name (family name first), the time in Shanghai, one empty value (未填写) everywhere
    expect(entries[0]!.text()).toContain('王明远 修改')
    expect(entries[0]!.text()).toContain('2026-11-26 10:30')
    expect(entries[0]!.text()).toMatch(/年产值\s*9亿元\s*→\s*26亿元/)
    expect(entries[0]!.text()).toMatch(/基础研究投入\s*未填写\s*→\s*6000万元/)
    // a name never known: a neutral word, never the login
    expect(entries[1]!.text()).toContain('工作人员 修改')
    expect(entries[1]!.text()).not.toContain('coordinator')
    expect(entries[1]!.text()).toMatch(/服务管家姓名\s*未填写\s*→\s*李敏/)
    expect(entries[1]!.text()).toMatch(/服务管家电话\s*未填写\s*→\s*021-1234 5678/)
    expect(entries[1]!.text()).toMatch(/服务管家邮箱\s*未填写\s*→\s*limin.sheitc.example/)
    expect(entries[1]!.text()).not.toContain('steward.')
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/Not found/)
    warn.mockRestore()
  })

  it('labels the steward history fields in English too', async () => {
    const { wrapper } = await mountDetail({ tab: 'history', locale: 'en' })
    const text = wrapper.findAll('[data-test="history-entry"]')[1]!.text()
    expect(text).toContain("Steward's name")
    expect(text).toContain("Steward's phone")
    expect(text).toContain("Steward's e-mail")
  })

  it('keeps the open tab in the URL', async () => {
    const { wrapper, router } = await mountDetail()
    await wrapper.find('#tab-history').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ tab: 'history' })
  })

  it('lets a coordinator assign the steward', async () => {
    const { wrapper } = await mountDetail({ tab: 'steward', roles: ['coordinator'] })
    expect(wrapper.find('[data-test="no-steward"]').text()).toContain('尚未分配服务管家')
    expect(wrapper.find('[data-test="assign-steward"]').text()).toBe('分配服务管家')
  })

  it('does not offer the assignment to an admin (the API refuses it)', async () => {
    const { wrapper } = await mountDetail({ tab: 'steward', roles: ['admin'], api: { ...handlers, [`GET ${base}`]: { body: enterprise({ steward: stewardOf(coordinators[0]!) }) } } })
    expect(wrapper.find('[data-test="steward"]').text()).toContain('陈晓东')
    // the account, with the name and e-mail the directory has for it
    expect(wrapper.find('[data-test="steward-account"]').text()).toBe('已关联协调员账号')
    expect(wrapper.find('[data-test="steward"]').text()).toContain('coordinator@demo.servicepack.example')
    expect(wrapper.find('[data-test="assign-steward"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('仅协调员可以分配服务管家')
  })

  it.each([
    { locale: 'zh-CN' as const, title: '原服务管家（未关联账号）：张三', action: '选择服务管家账号' },
    { locale: 'en' as const, title: 'Former steward (no account linked): 张三', action: 'Choose a steward account' },
  ])('shows a legacy steward (free text, no account) with a prompt to choose an account ($locale)', async ({ locale, title, action }) => {
    const legacy = { sub: null, username: null, name: '张三', phone: '021-2311 5555', email: 'zhang@x.cn', assignedBy: 'coordinator', assignedByName: '陈晓东', assignedAt: null }
    const { wrapper } = await mountDetail({ tab: 'steward', locale, api: { ...handlers, [`GET ${base}`]: { body: enterprise({ steward: legacy }) } } })
    expect(wrapper.find('[data-test="steward-legacy"]').text()).toContain(title)
    expect(wrapper.find('[data-test="steward"]').text()).toContain('021-2311 5555')
    expect(wrapper.find('[data-test="assign-steward"]').text()).toBe(action)
    expect(wrapper.text()).not.toMatch(/enterprises\.steward\./)
  })

  it('says so when the enterprise does not exist (or may not be seen)', async () => {
    const { wrapper } = await mountDetail({ api: {} })
    expect(wrapper.find('[data-test="not-found"]').text()).toContain('未找到该企业')
    const hidden = { status: 404, body: { statusCode: 404, error: 'Not Found', code: 'ENTERPRISE_NOT_FOUND', message: 'Enterprise not found', correlationId: 'c' } }
    const second = await mountDetail({ api: { ...handlers, [`GET ${base}`]: hidden } })
    expect(second.wrapper.find('[data-test="not-found"]').exists()).toBe(true)
    expect(second.wrapper.text()).not.toContain('Enterprise not found')
    // the text of an unknown but valid code is a sentence, never a message key
    expect(second.wrapper.text()).toContain(`没有统一社会信用代码为 ${KEY_USCC} 的企业`)
    expect(second.wrapper.text()).not.toContain('notFoundBody')
  })

  it('says a link with something that is not a USCC is not one (not "请求有误", not 400)', async () => {
    const invalid = {
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', code: 'FIELD_INVALID', message: 'Request validation failed', details: [{ field: 'uscc', code: 'FORMAT', messages: ['uscc has a wrong check digit'] }], correlationId: 'c' },
    }
    const { wrapper } = await mountDetail({ api: { ...handlers, [`GET ${base}`]: invalid } })
    expect(wrapper.find('[data-test="invalid-uscc"]').text()).toContain('这不是有效的统一社会信用代码')
    expect(wrapper.text()).not.toMatch(/Request validation failed|400|填写的内容有误/)
  })

  it('explains a failure by its code, with the request id and a retry', async () => {
    const failing = { status: 503, body: { statusCode: 503, error: 'Service Unavailable', code: 'SERVICE_UNAVAILABLE', message: 'Health check failed: database', correlationId: 'req-503' } }
    const { wrapper } = await mountDetail({ api: { ...handlers, [`GET ${base}`]: failing } })
    const error = wrapper.find('[data-test="error"]')
    expect(error.text()).toContain('无法读取企业信息')
    expect(error.text()).toContain('服务暂时不可用，请稍后重试')
    expect(error.text()).toContain('请求编号：req-503')
    expect(error.text()).not.toContain('Health check failed')
  })

  it('on a steward conflict reloads the enterprise and saves what the coordinator typed with the new version', async () => {
    let version = 3
    const [chen, wang] = coordinators as [(typeof coordinators)[0], (typeof coordinators)[0]]
    const steward = stewardOf(chen)
    const { wrapper, api } = await mountDetail({
      tab: 'steward',
      api: {
        ...handlers,
        [`GET ${base}`]: () => ({ body: enterprise(version > 3 ? { version, steward } : {}) }),
        [`PUT ${base}/steward`]: (call) =>
          (call.body as { version: number }).version === version
            ? { body: enterprise({ version: version + 1, steward: stewardOf(wang, '021 1234 5678') }) }
            : { status: 409, body: { statusCode: 409, error: 'Conflict', code: 'PROFILE_VERSION_CONFLICT', message: 'stale version', correlationId: 'c' } },
      },
    })
    await wrapper.find('[data-test="assign-steward"]').trigger('click')
    await flushPromises()
    const form = wrapper.getComponent(ElForm)
    await chooseCoordinator(form, wang.sub)
    await form.find('[data-test="field-phone"] input').setValue('021 1234 5678')
    version = 4 // another coordinator assigns 陈晓东 meanwhile
    document.querySelector<HTMLButtonElement>('[data-test="steward-save"]')!.click()
    await waitFor(() => expect(document.querySelector('[data-test="steward-conflict"]')?.textContent).toContain('资料已被他人修改，请重新加载后再保存'))

    document.querySelector<HTMLButtonElement>('[data-test="steward-reload"]')!.click()
    await waitFor(() => expect(document.querySelector('[data-test="steward-reloaded"]')?.textContent).toContain('陈晓东'))
    expect(form.findComponent({ name: 'ElSelect' }).props('modelValue')).toBe(wang.sub)
    document.querySelector<HTMLButtonElement>('[data-test="steward-save"]')!.click()
    await waitFor(() => expect(wrapper.find('[data-test="steward"]').text()).toContain('王芳'))
    expect(api.calls.filter((c) => c.method === 'PUT').map((c) => (c.body as { version: number; stewardSub: string }) ).map((b) => [b.version, b.stewardSub])).toEqual([[3, wang.sub], [4, wang.sub]])
    expect(api.calls.filter((c) => c.method === 'GET' && c.path === base)).toHaveLength(2)
  })
})
