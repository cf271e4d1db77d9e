import { describe, expect, it, vi } from 'vitest'
import { createAppI18n, mergeMessages } from './app-i18n'

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
