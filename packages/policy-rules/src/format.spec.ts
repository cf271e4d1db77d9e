import { describe, expect, it } from 'vitest'
import { applyBps, bpsToPercent, formatYuan, formatYuanRange, mulDivFloor } from './index.js'

describe('formatYuan', () => {
  it.each([
    [0, '0元', 'CNY 0'],
    [800, '800元', 'CNY 800'],
    [9_999, '9999元', 'CNY 9.99K'],
    [10_000, '1万元', 'CNY 10K'],
    [200_000, '20万元', 'CNY 200K'],
    [1_234_567, '123.45万元', 'CNY 1.23M'],
    [5_000_000, '500万元', 'CNY 5M'],
    [20_000_000, '2000万元', 'CNY 20M'],
    [99_999_999, '9999.99万元', 'CNY 99.99M'],
    [100_000_000, '1亿元', 'CNY 100M'],
    [120_000_000, '1.2亿元', 'CNY 120M'],
    [1_050_000_000, '10.5亿元', 'CNY 1.05B'],
  ])('%d → %s / %s', (n, zh, en) => {
    expect(formatYuan(n, 'zh')).toBe(zh)
    expect(formatYuan(n, 'en')).toBe(en)
  })
})

describe('formatYuanRange', () => {
  it.each([
    [null, '视具体情况确定', 'case by case'],
    [{ min: 200_000, max: 200_000 }, '20万元', 'CNY 200K'],
    [{ min: 0, max: 20_000_000 }, '最高2000万元', 'up to CNY 20M'],
    [{ min: 1_000_000, max: 2_000_000 }, '100万元—200万元', 'CNY 1M–2M'],
    [{ min: 0, max: 0 }, '0元', 'CNY 0'],
  ])('%j → %s / %s', (range, zh, en) => {
    expect(formatYuanRange(range, 'zh')).toBe(zh)
    expect(formatYuanRange(range, 'en')).toBe(en)
  })
})

describe('integer arithmetic', () => {
  it.each([
    [10_000, 3000, 3000],
    [3, 3000, 0],
    [66_666_667, 3000, 20_000_000],
    [Number.MAX_SAFE_INTEGER, 130, 117_093_590_311_632],
  ])('applyBps(%d, %d) = %d (floor)', (a, bps, out) => expect(applyBps(a, bps)).toBe(out))

  it('mulDivFloor matches BigInt', () => {
    for (const [a, b, d] of [
      [123_456_789_012, 1999, 1000],
      [Number.MAX_SAFE_INTEGER, 80, 10_000],
      [7, 3, 2],
    ] as const) {
      expect(mulDivFloor(a, b, d)).toBe(Number((BigInt(a) * BigInt(b)) / BigInt(d)))
    }
  })

  it.each([
    [3000, '30%'],
    [80, '0.8%'],
    [130, '1.3%'],
    [125, '1.25%'],
    [5, '0.05%'],
  ])('bpsToPercent(%d) = %s', (bps, s) => expect(bpsToPercent(bps)).toBe(s))
})
