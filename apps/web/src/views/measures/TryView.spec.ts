import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appContext, fakeApi } from '../../testing/setup'
import TryView from './TryView.vue'

describe('try-it estimator', () => {
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
    expect(card().attributes('data-status')).toBe('eligible')
    expect(card().find('[data-test="amount"]').text()).toContain('20万元')

    await wrapper.find('[data-test="try-reset"]').trigger('click')
    expect(card().attributes('data-status')).toBe('unknown')
    expect(api.calls).toEqual([])
  })

  it('before anything is entered, claims nothing: the measures for every enterprise are listed apart, not counted as 可享受', async () => {
    const { global } = await appContext({ fetch: fakeApi({}).fetch })
    const wrapper = mount(TryView, { global })
    await flushPromises()
    const preview = wrapper.find('[data-test="preview"]')
    expect(preview.text()).not.toMatch(/可享受 \d+ 项/)
    expect(preview.find('[data-test="preview-start"]').text()).toContain('填写左侧的企业情况后')
    const everyone = preview.find('[data-test="preview-for-everyone"]')
    expect(everyone.find('summary').text()).toMatch(/^面向所有企业的措施（\d+ 项）$/)
    expect(everyone.find('[data-measure="labour-support"] a').attributes('href')).toBe('/measures/labour-support')
    // the cards are the measures the facts decide
    expect(preview.find('[data-test="measure-card"][data-measure="labour-support"]').exists()).toBe(false)

    await wrapper.find('[data-fact="firstNationalGreenFactory"] input[value="yes"]').setValue(true)
    expect(preview.find('[data-test="preview-counts"]').text()).toContain('可享受 1 项')
  })
})
