import { createAppI18n } from '@servicepack/ui'
import { describe, expect, it } from 'vitest'
import { messages } from '../../locales'
import { changeWords, type ChangeLike } from './change-text'

const translate = (locale: 'zh-CN' | 'en') => {
  const i18n = createAppI18n(messages, locale)
  return (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})
}
const zh = translate('zh-CN')
const en = translate('en')
const words = (c: Partial<ChangeLike> & Pick<ChangeLike, 'catalogue' | 'entryKey'>, lang: 'zh' | 'en' = 'zh') =>
  changeWords({ action: 'update', before: null, after: null, ...c }, lang === 'zh' ? zh : en, lang)

/** Latin letters except the names of formats (PDF, Excel, CSV) — what the 变更记录 may not show in Chinese. */
const LATIN = /[A-Za-z]/

describe('a catalogue change in words', () => {
  it.each<[string, Partial<ChangeLike> & Pick<ChangeLike, 'catalogue' | 'entryKey'>, { entry: string; before: string; after: string }]>([
    [
      'routing: the category and bureaus by name',
      { catalogue: 'routing', entryKey: 'land', before: { lead: 'planning', assisting: ['sheitc'], districtGovernment: true }, after: { lead: 'gov-pudong', assisting: [], districtGovernment: false } },
      { entry: '用地', before: '主办：市规划资源局；协办：市经济信息化委；区政府协办：是', after: '主办：浦东新区人民政府；协办：无；区政府协办：否' },
    ],
    [
      'deadline policy: only the fields that changed, with units',
      { catalogue: 'deadline-policy', entryKey: 'policy', before: { acceptDays: 1, simpleDays: 5, complexDays: 15, reminderHours: 4 }, after: { acceptDays: 2, simpleDays: 5, complexDays: 15, reminderHours: 8 } },
      { entry: '办理时限', before: '签收时限 1 个工作日；催办提前量 4 小时', after: '签收时限 2 个工作日；催办提前量 8 小时' },
    ],
    [
      'a calendar day: 工作日 / 休息日 with its name',
      { catalogue: 'calendar', entryKey: '2027-02-07', before: { working: false, name: null }, after: { working: true, name: '春节调休' } },
      { entry: '2027-02-07', before: '休息日', after: '工作日（春节调休）' },
    ],
    [
      'a calendar year: counted',
      { catalogue: 'calendar', entryKey: '2027', action: 'import', before: { '2027-01-01': null, '2027-01-02': null }, after: { '2027-01-01': { working: false, name: '元旦' }, '2027-01-02': { working: true, name: null } } },
      { entry: '2027 年全年安排', before: '2 天未设置', after: '2 天：1 个工作日、1 个休息日' },
    ],
    [
      'a response template by its title',
      { catalogue: 'response-templates', entryKey: '6f1c0a52-3b8e-4c55-9f0e-0a1b2c3d4e5f', action: 'create', before: null, after: { bureau: 'sheitc', title: '政策咨询答复', body: '您好，您咨询的政策请见附件。' } },
      { entry: '答复模板《政策咨询答复》', before: '无', after: '市经济信息化委 ·《政策咨询答复》：您好，您咨询的政策请见附件。' },
    ],
    [
      'something unknown is said as such, never by its key',
      { catalogue: 'something-new', entryKey: 'xyz', before: { a: 1 }, after: { a: 2 } },
      { entry: '（未识别的条目）', before: '（未识别的内容）', after: '（未识别的内容）' },
    ],
  ])('%s', (_name, change, expected) => {
    const got = words(change)
    expect(got).toEqual(expected)
    for (const text of Object.values(got)) expect(text).not.toMatch(LATIN)
  })

  it('in English, English', () => {
    expect(words({ catalogue: 'calendar', entryKey: '2027-02-07', before: { working: false, name: null }, after: { working: true, name: null } }, 'en')).toEqual({ entry: '2027-02-07', before: 'day off', after: 'working day' })
    const routing = words({ catalogue: 'routing', entryKey: 'land', before: null, after: { lead: 'planning', assisting: [], districtGovernment: false } }, 'en')
    expect(routing.after).toMatch(/^lead: [A-Z][a-z]+ .*; assisting: none; district government assists: no$/)
    expect(routing.entry).not.toMatch(/[一-鿿]/)
  })
})
