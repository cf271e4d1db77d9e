import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appContext, fakeApi } from '../../testing/setup'
import FactField from '../../components/facts/FactField.vue'
import TryView from './TryView.vue'

/** Chooses a code of a code fact (a select), as the field would emit it. */
async function choose(wrapper: ReturnType<typeof mount>, fact: string, code: string) {
  const field = wrapper.findAllComponents(FactField).find((f) => (f.props('def') as { name: string }).name === fact)!
  field.vm.$emit('update:modelValue', code)
  await flushPromises()
}

// Each test mounts the whole page (the form and the live preview of all 27 measures) and types into
// it: 1–3 s alone, up to ~7 s when the full suite runs in parallel under load; the default 5 s is too tight (40 s: the machine this runs on may be shared).
describe('try-it estimator', { timeout: 40_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-26T10:00:00+08:00') }))
  afterEach(() => vi.useRealTimers())

  it('evaluates what a visitor types in the browser, sends nothing, and says so', async () => {
    const api = fakeApi({})
    const { global } = await appContext({ fetch: api.fetch })
    const wrapper = mount(TryView, { global })
    await flushPromises()
    expect(wrapper.find('[data-test="privacy"]').text()).toContain('不会上传，也不会保存')
    const card = () => wrapper.find('[data-test="preview"] [data-measure="green-factory"]')
    expect(card().attributes('data-status')).toBe('unknown')

    await wrapper.find('[data-fact="firstNationalGreenFactory"] input[value="yes"]').setValue(true)
    // first rated within the plan period? the year is asked (issue 23)
    expect(card().attributes('data-status')).toBe('unknown')
    await choose(wrapper, 'greenFactoryFirstRatedYear', '2026')
    expect(card().attributes('data-status')).toBe('eligible')
    expect(card().find('[data-test="amount"]').text()).toContain('20万元')

    await wrapper.find('[data-test="try-reset"]').trigger('click')
    expect(card().attributes('data-status')).toBe('unknown')
    expect(api.calls).toEqual([])
  })

  it('asks the new questions and keeps per-person and pending money out of the total, in English too', async () => {
    const { global } = await appContext({ fetch: fakeApi({}).fetch, locale: 'en' })
    const wrapper = mount(TryView, { global })
    await flushPromises()
    const set = async (fact: string, value: string) => {
      await wrapper.find(`[data-fact="${fact}"] input`).setValue(value)
      await flushPromises()
    }
    expect(wrapper.find('[data-fact="stockingLoanTermMonths"]').text()).toContain('Stocking-loan term')
    expect(wrapper.find('[data-fact="technologyField"]').text()).toContain('Main technology field')
    await wrapper.find('[data-fact="keyIndustrialChain"] input[value="yes"]').setValue(true)
    await set('stockingLoanAmount', '10000000')
    await set('stockingLoanTermMonths', '6')
    await choose(wrapper, 'stockingLoanStart', '2026-11')
    await set('talentAwardNominees', '7')
    await wrapper.find('[data-fact="rdHighGrowth"] input[value="yes"]').setValue(true)
    await flushPromises()
    const card = (id: string) => wrapper.find(`[data-test="preview"] [data-measure="${id}"]`)
    expect(card('stocking-loan-subsidy').find('[data-test="amount"]').text()).toContain('CNY 40K–65K')
    expect(card('talent-award').find('[data-test="amount"]').text()).toContain('Per selected person')
    expect(card('rd-growth-reward').attributes('data-status')).toBe('announced')
    expect(card('rd-growth-reward').text()).toContain('Announced · rules pending')
    // the total is the stocking-loan subsidy alone
    expect(wrapper.find('[data-test="preview-total"]').text()).toContain('CNY 40K–65K')
    expect(wrapper.find('[data-test="preview-total-hint"]').text()).toContain('Excludes talent awards')
  })

  it('on a phone the hints say the result is below, and the floating button shows the total', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('1100'), media: query, addEventListener: () => undefined, removeEventListener: () => undefined }))
    try {
      const { global } = await appContext({ fetch: fakeApi({}).fetch })
      const wrapper = mount(TryView, { global })
      await flushPromises()
      expect(wrapper.find('[data-test="try-lead"]').text()).toContain('测算结果即时显示在表单下方')
      expect(wrapper.find('[data-test="try-lead"]').text()).not.toContain('右侧')
      expect(wrapper.find('[data-test="preview-start"]').text()).toContain('填写上方的企业情况后')
      expect(wrapper.find('[data-test="to-preview"]').text()).toBe('合计 暂无明确金额 · 查看')
      await wrapper.find('[data-fact="firstNationalGreenFactory"] input[value="yes"]').setValue(true)
      await choose(wrapper, 'greenFactoryFirstRatedYear', '2026')
      expect(wrapper.find('[data-test="to-preview"]').text()).toBe('合计 20万元')
      expect(wrapper.find('[data-test="preview-total"]').text()).toContain('20万元')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('on a wide screen the hints say the result is on the right', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }))
    try {
      const { global } = await appContext({ fetch: fakeApi({}).fetch })
      const wrapper = mount(TryView, { global })
      await flushPromises()
      expect(wrapper.find('[data-test="try-lead"]').text()).toContain('右侧即时显示')
      expect(wrapper.find('[data-test="preview-start"]').text()).toContain('填写左侧的企业情况后')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('before anything is entered, claims nothing: the measures for every enterprise are listed apart, not counted as 可享受', async () => {
    const { global } = await appContext({ fetch: fakeApi({}).fetch })
    const wrapper = mount(TryView, { global })
    await flushPromises()
    const preview = wrapper.find('[data-test="preview"]')
    expect(preview.text()).not.toMatch(/可享受 \d+ 项/)
    expect(preview.find('[data-test="preview-start"]').text()).toContain('的企业情况后，这里即时显示') // where the form is: the tests above
    const everyone = preview.find('[data-test="preview-for-everyone"]')
    expect(everyone.find('summary').text()).toMatch(/^面向所有企业的措施（\d+ 项）$/)
    expect(everyone.find('[data-measure="labour-support"] a').attributes('href')).toBe('/measures/labour-support')
    // the cards are the measures the facts decide
    expect(preview.find('[data-test="measure-card"][data-measure="labour-support"]').exists()).toBe(false)

    await wrapper.find('[data-fact="firstNationalGreenFactory"] input[value="yes"]').setValue(true)
    await choose(wrapper, 'greenFactoryFirstRatedYear', '2027')
    expect(preview.find('[data-test="preview-counts"]').text()).toContain('可享受 1 项')
  })
})
