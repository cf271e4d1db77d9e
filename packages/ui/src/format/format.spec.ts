import { describe, expect, it } from 'vitest'
import { testI18n } from '../testing/i18n'
import { formatDate, formatDateTime } from './datetime'
import { formatValue, isEmptyValue, personName } from './vocabulary'

describe('one clock', () => {
  it('shows every instant in Shanghai time, YYYY-MM-DD HH:mm, whatever the browser zone', () => {
    expect(formatDateTime('2026-11-26T05:53:00.000Z')).toBe('2026-11-26 13:53')
    expect(formatDateTime(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27 00:30')
    expect(formatDateTime(null)).toBe('')
  })

  it('keeps calendar dates and turns instants into Shanghai dates', () => {
    expect(formatDate('2026-11-26')).toBe('2026-11-26')
    expect(formatDate('2026-11-26T16:30:00Z')).toBe('2026-11-27')
    expect(formatDate(undefined)).toBe('')
  })
})

describe('one vocabulary', () => {
  const zh = testI18n('zh-CN').global
  const en = testI18n('en').global

  it('has one empty value in each language', () => {
    for (const empty of [null, undefined, '', '  ']) {
      expect(isEmptyValue(empty)).toBe(true)
      expect(formatValue('contactPhone', empty, zh.t, 'zh')).toBe('未填写')
      expect(formatValue('facts.revenue', empty, en.t, 'en')).toBe('Not provided')
    }
    expect(isEmptyValue(0)).toBe(false)
    expect(isEmptyValue(false)).toBe(false)
  })

  it('formats facts with their units and catalogue names, yes and no capitalised in English', () => {
    expect(formatValue('facts.revenue', 60_000_000, zh.t, 'zh')).toBe('6000万元')
    expect(formatValue('facts.industry', 'integrated-circuits', zh.t, 'zh')).toBe('集成电路')
    expect(formatValue('facts.aboveDesignatedSize', true, en.t, 'en')).toBe('Yes')
    expect(formatValue('facts.aboveDesignatedSize', false, zh.t, 'zh')).toBe('否')
    expect(formatValue('steward.phone', '021-1234', zh.t, 'zh')).toBe('021-1234')
  })
})

describe('personName', () => {
  it.each([
    ['明远 王', '王明远'],
    ['王明远', '王明远'],
    ['Ada Lovelace', 'Ada Lovelace'],
    [null, ''],
  ])('%s → %s', (name, shown) => {
    expect(personName(name)).toBe(shown)
  })
})
