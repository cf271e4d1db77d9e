import { evaluate, sortForPackage, totalEligibleAmount } from '@servicepack/policy-rules'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { RouterView } from 'vue-router'
import App from '../../App.vue'
import { appContext, enterpriseA, fakeApi, reply, userWith } from '../../testing/setup'
import { waitFor } from '@servicepack/ui/testing'

const Host = defineComponent({ render: () => h(RouterView) })

async function openMeasure(id: string, options: { session?: ReturnType<typeof userWith> | null; locale?: 'en'; handlers?: Parameters<typeof fakeApi>[0]; app?: boolean } = {}) {
  const api = fakeApi(options.handlers ?? {})
  const context = await appContext({ fetch: api.fetch, session: options.session ?? null, locale: options.locale })
  await context.router.push(`/measures/${id}`)
  const wrapper = mount(options.app ? App : Host, { global: context.global, attachTo: document.body })
  await flushPromises()
  await waitFor(() => expect(wrapper.find('[data-test="measure-page"], [data-test="measure-not-found"]').exists()).toBe(true))
  await flushPromises()
  return { wrapper, api, router: context.router }
}

describe('a measure’s own page', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-26T10:00:00+08:00') }))
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('says, to anyone, the clause in full, what it gives and to whom in plain words, the period, what to prepare and who is responsible', async () => {
    const { wrapper, api } = await openMeasure('basic-research')
    const section = (name: string) => wrapper.find(`[data-test="measure-${name}"]`).text()
    expect(wrapper.find('h1').text()).toBe('基础研究投入财政补助')
    expect(section('citation')).toBe('沪府办规〔2025〕20号 第(四)条')
    expect(section('period')).toBe('2026-01-01 至 2028-12-31')
    expect(section('clause')).toContain('(四)释放企业创新活力。支持企业加大基础研究投入力度')
    expect(section('clause')).toContain('(责任单位：市科委、市经济信息化委、市国资委、市商务委)')
    expect(section('amount')).toContain('基础研究投入达到或超过 1亿元：一次性给予 1000万元。')
    expect(section('amount')).toContain('基础研究投入 1000万元（含）至 5000万元（不含）：一次性给予 200万元。')
    expect(section('conditions')).toContain('基础研究投入达到或超过 1000万元')
    expect(section('prepare')).toContain('基础研究投入')
    expect(section('prepare')).toContain('以责任单位发布的申报通知为准')
    expect(section('bureaus')).toContain('市科委')
    expect(section('bureaus')).toContain('12345')
    // a visitor is asked to sign in for their own result; nothing of theirs is asked of the API
    expect(section('own')).toContain('企业登录后')
    expect(wrapper.find('[data-test="measure-sign-in"]').exists()).toBe(true)
    // the only request a visitor's page makes: the measure's answered questions (政策问答)
    expect(api.calls.map((c) => c.path)).toEqual(['/api/answers'])
  })

  it('shows a signed-in enterprise its own result with the trace unfolded, and its steward', async () => {
    const enterprise = enterpriseA({ facts: { ...enterpriseA().facts, basicResearchInvestment: 60_000_000 } })
    const evaluations = sortForPackage(evaluate(enterprise.facts, { asOf: '2026-11-26', reasonsEn: true }))
    const pack = { uscc: enterprise.uscc, asOf: '2026-11-26', evaluations, total: totalEligibleAmount(evaluations), steward: enterprise.steward }
    const { wrapper, api } = await openMeasure('basic-research', { session: userWith('enterprise'), handlers: { 'GET /api/enterprises/me/package': () => reply(200, pack), 'POST /api/measure-push/me/opened': () => reply(204, null) } })
    // its own result, its answered questions, and that it opened the measure (the push funnel's "opened")
    await waitFor(() => expect(api.calls.map((c) => c.path).sort()).toEqual(['/api/answers', '/api/enterprises/me/package', '/api/measure-push/me/opened']))
    expect(wrapper.find('[data-test="measure-confirm"]').exists()).toBe(true)
    const card = wrapper.find('[data-test="measure-own"] [data-test="measure-card"]')
    expect(card.attributes('data-status')).toBe('eligible')
    expect(card.find('[data-test="amount"]').text()).toContain('500万元')
    expect(card.find('details[data-test="trace"]').attributes('open')).toBeDefined()
    expect(wrapper.find('[data-test="measure-steward"]').text()).toContain('李敏')
  })

  it('lists a measure for every enterprise as such', async () => {
    const { wrapper } = await openMeasure('labour-support')
    expect(wrapper.find('[data-test="for-everyone"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="measure-conditions"]').text()).toContain('面向所有企业，没有附加条件')
  })

  it('in English: plain words in English, the official clause in Chinese and said to be', async () => {
    const { wrapper } = await openMeasure('green-factory', { locale: 'en' })
    expect(wrapper.find('h1').text()).not.toMatch(/[\u4e00-\u9fff]/)
    expect(wrapper.find('[data-test="measure-amount"]').text()).toContain('A one-off CNY 200K.')
    expect(wrapper.find('[data-test="measure-clause"]').text()).toContain('The official text is in Chinese')
    expect(wrapper.find('[data-test="measure-period"]').text()).toBe('2026-01-01 to 2028-12-31')
  })

  it('an unknown measure is a page that does not exist', async () => {
    const { wrapper } = await openMeasure('no-such-measure')
    expect(wrapper.text()).toContain('页面不存在')
  })

  it('is titled by the measure (a shared link says what it is)', async () => {
    await openMeasure('green-factory', { app: true })
    await waitFor(() => expect(document.title).toBe('国家级绿色工厂一次性奖励 - 企业服务包门户'))
  })
})
