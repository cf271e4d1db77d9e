import { describe, expect, it } from 'vitest'
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
