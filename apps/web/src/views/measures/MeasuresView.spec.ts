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
    expect(entries()).toHaveLength(23)
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
})
