import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { RouterView } from 'vue-router'
import FactField from '../../components/facts/FactField.vue'
import { appContext, enterpriseA, fakeApi, reply, userWith } from '../../testing/setup'
import { waitFor } from '@servicepack/ui/testing'

const Host = defineComponent({ render: () => h(RouterView) })

async function openProfile(handlers: Parameters<typeof fakeApi>[0], path = '/profile', locale?: 'zh-CN' | 'en') {
  const api = fakeApi({ 'GET /api/enterprises/me/history': () => reply(200, { items: [], total: 0, page: 1, pageSize: 20, fields: [] }), ...handlers })
  const context = await appContext({ fetch: api.fetch, session: userWith('enterprise'), locale })
  await context.router.push(path)
  const wrapper = mount(Host, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, api, router: context.router, adapter: context.adapter, auth: context.auth }
}

const input = (wrapper: VueWrapper, fact: string) => wrapper.find(`[data-test="fact-${fact}"]`)
const previewCard = (wrapper: VueWrapper, measure: string) =>
  wrapper.find(`[data-test="preview"] [data-test="measure-card"][data-measure="${measure}"]`)
const fieldOf = (wrapper: VueWrapper, fact: string) => wrapper.find(`[data-fact="${fact}"]`)
const errorOf = (wrapper: VueWrapper, fact: string) => {
  const error = fieldOf(wrapper, fact).find('.el-form-item__error')
  return error.exists() ? error.text() : null
}

// Each test mounts the whole page (contacts, the form, the live preview of all 27 measures, history)
// and types into it: 1–3 s alone on this shared two-core machine, up to ~6 s for the first test when
// the whole suite runs in parallel under load; the default 5 s is too tight for that.
// The page mounts every fact's field and re-evaluates the whole catalogue as the person types: on a
// loaded 2-core machine (CI runs the API's tests beside it) one test took 15 s where it takes 2 s alone.
// The limit catches a hang, not slowness.
describe('profile page', { timeout: 40_000 }, () => {
  beforeEach(() => {
    // The rules are dated: evaluate on a day inside the plan's period, whatever today is.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-26T10:00:00+08:00') })
  })
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('recomputes the package in the browser as the person types, before saving', async () => {
    const { wrapper, api } = await openProfile({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()) })
    expect(previewCard(wrapper, 'basic-research').attributes('data-status')).toBe('unknown')
    expect(wrapper.find('[data-test="unsaved"]').exists()).toBe(false)

    expect(input(wrapper, 'basicResearchInvestment').element.tagName).toBe('INPUT')
    await input(wrapper, 'basicResearchInvestment').setValue('60000000')
    await flushPromises()

    const card = previewCard(wrapper, 'basic-research')
    expect(card.attributes('data-status')).toBe('eligible')
    expect(card.find('[data-test="amount"]').text()).toContain('500万元')
    expect(card.find('[data-test="change"]').text()).toBe('新符合')
    expect(wrapper.find('[data-test="preview-total"]').text()).toContain('500万元')
    expect(fieldOf(wrapper, 'basicResearchInvestment').find('[data-test="read-back"]').text()).toBe('= 6000万元')
    expect(wrapper.find('[data-test="unsaved"]').text()).toBe('未保存')
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([])
  })

  it('shows a client-side problem on the field and leaves the bad value out of the preview', async () => {
    const { wrapper } = await openProfile({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()) })
    await input(wrapper, 'basicResearchInvestment').setValue('6千万')
    await flushPromises()
    // Element Plus shows a form item's message after a short debounce.
    await waitFor(() => expect(errorOf(wrapper, 'basicResearchInvestment')).toContain('请输入 0 至 100000亿元 之间的整数金额'))
    expect(previewCard(wrapper, 'basic-research').attributes('data-status')).toBe('unknown')
  })

  it('saves only the changed facts with the version read, then shows everything saved', async () => {
    let saved: unknown
    const { wrapper, api } = await openProfile({
      'GET /api/enterprises/me': () => reply(200, enterpriseA()),
      'PUT /api/enterprises/me': (body) => {
        saved = body
        return reply(200, enterpriseA({ version: 4, facts: { ...enterpriseA().facts, basicResearchInvestment: 60_000_000 } }))
      },
    })
    await input(wrapper, 'basicResearchInvestment').setValue('60,000,000')
    await wrapper.find('[data-test="save-profile"]').trigger('click')
    await flushPromises()
    expect(saved).toEqual({ version: 3, facts: { basicResearchInvestment: 60_000_000 } })
    expect(wrapper.find('[data-test="unsaved"]').exists()).toBe(false)
    // The stored profile is now the baseline: no change left to highlight.
    expect(previewCard(wrapper, 'basic-research').find('[data-test="change"]').exists()).toBe(false)
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1)
  })

  it('on 409 keeps the edits, explains, and reloads the newer profile with the edits re-applied', async () => {
    let version = 3
    const puts: unknown[] = []
    const { wrapper } = await openProfile({
      'GET /api/enterprises/me': () =>
        reply(200, enterpriseA({ version, facts: { ...enterpriseA().facts, ...(version > 3 ? { annualOutputValue: 1_400_000_000 } : {}) } })),
      'PUT /api/enterprises/me': (body) => {
        puts.push(body)
        if ((body as { version: number }).version !== version) {
          return reply(409, {
            statusCode: 409,
            error: 'Conflict',
            code: 'PROFILE_VERSION_CONFLICT',
            message: 'The profile was changed by someone else',
            correlationId: 'c',
          })
        }
        return reply(200, enterpriseA({ version: version + 1 }))
      },
    })
    await input(wrapper, 'basicResearchInvestment').setValue('60000000')
    version = 4 // a colleague saves in the meantime (annual output value)
    await wrapper.find('[data-test="save-profile"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-test="conflict"]').text()).toContain('资料已被他人修改，请重新加载后再保存')
    expect(wrapper.text()).not.toContain('changed by someone else')
    expect((input(wrapper, 'basicResearchInvestment').element as HTMLInputElement).value).toBe('60,000,000')
    expect(wrapper.find('[data-test="unsaved"]').exists()).toBe(true)

    await wrapper.find('[data-test="reload-keep"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="conflict"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="merged"]').text()).toContain('年产值')
    expect((input(wrapper, 'basicResearchInvestment').element as HTMLInputElement).value).toBe('60,000,000')
    expect((input(wrapper, 'annualOutputValue').element as HTMLInputElement).value).toBe('1,400,000,000')

    await wrapper.find('[data-test="save-profile"]').trigger('click')
    await flushPromises()
    expect(puts).toEqual([
      { version: 3, facts: { basicResearchInvestment: 60_000_000 } },
      { version: 4, facts: { basicResearchInvestment: 60_000_000 } },
    ])
  })

  it('when the session has ended: keeps the draft, says 登录已过期, signs in again and saves the draft once back', async () => {
    sessionStorage.clear()
    const puts: unknown[] = []
    let signedIn = false
    const handlers = {
      'GET /api/enterprises/me': () => reply(200, enterpriseA()),
      'PUT /api/enterprises/me': (body: unknown) => {
        puts.push(body)
        if (!signedIn) return reply(401, { statusCode: 401, error: 'Unauthorized', code: 'AUTH_REQUIRED', message: 'A bearer access token is required', correlationId: 'c' })
        return reply(200, enterpriseA({ version: 4, facts: { ...enterpriseA().facts, basicResearchInvestment: 60_000_000 } }))
      },
    }
    const first = await openProfile(handlers)
    await input(first.wrapper, 'basicResearchInvestment').setValue('60000000')
    await first.wrapper.find('[data-test="save-profile"]').trigger('click')
    await flushPromises()
    const alert = first.wrapper.find('[data-test="save-needs-sign-in"]')
    expect(alert.text()).toContain('登录已过期，请重新登录')
    expect(first.wrapper.text()).not.toMatch(/bearer|401/)
    expect((input(first.wrapper, 'basicResearchInvestment').element as HTMLInputElement).value).toBe('60,000,000')

    await alert.find('[data-test="sign-in-and-save"]').trigger('click')
    await flushPromises()
    expect(first.adapter.login).toHaveBeenCalled()
    expect(sessionStorage.getItem('servicepack.draft.profile')).toContain('"retry":true')
    first.wrapper.unmount()

    // back from the sign-in page: the page loads again, puts the draft back and saves it
    signedIn = true
    const back = await openProfile(handlers)
    await flushPromises()
    expect(puts).toEqual([
      { version: 3, facts: { basicResearchInvestment: 60_000_000 } },
      { version: 3, facts: { basicResearchInvestment: 60_000_000 } },
    ])
    expect(back.wrapper.find('[data-test="unsaved"]').exists()).toBe(false)
    expect(sessionStorage.getItem('servicepack.draft.profile')).toBeNull()
  })

  it('keeps the draft (without saving it) when the user signs in again from the session notice', async () => {
    sessionStorage.clear()
    const puts: unknown[] = []
    const handlers = {
      'GET /api/enterprises/me': () => reply(200, enterpriseA()),
      'PUT /api/enterprises/me': (body: unknown) => {
        puts.push(body)
        return reply(200, enterpriseA({ version: 4 }))
      },
    }
    const first = await openProfile(handlers)
    await input(first.wrapper, 'basicResearchInvestment').setValue('123000000')
    await first.auth.signInAgain()
    first.wrapper.unmount()
    const back = await openProfile(handlers)
    await flushPromises()
    expect((input(back.wrapper, 'basicResearchInvestment').element as HTMLInputElement).value).toBe('123,000,000')
    expect(back.wrapper.find('[data-test="unsaved"]').exists()).toBe(true)
    expect(puts).toEqual([])
  })

  const invalid = () =>
    reply(400, {
      statusCode: 400,
      error: 'Bad Request',
      code: 'FIELD_INVALID',
      message: 'Request validation failed',
      details: [
        { field: 'facts.annualOutputValue', code: 'OUT_OF_RANGE', messages: ['facts.annualOutputValue must not be greater than 10000000000000'] },
        { field: 'contactEmail', code: 'FORMAT', messages: ['contactEmail must be an email'] },
        { field: 'facts', code: 'TOO_LONG', messages: ['facts must have at most 100 keys'] },
      ],
      correlationId: 'c',
    })
  const ENGLISH_DETAILS = /must not be greater|must be an email|at most 100 keys|Request validation failed/

  it.each([
    { locale: 'zh-CN' as const, output: '年产值超出允许的范围', email: '联系邮箱格式不正确', other: '企业信息超出长度限制' },
    { locale: 'en' as const, output: 'Annual output value is outside the allowed range', email: 'Contact e-mail is not in a valid format', other: 'Enterprise facts is too long' },
  ])('puts the problems of a 400 on the fields the API names, said by their codes ($locale)', async ({ locale, output, email, other }) => {
    const { wrapper } = await openProfile({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()), 'PUT /api/enterprises/me': invalid }, '/profile', locale)
    await input(wrapper, 'annualOutputValue').setValue('1')
    await wrapper.find('[data-test="save-profile"]').trigger('click')
    await flushPromises()
    await waitFor(() => expect(errorOf(wrapper, 'annualOutputValue')).toBe(output))
    expect(errorOf(wrapper, 'contactEmail')).toBe(email)
    expect(errorOf(wrapper, 'basicResearchInvestment')).toBeNull()
    // A field the form does not show is named above the form.
    expect(wrapper.find('[data-test="unmapped-errors"]').text()).toContain(other)
    expect(document.body.textContent).not.toMatch(ENGLISH_DETAILS)

    // Editing the field clears the API's complaint about it.
    await input(wrapper, 'annualOutputValue').setValue('2')
    await flushPromises()
    await waitFor(() => expect(errorOf(wrapper, 'annualOutputValue')).toBeNull())
  })

  it('on 429 says how long to wait and keeps the draft', async () => {
    const { wrapper } = await openProfile({
      'GET /api/enterprises/me': () => reply(200, enterpriseA()),
      'PUT /api/enterprises/me': () =>
        new Response(JSON.stringify({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: 'ThrottlerException: Too Many Requests', correlationId: 'c' }), {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '30' },
        }),
    })
    await input(wrapper, 'annualOutputValue').setValue('1')
    await wrapper.find('[data-test="save-profile"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="save-failed"]').text()).toContain('操作过于频繁，请在 30 秒后重试')
    expect(wrapper.text()).not.toContain('ThrottlerException')
    expect((input(wrapper, 'annualOutputValue').element as HTMLInputElement).value).toBe('1')
    expect(wrapper.find('[data-test="unsaved"]').exists()).toBe(true)
  })

  it("names every field in the history, the steward's one by one, without missing-key warnings", async () => {
    const warn = vi.spyOn(console, 'warn')
    const history = [
      {
        id: '2',
        at: '2026-11-25T02:00:00.000Z',
        actorUsername: 'coordinator',
        changes: [
          { field: 'steward.name', from: null, to: '李敏' },
          { field: 'steward.phone', from: null, to: '021-23112345' },
          { field: 'steward.email', from: null, to: 'limin.sheitc.example' },
        ],
      },
      { id: '1', at: '2026-11-20T02:00:00.000Z', actorUsername: 'enterprise-a', changes: [{ field: 'contactPhone', from: null, to: '021-5555 0101' }, { field: 'facts.revenue', from: null, to: 1_280_000_000 }] },
    ]
    const { wrapper } = await openProfile({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()), 'GET /api/enterprises/me/history': () => reply(200, { items: history, total: history.length, page: 1, pageSize: 20, fields: [] }) })
    await wrapper.find('[data-test="history"] .el-collapse-item__header').trigger('click')
    await flushPromises()
    const text = wrapper.find('[data-test="history"]').text()
    // one empty value (未填写), times in Shanghai time, whatever the browser's zone
    expect(text).toMatch(/服务管家姓名\s*未填写\s*→\s*李敏/)
    expect(text).toMatch(/服务管家电话\s*未填写\s*→\s*021-23112345/)
    expect(text).toMatch(/服务管家邮箱\s*未填写\s*→\s*limin.sheitc.example/)
    expect(text).toMatch(/联系电话\s*未填写\s*→\s*021-5555 0101/)
    expect(text).toMatch(/营业收入\s*未填写\s*→\s*12.8亿元/)
    expect(text).toContain('2026-11-25 10:00')
    expect(text).not.toContain('steward.')
    expect(text).not.toContain('未知')
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/Not found/)
    warn.mockRestore()
  })

  it('focuses the field named by ?field= (the cards link there)', async () => {
    const { wrapper } = await openProfile({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()) }, '/profile?field=basicResearchInvestment')
    expect(document.activeElement).toBe(input(wrapper, 'basicResearchInvestment').element)
  })

  it('offers 是/否/未知 for yes/no facts, where 未知 sends null', async () => {
    let saved: unknown
    const { wrapper } = await openProfile({
      'GET /api/enterprises/me': () => reply(200, enterpriseA({ facts: { ...enterpriseA().facts, firstSetCertified: true } })),
      'PUT /api/enterprises/me': (body) => {
        saved = body
        return reply(200, enterpriseA({ version: 4, facts: { ...enterpriseA().facts, firstSetCertified: undefined } }))
      },
    })
    const group = fieldOf(wrapper, 'firstSetCertified')
    expect(group.findAll('.el-radio-button').map((l) => l.text())).toEqual(['是', '否', '未知'])
    await group.find('input[value="__unknown__"]').setValue(true)
    await wrapper.find('[data-test="save-profile"]').trigger('click')
    await flushPromises()
    expect(saved).toEqual({ version: 3, facts: { firstSetCertified: null } })
  })

  it('no longer asks the retired facts, asks the chemical-project facts until the firm says it produces no chemicals, and asks the loan term', async () => {
    const { wrapper } = await openProfile({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()) })
    // enterprise-a has revenue, R&D expense and 规上 stored: kept, but not asked
    for (const retired of ['revenue', 'rdExpense', 'aboveDesignatedSize']) expect(fieldOf(wrapper, retired).exists()).toBe(false)
    expect(fieldOf(wrapper, 'technologyField').exists()).toBe(true)
    expect(fieldOf(wrapper, 'stockingLoanTermMonths').text()).toContain('备货贷款期限')
    expect(fieldOf(wrapper, 'stockingLoanTermMonths').text()).toContain('个月')
    // 化工园区外存量化工企业 is any chemical producer, whatever its industry label: an integrated-circuit
    // firm is asked, until it says it produces no chemicals (issue 23)
    expect(fieldOf(wrapper, 'outsideChemicalPark').exists()).toBe(true)
    await wrapper.find('[data-fact="chemicalProducer"] input[value="no"]').setValue(true)
    await flushPromises()
    expect(fieldOf(wrapper, 'outsideChemicalPark').exists()).toBe(false)

    // typing a stocking loan without its term: eligible (in a key chain), the amount waits for the term
    await wrapper.find('[data-fact="keyIndustrialChain"] input[value="yes"]').setValue(true)
    await flushPromises()
    const start = wrapper.findAllComponents(FactField).find((f) => (f.props('def') as { name: string }).name === 'stockingLoanStart')!
    start.vm.$emit('update:modelValue', '2026-11')
    await flushPromises()
    await input(wrapper, 'stockingLoanAmount').setValue('10000000')
    await flushPromises()
    const card = previewCard(wrapper, 'stocking-loan-subsidy')
    expect(card.attributes('data-status')).toBe('eligible')
    expect(card.find('[data-test="missing"]').text()).toContain('备货贷款的期限是多少个月？')
    await input(wrapper, 'stockingLoanTermMonths').setValue('3')
    await flushPromises()
    expect(previewCard(wrapper, 'stocking-loan-subsidy').find('[data-test="amount"]').text()).toContain('2万元—3.25万元')
    await input(wrapper, 'stockingLoanTermMonths').setValue('361')
    await flushPromises()
    await waitFor(() => expect(errorOf(wrapper, 'stockingLoanTermMonths')).toBe('请输入 0 至 360 之间的整数'))
  })

  it('asks the chemical-project facts once the industry is 石化化工', async () => {
    const { wrapper } = await openProfile({
      'GET /api/enterprises/me': () => reply(200, enterpriseA({ facts: { ...enterpriseA().facts, industry: 'petrochemical' } })),
    })
    for (const fact of ['outsideChemicalPark', 'existingChemicalPlant', 'chemicalProjectFitsZoning', 'chemicalProjectNoNewLand', 'chemicalProjectNoAddedRisk']) {
      expect(fieldOf(wrapper, fact).exists(), fact).toBe(true)
    }
    expect(previewCard(wrapper, 'chemical-projects').attributes('data-status')).toBe('unknown')
    await wrapper.find('[data-fact="outsideChemicalPark"] input[value="no"]').setValue(true)
    await flushPromises()
    expect(wrapper.find('[data-test="preview"] [data-measure="chemical-projects"]').attributes('data-status')).toBe('ineligible')
  })

  it('asks before leaving with unsaved changes, and stays when asked to', async () => {
    const { wrapper, router } = await openProfile({ 'GET /api/enterprises/me': () => reply(200, enterpriseA()) })
    await input(wrapper, 'annualOutputValue').setValue('1')
    const leaving = router.push('/')
    await flushPromises()
    await waitFor(() => expect(document.body.textContent).toContain('离开此页面将丢失尚未保存的修改'))
    const stay = [...document.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find((b) => b.textContent?.includes('留在此页'))
    stay!.click()
    await leaving
    expect(router.currentRoute.value.path).toBe('/profile')
  })
})
