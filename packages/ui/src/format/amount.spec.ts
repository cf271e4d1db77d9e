import { describe, expect, it } from 'vitest'
import { formatAmountRange, formatYuan } from './amount'

describe('formatYuan', () => {
  it.each([
    [0, '0元'],
    [8_000, '8000元'],
    [9_999, '9999元'],
    [10_000, '1万元'],
    [12_345, '1.23万元'],
    [2_000_000, '200万元'],
    [10_000_000, '1000万元'],
    [12_345_678, '1234.57万元'],
    [99_999_999, '10000万元'],
    [100_000_000, '1亿元'],
    [150_000_000, '1.5亿元'],
    [1_000_000_000, '10亿元'],
    [-50_000, '-5万元'],
  ])('zh-CN %d → %s', (yuan, text) => {
    expect(formatYuan(yuan)).toBe(text)
  })

  it.each([
    [0, 'CNY 0'],
    [8_000, 'CNY 8,000'],
    [999_999, 'CNY 999,999'],
    [1_000_000, 'CNY 1 million'],
    [2_500_000, 'CNY 2.5 million'],
    [1_500_000_000, 'CNY 1.5 billion'],
  ])('en %d → %s', (yuan, text) => {
    expect(formatYuan(yuan, 'en')).toBe(text)
  })

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('refuses %s (not integer yuan)', (value) => {
    expect(() => formatYuan(value)).toThrow(RangeError)
  })
})

describe('formatAmountRange', () => {
  it.each<[number | null, number | null, string, string]>([
    // the basic-research tiers of the action plan
    [2_000_000, 10_000_000, '200万–1000万元', 'CNY 2 million – 10 million'],
    [50_000_000, 100_000_000, '5000万–1亿元', 'CNY 50 million – 100 million'],
    [5_000, 20_000, '5000–2万元', 'CNY 5,000 – 20,000'],
    // percentage with a cap (首台套 ≤2000万)
    [0, 20_000_000, '最高2000万元', 'up to CNY 20 million'],
    [null, 10_000_000, '最高1000万元', 'up to CNY 10 million'],
    [1_000_000, null, '不低于100万元', 'at least CNY 1 million'],
    [10_000_000, 10_000_000, '1000万元', 'CNY 10 million'],
    // eligible, amount 0 is not the same as ineligible: it is shown as 0
    [0, 0, '0元', 'CNY 0'],
    [null, null, '金额另行核定', 'amount decided case by case'],
  ])('[%s, %s] → %s / %s', (min, max, zh, en) => {
    expect(formatAmountRange(min, max)).toBe(zh)
    expect(formatAmountRange(min, max, 'en')).toBe(en)
  })

  it('refuses a range whose minimum is above its maximum', () => {
    expect(() => formatAmountRange(2, 1)).toThrow(RangeError)
  })
})
