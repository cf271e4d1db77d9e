import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'

afterEach(() => {
  localStorage.clear()
  document.documentElement.className = ''
  vi.resetModules()
})

describe('长辈模式', () => {
  it('is off by default; the switch turns it on: class on <html>, aria-pressed, kept in localStorage', async () => {
    const { default: ElderModeSwitch } = await import('../components/ElderModeSwitch.vue')
    const { applyElderMode } = await import('./elder-mode')
    const { uiMessages } = await import('../locales')
    applyElderMode()
    expect(document.documentElement.classList.contains('sp-elder')).toBe(false)
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: uiMessages })
    const wrapper = mount(ElderModeSwitch, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toContain('长辈模式')
    expect(wrapper.attributes('aria-pressed')).toBe('false')
    await wrapper.trigger('click')
    expect(document.documentElement.classList.contains('sp-elder')).toBe(true)
    expect(wrapper.attributes('aria-pressed')).toBe('true')
    expect(localStorage.getItem('servicepack.elder')).toBe('1')
    await wrapper.trigger('click')
    expect(document.documentElement.classList.contains('sp-elder')).toBe(false)
    expect(localStorage.getItem('servicepack.elder')).toBe('0')
  })

  it('a browser that chose it before starts in it', async () => {
    localStorage.setItem('servicepack.elder', '1')
    const { applyElderMode, useElderMode } = await import('./elder-mode')
    applyElderMode()
    expect(document.documentElement.classList.contains('sp-elder')).toBe(true)
    expect(useElderMode().enabled.value).toBe(true)
  })

  it('names the switch in English too', async () => {
    const { default: ElderModeSwitch } = await import('../components/ElderModeSwitch.vue')
    const { uiMessages } = await import('../locales')
    const i18n = createI18n({ legacy: false, locale: 'en', messages: uiMessages })
    expect(mount(ElderModeSwitch, { global: { plugins: [i18n] } }).text()).toContain('Elder mode')
  })
})
