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
})
