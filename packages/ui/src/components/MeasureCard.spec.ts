import { evaluateMeasure } from '@servicepack/policy-rules'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { measureLinkKey } from '../policy/measure-link'
import { testI18n } from '../testing/i18n'
import MeasureCard from './MeasureCard.vue'

const asOf = '2026-11-26'
const mountCard = (evaluation: ReturnType<typeof evaluateMeasure>, locale: 'zh-CN' | 'en' = 'zh-CN', props = {}) =>
  mount(MeasureCard, { props: { evaluation, ...props }, global: { plugins: [testI18n(locale)] } })

describe('MeasureCard', () => {
  it('shows an eligible measure with its amount, citation, bureaus and reasons', () => {
    const wrapper = mountCard(evaluateMeasure('basic-research', { basicResearchInvestment: 60_000_000 }, { asOf }))
    expect(wrapper.attributes('data-measure')).toBe('basic-research')
    expect(wrapper.find('h3').text()).toBe('基础研究投入财政补助')
    expect(wrapper.text()).toContain('可享受')
    expect(wrapper.find('[data-test="amount"]').text()).toContain('500万元')
    expect(wrapper.find('[data-test="amount"]').text()).toContain('预计支持金额')
    expect(wrapper.find('[data-test="citation"]').text()).toBe('沪府办规〔2025〕20号 第(四)条')
    expect(wrapper.find('[data-test="bureaus"]').text()).toBe('责任单位：市科委、市经济信息化委、市国资委、市商务委')
    expect(wrapper.find('[data-test="reasons"]').text()).toContain('6000万元')
    expect(wrapper.find('[data-test="missing"]').exists()).toBe(false)
  })

  it('names the measure in a heading of the level asked for (2 right under a page title, 3 by default)', () => {
    const evaluation = evaluateMeasure('basic-research', { basicResearchInvestment: 60_000_000 }, { asOf })
    expect(mountCard(evaluation, 'zh-CN', { headingLevel: 2 }).find('h2.sp-measure__name').text()).toBe('基础研究投入财政补助')
    expect(mountCard(evaluation).find('h2').exists()).toBe(false)
  })

  it('links the citation to the measure’s page: a route in the portal, the portal’s URL from the back office', async () => {
    const evaluation = evaluateMeasure('basic-research', {}, { asOf })
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/measures/:id', name: 'measure', component: { render: () => null } }] })
    const inApp = mount(MeasureCard, {
      props: { evaluation },
      global: { plugins: [testI18n(), router], provide: { [measureLinkKey as symbol]: (id: string) => ({ name: 'measure', params: { id } }) } },
    })
    await router.isReady()
    expect(inApp.find('a[data-test="citation"]').attributes('href')).toBe('/measures/basic-research')
    const outside = mount(MeasureCard, {
      props: { evaluation },
      global: { plugins: [testI18n()], provide: { [measureLinkKey as symbol]: (id: string) => `https://portal.example/measures/${id}` } },
    })
    expect(outside.find('a[data-test="citation"]').attributes()).toMatchObject({ href: 'https://portal.example/measures/basic-research', target: '_blank' })
    // without a link (tests, other pages) the citation is plain text
    expect(mountCard(evaluation).find('span[data-test="citation"]').exists()).toBe(true)
  })

  it('asks the questions of an unknown measure and emits edit-fact with the fact name', async () => {
    const wrapper = mountCard(evaluateMeasure('first-set-equipment', {}, { asOf }))
    expect(wrapper.text()).toContain('待补充')
    const missing = wrapper.find('[data-test="missing"]')
    expect(missing.text()).toContain('企业产品是否符合首台(套)重大技术装备或首批次新材料条件？')
    expect(missing.text()).toContain('首台(套)或首批次产品的销售合同金额是多少元？')
    expect(wrapper.find('[data-test="amount"]').text()).toContain('补充信息后测算')
    await wrapper.find('[data-test="edit-fact-firstSetContractAmount"]').trigger('click')
    expect(wrapper.emitted('edit-fact')).toEqual([['firstSetContractAmount']])
  })

  it('shows an ineligible measure without an amount and with the reason', () => {
    const wrapper = mountCard(evaluateMeasure('chemical-projects', { industry: 'steel', chemicalProducer: false }, { asOf }))
    expect(wrapper.attributes('data-status')).toBe('ineligible')
    expect(wrapper.text()).toContain('暂不符合')
    expect(wrapper.find('[data-test="amount"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="reasons"]').text()).toContain('化工生产企业：否')
  })

  it('lays out the trace with readable values and tests', () => {
    const wrapper = mountCard(evaluateMeasure('basic-research', { basicResearchInvestment: 5_000_000 }, { asOf }))
    const trace = wrapper.find('[data-test="trace"]')
    expect(trace.find('summary').text()).toBe('判定依据')
    const rows = trace.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))
    expect(rows).toContainEqual(['基础研究投入', '500万元', '≥ 1000万元', '不满足'])
    expect(rows[0]).toEqual(['评估日期', asOf, '2026-01-01 ≤ 评估日期 ≤ 2028-12-31', '满足'])
  })

  it('keeps the ask action visible but closed until appeals open, and emits ask once enabled', async () => {
    const evaluation = evaluateMeasure('green-factory', { firstNationalGreenFactory: true }, { asOf })
    const closed = mountCard(evaluation)
    expect(closed.find('[data-test="ask"]').text()).toContain('即将开放')
    expect(closed.find('[data-test="ask"]').attributes('disabled')).toBeDefined()
    const open = mountCard(evaluation, 'zh-CN', { askEnabled: true })
    await open.find('[data-test="ask"]').trigger('click')
    expect(open.emitted('ask')).toEqual([['green-factory']])
  })

  it('speaks English: name, status, English reasons, amount and questions', () => {
    const eligible = mountCard(evaluateMeasure('basic-research', { basicResearchInvestment: 60_000_000 }, { asOf, reasonsEn: true }), 'en')
    expect(eligible.find('h3').text()).toBe('Basic-research investment grant')
    expect(eligible.text()).toContain('Eligible')
    expect(eligible.find('[data-test="amount"]').text()).toContain('CNY 5M')
    expect(eligible.find('[data-test="reasons"]').text()).not.toMatch(/[\u4e00-\u9fff]/)
    expect(eligible.find('[data-test="bureaus"]').text()).toContain('Municipal Science and Technology Commission')
    const unknown = mountCard(evaluateMeasure('basic-research', {}, { asOf, reasonsEn: true }), 'en')
    expect(unknown.find('[data-test="missing"]').text()).toContain('How much does the enterprise invest in basic research per year, in yuan?')
  })

  it('shows the talent award as money for each selected person, never as the enterprise’s amount', () => {
    const zh = mountCard(evaluateMeasure('talent-award', { talentAwardNominees: 7 }, { asOf }))
    const amount = zh.find('[data-test="amount"]')
    expect(amount.text()).toContain('每位入选者')
    expect(amount.text()).toContain('最高30万元')
    expect(amount.text()).not.toContain('210万')
    expect(zh.find('[data-test="amount-note"]').text()).toContain('奖励授予入选的人才本人，不是企业的资金，不计入企业可享资金合计')
    expect(zh.text()).not.toContain('预计支持金额')
    const en = mountCard(evaluateMeasure('talent-award', { talentAwardNominees: 7 }, { asOf, reasonsEn: true }), 'en')
    expect(en.find('[data-test="amount"]').text()).toContain('Per selected person')
    expect(en.find('[data-test="amount"]').text()).toContain('up to CNY 300K')
    expect(en.find('[data-test="amount-note"]').text()).toContain("not counted in the enterprise's total")
    // nobody supported: not eligible, and no note about money
    const none = mountCard(evaluateMeasure('talent-award', { talentAwardNominees: 0 }, { asOf }))
    expect(none.find('[data-test="amount-note"]').exists()).toBe(false)
  })

  it('shows the R&D growth reward as announced with its rules pending, with no amount to count on', () => {
    const zh = mountCard(evaluateMeasure('rd-growth-reward', { rdHighGrowth: true }, { asOf }))
    expect(zh.attributes('data-status')).toBe('announced')
    expect(zh.classes()).toContain('sp-measure--announced')
    expect(zh.text()).toContain('已公布·细则待出台')
    expect(zh.text()).not.toContain('可享受')
    expect(zh.find('[data-test="amount"]').text()).toContain('细则待出台')
    expect(zh.find('[data-test="amount-note"]').text()).toContain('目前不能申请，也不计入可享资金合计')
    const en = mountCard(evaluateMeasure('rd-growth-reward', { rdHighGrowth: true }, { asOf, reasonsEn: true }), 'en')
    expect(en.text()).toContain('Announced · rules pending')
    expect(en.find('[data-test="amount"]').text()).toContain('Rules pending')
    expect(en.find('[data-test="amount-note"]').text()).toContain('nothing to apply for yet')
  })

  it('asks the loan term when the stocking-loan subsidy needs it', () => {
    const loan = { keyIndustrialChain: true, stockingLoanStart: '2026-11' }
    const wrapper = mountCard(evaluateMeasure('stocking-loan-subsidy', { ...loan, stockingLoanAmount: 10_000_000 }, { asOf }))
    expect(wrapper.attributes('data-status')).toBe('eligible')
    expect(wrapper.find('[data-test="amount"]').text()).toContain('补充信息后测算')
    expect(wrapper.find('[data-test="missing"]').text()).toContain('备货贷款的期限是多少个月？')
    const known = mountCard(evaluateMeasure('stocking-loan-subsidy', { ...loan, stockingLoanAmount: 10_000_000, stockingLoanTermMonths: 6 }, { asOf }))
    expect(known.find('[data-test="amount"]').text()).toContain('4万元—6.5万元')
  })

  it('marks the alternatives of a condition in the trace', () => {
    const wrapper = mountCard(evaluateMeasure('core-technology', { industry: 'other', technologyField: 'industrial-software' }, { asOf }))
    expect(wrapper.attributes('data-status')).toBe('eligible')
    const rows = wrapper.findAll('[data-test="trace"] tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))
    expect(rows[1]).toEqual(['所属产业 (任一条件满足即可)', '其他制造业', '∈ 集成电路、高端装备', '不满足'])
    expect(rows[2]![0]).toBe('主要技术领域 (任一条件满足即可)')
    expect(rows[2]![1]).toBe('工业软件')
    expect(rows[2]![3]).toBe('满足')
  })

  it('marks a change against the baseline', () => {
    const wrapper = mountCard(evaluateMeasure('basic-research', { basicResearchInvestment: 60_000_000 }, { asOf }), 'zh-CN', { change: 'new' })
    expect(wrapper.find('[data-test="change"]').text()).toBe('新符合')
    expect(wrapper.classes()).toContain('sp-measure--change-new')
  })
})
