import { describe, expect, it } from 'vitest'
import { DICTIONARY_HASH, indexText, normalise, queryWords, segment, tsQuery } from './segmenter.js'

describe('segment', () => {
  it.each([
    ['首台套设备能补多少', ['首台套']],
    ['免申即享的政策怎么领', ['免申即享']],
    ['专精特新小巨人认定', ['专精特新']],
    ['集成电路企业', ['集成电路']],
    ['智能网联汽车', ['智能网联汽车']],
  ])('keeps the plan term of %s as one word', (text, words) => {
    expect(segment(text)).toEqual(expect.arrayContaining(words))
  })

  it.each([
    ['首台(套)重大技术装备', '首台套'],
    ['首台（套）', '首台套'],
    ['利息补贴', '贴息'],
    ['贷款贴息', '贴息'],
    ['技改项目', '技术改造'],
    ['芯片公司', '集成电路'],
    ['ＡＩ大模型', '人工智能'],
  ])('rewrites the synonym in %s to %s', (text, word) => {
    expect(segment(text)).toContain(word)
  })

  it('drops function words and punctuation', () => {
    expect(segment('请问我们公司怎么申请？')).toEqual(['申请'])
  })

  it('never rewrites a canonical form inside a longer one', () => {
    expect(normalise('宽带服务')).toBe('宽带服务')
  })
})

describe('tsQuery', () => {
  it('joins the distinct words with OR, each quoted', () => {
    expect(tsQuery('贴息贴息 备货')).toBe(`'贴息' | '备货'`)
  })

  it('is null for a query of function words only', () => {
    expect(tsQuery('请问怎么？')).toBeNull()
  })

  it("lets no tsquery operator or quote through", () => {
    expect(tsQuery(`a' | !b & (c)`)).toBe(`'a' | 'b' | 'c'`)
  })
})

describe('queryWords', () => {
  it.each([
    // a dictionary term without its pieces (经济, 信息 are in half the answers)
    ['经信委的服务包', ['市经济信息化委', '服务包']],
    ['集成电路固废', ['集成电路', '固废']],
    ['首台（套）', ['首台套']],
  ])('%s → %j', (q, words) => {
    expect(queryWords(q)).toEqual(words)
  })

  it('keeps the pieces of a word the dictionary does not know (how a compound finds its parts)', () => {
    expect(segment('光伏组件回收')).toEqual(queryWords('光伏组件回收'))
  })
})

describe('indexText', () => {
  it('segments question and answer apart', () => {
    // search mode keeps the whole term and its parts: a query for either finds it
    expect(indexText('首台套怎么申报', '向市经信委申报')).toEqual({ a: '首台 首台套 申报', b: '向 经济 信息 信息化 市经济信息化委 申报' })
  })
})

it('has a stable dictionary hash', () => {
  expect(DICTIONARY_HASH).toMatch(/^[0-9a-f]{64}$/)
})
