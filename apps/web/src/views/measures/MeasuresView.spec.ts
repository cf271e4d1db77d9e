import { measures } from '@servicepack/policy-rules'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { appContext, fakeApi } from '../../testing/setup'
import MeasuresView from './MeasuresView.vue'

describe('public catalogue page', () => {
  it('shows every measure with its citation and bureaus, and narrows the list as the visitor types', async () => {
    const { global } = await appContext({ fetch: fakeApi({}).fetch })
    const wrapper = mount(MeasuresView, { global })
    await flushPromises()
    const entries = () => wrapper.findAll('[data-test="catalogue-entry"]')
    expect(entries()).toHaveLength(measures.length)
    expect(measures.length).toBe(27)
    const basic = wrapper.find('[data-measure="basic-research"]')
    expect(basic.text()).toContain('沪府办规〔2025〕20号 第(四)条')
    expect(basic.text()).toContain('市科委')

    await wrapper.find('input[data-test="catalogue-search"]').setValue('财政补助 基础研究')
    expect(entries().map((e) => e.attributes('data-measure'))).toEqual(['basic-research'])
    expect(wrapper.find('[data-test="catalogue-count"]').text()).toBe('共 1 项')

    await wrapper.find('input[data-test="catalogue-search"]').setValue('无此措施')
    expect(entries()).toHaveLength(0)
    expect(wrapper.find('[data-test="catalogue-empty"]').text()).toContain('没有符合条件的措施')
  })

  it('keeps only measures with a stated amount when asked', async () => {
    const { global } = await appContext({ fetch: fakeApi({}).fetch })
    const wrapper = mount(MeasuresView, { global })
    await wrapper.find('[data-test="catalogue-with-amount"] input').setValue(true)
    const shown = wrapper.findAll('[data-test="catalogue-entry"]').map((e) => e.attributes('data-measure'))
    expect(shown).toContain('basic-research')
    expect(shown).not.toContain('industrial-land')
  })

  it('tags the talent award as an award to people and the R&D growth reward as rules pending', async () => {
    const { global } = await appContext({ fetch: fakeApi({}).fetch })
    const wrapper = mount(MeasuresView, { global })
    await flushPromises()
    const kind = (id: string) => wrapper.find(`[data-measure="${id}"] [data-test="kind"]`).text()
    expect(kind('talent-award')).toBe('奖励归入选个人')
    expect(kind('rd-growth-reward')).toBe('细则待出台')
    expect(kind('stocking-loan-subsidy')).toBe('资金支持')
    expect(kind('carbon-footprint-esg')).toBe('政策与服务')
  })
})
