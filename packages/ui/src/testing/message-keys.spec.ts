import { describe, expect, it } from 'vitest'
import { messageKeyProblems } from './message-keys'

describe('messageKeyProblems', () => {
  it('finds nothing when both languages have the same texts', () => {
    expect(messageKeyProblems({ 'zh-CN': { a: '甲', b: { c: '丙' } }, en: { a: 'A', b: { c: 'C' } } })).toEqual([])
  })

  it.each([
    ['a text only Chinese has', { a: '甲', b: '乙' }, { a: 'A' }, ['en lacks b (zh-CN has it)']],
    ['a text only English has', { a: '甲' }, { a: 'A', extra: 'X' }, ['zh-CN lacks extra (en has it)']],
    ['a nested text missing', { g: { x: '甲', y: '乙' } }, { g: { x: 'X' } }, ['en lacks g.y (zh-CN has it)']],
    ['a text where the other has a group', { g: '甲' }, { g: { x: 'X' } }, ['zh-CN lacks g.x (en has it)', 'en lacks g (zh-CN has it)']],
    ['a text empty in one language only', { a: '甲' }, { a: '' }, ["en: a is empty (zh-CN's is not)"]],
    ['nothing in a text empty in both', { a: '' }, { a: '' }, []],
    ['a number', { a: 1 }, { a: 'A' }, ['zh-CN: a is 1, not a text']],
    ['a list', { a: ['甲'] }, { a: 'A' }, ['zh-CN: a is ["甲"], not a text']],
  ])('finds %s', (_what, zh, en, problems) => {
    expect(messageKeyProblems({ 'zh-CN': zh, en })).toEqual(problems)
  })
})
