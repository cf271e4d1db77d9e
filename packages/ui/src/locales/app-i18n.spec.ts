import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick } from 'vue'
import { applyLocale, createAppI18n, createLazyAppI18n, mergeMessages } from './app-i18n'
import { useLocaleModel } from './locale-model'
import { waitFor } from '../testing/wait-for'

describe('app i18n', () => {
  it('lays the app messages over the shared ones at every depth', () => {
    expect(mergeMessages({ a: { b: '1', c: '2' }, d: '3' }, { a: { c: 'x' }, e: 'y' })).toEqual({ a: { b: '1', c: 'x' }, d: '3', e: 'y' })
  })

  it("has the shared texts, the app's own, and the app's overrides of shared texts", () => {
    const i18n = createAppI18n({ 'zh-CN': { app: { title: '管理端' }, ui: { pages: { backHome: '返回工作台' } } }, en: { app: { title: 'Back office' } } }, 'zh-CN')
    const { t } = i18n.global
    expect(t('app.title')).toBe('管理端')
    expect(t('ui.pages.backHome')).toBe('返回工作台')
    expect(t('ui.pages.notFoundTitle')).toBe('页面不存在')
    expect(t('ui.account.title')).toBe('账户信息')
    i18n.global.locale.value = 'en'
    expect(t('ui.pages.backHome')).toBe('Back to home')
  })
})

describe('a missing message', () => {
  it('is reported on the console in the words of vue-i18n, in any build, in either language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const i18n = createAppI18n({ 'zh-CN': { only: { zh: '只有中文' } }, en: {} }, 'en')
    const { t, te } = i18n.global
    expect(t('profile.fields.steward')).toBe('profile.fields.steward')
    expect(warn).toHaveBeenCalledWith("[intlify] Not found 'profile.fields.steward' key in 'en' locale messages.")
    // a message only in Chinese falls back, and says so for English
    expect(t('only.zh')).toBe('只有中文')
    expect(warn.mock.calls.flat().join('\n')).toContain("Not found 'only.zh' key in 'en'")
    warn.mockClear()
    expect(te('nothing.here')).toBe(false)
    expect(t('ui.account.title')).toBe('Account')
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })
})

describe('the lazily loaded languages (the apps’ main.ts)', () => {
  const appZh = { app: { title: '门户' } }
  const appEn = { app: { title: 'Portal' } }

  it('ships Chinese only, and loads English when it is chosen, before showing it', async () => {
    const loadEn = vi.fn(async () => ({ default: appEn }))
    const i18n = await createLazyAppI18n({ 'zh-CN': appZh, en: loadEn }, 'zh-CN')
    const { t, locale } = i18n.global
    expect(t('app.title')).toBe('门户')
    expect(loadEn).not.toHaveBeenCalled()
    expect(i18n.global.availableLocales).toEqual(['zh-CN'])
    const switching = applyLocale(locale, 'en')
    expect(locale.value).toBe('zh-CN') // not before its messages are there
    await switching
    expect(locale.value).toBe('en')
    expect(t('app.title')).toBe('Portal')
    expect(t('ui.language')).toBe('Language') // the shared English came with it
    expect(document.documentElement.lang).toBe('en')
    await applyLocale(locale, 'zh-CN')
    await applyLocale(locale, 'en')
    expect(loadEn).toHaveBeenCalledTimes(1)
  })

  it('switches through the language switch’s model (useLocaleModel) the same way', async () => {
    const i18n = await createLazyAppI18n({ 'zh-CN': appZh, en: async () => ({ default: appEn }) }, 'zh-CN')
    const Page = defineComponent({
      setup() {
        const model = useLocaleModel()
        return () => h('button', { onClick: () => (model.value = 'en') }, i18n.global.t('app.title'))
      },
    })
    const wrapper = mount(Page, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('门户')
    await wrapper.find('button').trigger('click')
    await waitFor(() => expect(i18n.global.locale.value).toBe('en'))
    await nextTick()
    expect(wrapper.text()).toBe('Portal')
  })

  it('opens in English at once when English was chosen earlier', async () => {
    const i18n = await createLazyAppI18n({ 'zh-CN': appZh, en: async () => ({ default: appEn }) }, 'en')
    expect(i18n.global.locale.value).toBe('en')
    expect(i18n.global.t('app.title')).toBe('Portal')
  })

  it('stays in Chinese when the English chunk cannot be loaded, and may try again', async () => {
    const loadEn = vi.fn().mockRejectedValueOnce(new Error('chunk')).mockResolvedValue({ default: appEn })
    const i18n = await createLazyAppI18n({ 'zh-CN': appZh, en: loadEn }, 'en')
    expect(i18n.global.locale.value).toBe('zh-CN')
    await applyLocale(i18n.global.locale, 'en')
    expect(i18n.global.t('app.title')).toBe('Portal')
  })
})
