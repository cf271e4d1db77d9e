import { describe, expect, it } from 'vitest'
import { compareWithVueI18n } from '../testing/compare-compilers'
import en from './en'
import { parseParts, pluralCases } from './message-compiler'
import zhCN from './zh-CN'

describe('the message compiler', () => {
  it.each([
    ['纯文本', ['纯文本']],
    ['共 {n} 条', ['共 ', { named: 'n' }, ' 条']],
    ['{ name }，您好', [{ named: 'name' }, '，您好']],
    ['第 {0} 页', ['第 ', { list: 0 }, ' 页']],
    ["邮箱 a{'@'}b", ['邮箱 a', '@', 'b']],
    ['', []],
  ] as const)('reads %j', (source, parts) => {
    expect(parseParts(source)).toEqual(parts)
  })

  it('splits plural cases on bars, dropping the spaces around them', () => {
    expect(pluralCases('no appeal | one appeal | {n} appeals')).toEqual(['no appeal', 'one appeal', '{n} appeals'])
    expect(pluralCases('没有竖线')).toEqual(['没有竖线'])
  })

  it('renders the way vue-i18n does, placeholders, lists, literals and plurals', () => {
    const samples = {
      plain: '纯文本',
      named: '{name}，您好，共 {n} 条',
      list: '第 {0} 页，共 {1} 页',
      literal: "a{'{'}b{'}'}",
      two: 'one appeal | {n} appeals',
      three: 'no appeal | one appeal | {count} appeals',
      spaced: '{ name } 与 { other }',
    }
    expect(compareWithVueI18n(samples)).toEqual([])
  })

  it('renders every shared message the way vue-i18n does, in both languages', () => {
    expect(compareWithVueI18n(zhCN)).toEqual([])
    expect(compareWithVueI18n(en, 'en')).toEqual([])
  })

  it('is caught when it differs', () => {
    // an escape it does not read: the comparison reports it (checks the check)
    expect(compareWithVueI18n({ linked: 'see @:plain', plain: 'x' }).map((d) => d.key)).toContain('linked (named)')
  })
})
