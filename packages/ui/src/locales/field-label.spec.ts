import { describe, expect, it, vi } from 'vitest'
import { testI18n } from '../testing/i18n'
import { fieldLabel } from './field-label'

describe('field labels', () => {
  it('names the fields the API reports, steward fields one by one, in both languages', () => {
    const zh = testI18n('zh-CN').global
    const en = testI18n('en').global
    expect(fieldLabel('facts.revenue', zh.t, 'zh')).toBe('营业收入')
    expect(fieldLabel('revenue', zh.t, 'zh')).toBe('营业收入')
    expect(fieldLabel('contactPhone', zh.t, 'zh')).toBe('联系电话')
    expect(fieldLabel('steward.name', zh.t, 'zh')).toBe('服务管家姓名')
    expect(fieldLabel('steward.phone', zh.t, 'zh')).toBe('服务管家电话')
    expect(fieldLabel('steward.email', zh.t, 'zh')).toBe('服务管家邮箱')
    expect(fieldLabel('steward', zh.t, 'zh')).toBe('服务管家')
    // the account an assignment names (an error detail's field)
    expect(fieldLabel('stewardSub', zh.t, 'zh')).toBe('服务管家')
    expect(fieldLabel('stewardSub', en.t, 'en')).toBe('Steward')
    expect(fieldLabel('steward.phone', en.t, 'en')).toBe("Steward's phone")
    expect(fieldLabel('facts.revenue', en.t, 'en')).toBe('Revenue')
  })

  it('keeps an unknown field as it is, without asking vue-i18n for a missing key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const zh = testI18n('zh-CN').global
    expect(fieldLabel('somethingNew', zh.t, 'zh')).toBe('somethingNew')
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })
})
