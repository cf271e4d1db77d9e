import { evaluate, measures, sortForPackage, totalEligibleAmount } from '@servicepack/policy-rules'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { appealSummaryFixture, waitFor } from '@servicepack/ui/testing'
import { appContext, enterpriseA, fakeApi, reply, userWith } from '../../testing/setup'
import PackageView from './PackageView.vue'

function packageOf(enterprise: ReturnType<typeof enterpriseA>) {
  const evaluations = sortForPackage(evaluate(enterprise.facts, { asOf: '2026-11-26', reasonsEn: true }))
  return { uscc: enterprise.uscc, asOf: '2026-11-26', evaluations, total: totalEligibleAmount(evaluations), steward: enterprise.steward }
}

async function openPackage(handlers: Parameters<typeof fakeApi>[0], locale?: 'en') {
  const pushes = { 'GET /api/measure-push/me': () => reply(200, { settings: { inApp: true, email: true }, items: [] }) }
  const context = await appContext({ fetch: fakeApi({ ...pushes, ...handlers }).fetch, session: userWith('enterprise'), locale })
  await context.router.push('/package')
  const wrapper = mount(PackageView, { global: context.global })
  return { wrapper, router: context.router }
}

const withBasicResearch = enterpriseA({ facts: { ...enterpriseA().facts, basicResearchInvestment: 60_000_000 } })

describe('my service pack', () => {
  it('shows the soonest training in a side card with the total, and under each measure its soonest three with "全部 N 场"', async () => {
    const notice = (i: number, title: string) => ({
      id: `5eed0001-0000-4000-8000-00000000000${i}`, association: 'sh-ic-association', associationName: '上海市集成电路行业协会', title, kind: 'policy_interpretation',
      status: 'published', startsAt: `2026-12-1${i}T01:00:00.000Z`, endsAt: `2026-12-1${i}T03:00:00.000Z`, registrationDeadline: '2026-12-10T10:00:00.000Z', venue: '张江', onlineUrl: null,
      capacity: 60, attendeeLimit: 3, seatsTaken: 4, measureIds: ['basic-research'], publishedAt: '2026-12-01T02:00:00.000Z', myRegistration: null,
    })
    const side = [notice(1, '基础研究政策解读会'), notice(2, '研发费用加计扣除'), notice(3, '首台套申报')]
    const asked: string[] = []
    const { wrapper } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, withBasicResearch),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(withBasicResearch)),
      'GET /api/notices': (_body, request) => {
        asked.push(new URL(request.url).search)
        return reply(200, { items: side, total: 7, page: 1, pageSize: 3 })
      },
      'GET /api/notices/by-measure': () =>
        reply(200, { items: [{ measureId: 'basic-research', total: 5, notices: side.map(({ id, title, startsAt, endsAt }) => ({ id, title, startsAt, endsAt })) }] }),
    })
    await flushPromises()
    expect(asked).toEqual(['?status=published&upcoming=true&pageSize=3'])
    const card = wrapper.find('[data-test="package-notices"]')
    expect(card.text()).toContain('基础研究政策解读会')
    expect(card.find('[data-test="package-notices-all"]').text()).toBe('全部 7 场')
    const beside = wrapper.findAll('[data-test="measure-notices"]')
    expect(beside.map((b) => b.attributes('data-measure'))).toEqual(['basic-research'])
    const links = beside[0]!.findAll('[data-test="measure-notice"]')
    expect(links.map((a) => a.attributes('href'))).toEqual(side.map((n) => `/notices/${n.id}`))
    expect(links[0]!.text()).toContain('2026-12-11 09:00')
    expect(beside[0]!.find('[data-test="measure-notices-all"]').text()).toBe('全部 5 场')
    expect(beside[0]!.find('[data-test="measure-notices-all"]').attributes('href')).toBe('/notices?measure=basic-research')
  })

  it('says no "全部 N 场" when a measure has no more training than it shows', async () => {
    const { wrapper } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, withBasicResearch),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(withBasicResearch)),
      'GET /api/notices': () => reply(200, { items: [], total: 0, page: 1, pageSize: 3 }),
      'GET /api/notices/by-measure': () => reply(200, { items: [{ measureId: 'basic-research', total: 1, notices: [{ id: '5eed0001-0000-4000-8000-000000000001', title: '解读会', startsAt: '2026-12-17T01:00:00.000Z', endsAt: '2026-12-17T03:00:00.000Z' }] }] }),
    })
    await flushPromises()
    expect(wrapper.find('[data-test="measure-notices"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="measure-notices-all"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="package-notices-empty"]').exists()).toBe(true)
  })

  it('shows a skeleton while loading', async () => {
    const never = () => new Promise<Response>(() => undefined)
    const { wrapper } = await openPackage({ 'GET /api/enterprises/me': never, 'GET /api/enterprises/me/package': never })
    await flushPromises()
    expect(wrapper.find('[data-test="package-loading"]').exists()).toBe(true)
  })

  it('shows the enterprise, 重点企业, the total, the steward and the measures in package order', async () => {
    const { wrapper } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, withBasicResearch),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(withBasicResearch)),
    })
    await flushPromises()
    const header = wrapper.find('[data-test="package-header"]')
    expect(header.text()).toContain('上海芯联微电子有限公司')
    expect(header.text()).toContain('91310115MA1K4C7L8X')
    // The date the API evaluated on, as is, whatever the browser's time zone.
    expect(header.text()).toContain('测算日期：2026-11-26')
    expect(wrapper.find('[data-test="key-enterprise"]').text()).toBe('重点企业')
    expect(wrapper.find('[data-test="package-total"]').text()).toBe('500万元')
    expect(wrapper.find('[data-test="steward"]').text()).toContain('李敏')
    expect(wrapper.find('[data-test="steward"]').text()).toContain('021-23112345')
    const cards = wrapper.findAll('[data-test="measure-card"]')
    expect(cards).toHaveLength(measures.length)
    expect(cards[0]!.attributes('data-measure')).toBe('basic-research')
    expect(cards[0]!.find('[data-test="amount"]').text()).toContain('500万元')
  })

  it('filters by status with counts, and says so when a filter is empty', async () => {
    const pack = packageOf(withBasicResearch)
    const unknown = pack.evaluations.filter((e) => e.status === 'unknown').length
    const { wrapper } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, withBasicResearch),
      'GET /api/enterprises/me/package': () => reply(200, { ...pack, evaluations: pack.evaluations.filter((e) => e.status !== 'ineligible') }),
    })
    await flushPromises()
    expect(wrapper.find('[data-test="filter-unknown"]').text()).toBe(`待补充 ${unknown}`)
    await wrapper.find('[data-test="filter-unknown"] input').setValue(true)
    const statuses = wrapper.findAll('[data-test="measure-card"]').map((c) => c.attributes('data-status'))
    expect(statuses).toHaveLength(unknown)
    expect(new Set(statuses)).toEqual(new Set(['unknown']))
    await wrapper.find('[data-test="filter-ineligible"] input').setValue(true)
    expect(wrapper.find('[data-test="package-empty"]').text()).toContain('没有暂不符合的措施')
  })

  it('never counts the talent award in the total, shows it per selected person, and shows the R&D reward as rules pending', async () => {
    const rich = enterpriseA({ facts: { ...enterpriseA().facts, basicResearchInvestment: 60_000_000, talentAwardNominees: 7, rdHighGrowth: true } })
    const { wrapper } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, rich),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(rich)),
    })
    await flushPromises()
    expect(wrapper.find('[data-test="package-total"]').text()).toBe('500万元')
    expect(wrapper.find('[data-test="package-header"]').text()).toContain('人才奖励归入选者个人、细则待出台的措施均不计入')
    const talent = wrapper.find('[data-measure="talent-award"]')
    expect(talent.attributes('data-status')).toBe('eligible')
    expect(talent.find('[data-test="amount"]').text()).toContain('每位入选者')
    expect(talent.find('[data-test="amount"]').text()).toContain('最高30万元')
    expect(wrapper.find('[data-test="announced-hint"]').text()).toContain('1 项措施已公布、细则尚在研究制定')
    expect(wrapper.find('[data-test="filter-announced"]').text()).toBe('已公布·细则待出台 1')
    await wrapper.find('[data-test="filter-announced"] input').setValue(true)
    const shown = wrapper.findAll('[data-test="measure-card"]')
    expect(shown.map((c) => [c.attributes('data-measure'), c.attributes('data-status')])).toEqual([['rd-growth-reward', 'announced']])
    expect(shown[0]!.text()).toContain('已公布·细则待出台')
  })

  it('says the announced measures in English, singular or plural', async () => {
    const rich = enterpriseA({ facts: { ...enterpriseA().facts, rdHighGrowth: true } })
    const { wrapper } = await openPackage(
      { 'GET /api/enterprises/me': () => reply(200, rich), 'GET /api/enterprises/me/package': () => reply(200, packageOf(rich)) },
      'en',
    )
    await flushPromises()
    expect(wrapper.find('[data-test="announced-hint"]').text()).toContain('One measure is announced but its rules are still being drawn up')
    expect(wrapper.find('[data-test="filter-announced"]').text()).toBe('Announced · rules pending 1')
  })

  it('opens the profile at the missing fact from a card', async () => {
    const { wrapper, router } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, enterpriseA()),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(enterpriseA())),
    })
    await flushPromises()
    await wrapper.find('[data-measure="basic-research"] [data-test="edit-fact-basicResearchInvestment"]').trigger('click')
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/profile?field=basicResearchInvestment'))
  })

  it('咨询/申请 on a card opens the intake form with that measure and the date the package was evaluated on', async () => {
    const { wrapper, router } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, withBasicResearch),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(withBasicResearch)),
    })
    await flushPromises()
    const ask = wrapper.find('[data-measure="basic-research"] [data-test="ask"]')
    expect(ask.attributes('disabled')).toBeUndefined()
    expect(ask.text()).toBe('咨询/申请')
    await ask.trigger('click')
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/appeals/new?measure=basic-research&asOf=2026-11-26'))
  })

  it("shows the enterprise's open appeals beside the measures, and a way to raise one", async () => {
    const queries: string[] = []
    const { wrapper } = await openPackage({
      'GET /api/enterprises/me': () => reply(200, enterpriseA()),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(enterpriseA())),
      'GET /api/appeals': (_b, r) => {
        queries.push(new URL(r.url).search)
        return reply(200, { items: [appealSummaryFixture({ status: 'in_progress', title: '高层次人才落户' })], nextCursor: null })
      },
    })
    await flushPromises()
    expect(queries).toEqual(['?status=submitted&status=dispatched&status=in_progress&status=responded&limit=5'])
    const open = wrapper.find('[data-test="open-appeals"]')
    expect(open.find('[data-test="open-appeal"]').text()).toContain('高层次人才落户')
    expect(open.find('[data-test="open-appeal"]').text()).toContain('办理中')
    expect(open.find('[data-test="general-appeal"]').text()).toBe('提交诉求')
  })

  it('says when no steward is assigned yet, in English too', async () => {
    const lone = enterpriseA({ steward: null, isKey: false })
    const { wrapper } = await openPackage(
      {
        'GET /api/enterprises/me': () => reply(200, lone),
        'GET /api/enterprises/me/package': () => reply(200, packageOf(lone)),
      },
      'en',
    )
    await flushPromises()
    expect(wrapper.find('[data-test="steward"]').text()).toContain('Not assigned yet')
    expect(wrapper.find('[data-test="key-enterprise"]').exists()).toBe(false)
  })

  it('shows what failed and loads again on retry', async () => {
    let up = false
    const { wrapper } = await openPackage({
      'GET /api/enterprises/me': () =>
        up ? reply(200, enterpriseA()) : reply(503, { statusCode: 503, error: 'Service Unavailable', code: 'SERVICE_UNAVAILABLE', message: 'database down', correlationId: 'c' }),
      'GET /api/enterprises/me/package': () => reply(200, packageOf(enterpriseA())),
    })
    await flushPromises()
    const failure = wrapper.find('[data-test="load-failure"]').text()
    expect(failure).toContain('无法读取服务包')
    expect(failure).toContain('服务暂时不可用，请稍后重试')
    expect(failure).not.toContain('database down')
    expect(failure).not.toContain('503')
    up = true
    await wrapper.find('[data-test="retry"]').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[data-test="measure-card"]')).toHaveLength(measures.length)
  })

  it('offers to sign in again when the session has ended, instead of a retry that cannot help', async () => {
    const expired = () => reply(401, { statusCode: 401, error: 'Unauthorized', code: 'TOKEN_INVALID', message: 'Invalid or expired token', correlationId: 'c' })
    const context = await appContext({ fetch: fakeApi({ 'GET /api/enterprises/me': expired, 'GET /api/enterprises/me/package': expired }).fetch, session: userWith('enterprise') })
    const wrapper = mount(PackageView, { global: context.global })
    await flushPromises()
    expect(wrapper.find('[data-test="load-failure"]').text()).toContain('登录已过期，请重新登录')
    expect(wrapper.text()).not.toContain('Invalid or expired token')
    expect(wrapper.find('[data-test="retry"]').exists()).toBe(false)
    await wrapper.find('[data-test="sign-in-again"]').trigger('click')
    expect(context.adapter.login).toHaveBeenCalledTimes(1)
  })

  it('says an unreachable API in the chosen language', async () => {
    const down = () => Promise.reject(new TypeError('Failed to fetch'))
    const { wrapper } = await openPackage({ 'GET /api/enterprises/me': down, 'GET /api/enterprises/me/package': down }, 'en')
    await flushPromises()
    const failure = wrapper.find('[data-test="load-failure"]').text()
    expect(failure).toContain('Cannot reach the server. Check your network connection and try again.')
    expect(failure).not.toContain('Failed to fetch')
    expect(failure).not.toContain('API unreachable')
  })
})
