import type { AmountRange } from './types.js'

export type Locale = 'zh' | 'en'

/**
 * `n / unit` truncated to at most two decimals, trailing zeros removed. Integer arithmetic only
 * (truncation never shows more money than there is); written for speed, it runs in the engine's
 * hot path.
 */
function scaled(n: number, unit: number): string {
  const h = Math.floor(n / (unit / 100))
  const whole = Math.floor(h / 100)
  const frac = h - whole * 100
  if (frac === 0) return '' + whole
  if (frac % 10 === 0) return whole + '.' + frac / 10
  return whole + (frac < 10 ? '.0' : '.') + frac
}

/**
 * One amount of integer yuan for display: zh "2000万元", "1.2亿元", "800元"; en "CNY 20M",
 * "CNY 1.2B", "CNY 200K", "CNY 800". Amounts are truncated to two decimals of the unit.
 */
export function formatYuan(amount: number, locale: Locale = 'zh'): string {
  const n = Math.abs(amount)
  const sign = amount < 0 ? '-' : ''
  if (locale === 'zh') {
    if (n >= 100_000_000) return sign + scaled(n, 100_000_000) + '亿元'
    if (n >= 10_000) return sign + scaled(n, 10_000) + '万元'
    return sign + n + '元'
  }
  if (n >= 1_000_000_000) return 'CNY ' + sign + scaled(n, 1_000_000_000) + 'B'
  if (n >= 1_000_000) return 'CNY ' + sign + scaled(n, 1_000_000) + 'M'
  if (n >= 1_000) return 'CNY ' + sign + scaled(n, 1_000) + 'K'
  return 'CNY ' + sign + n
}

/**
 * An amount range for display. null → "视具体情况确定" / "case by case"; min = max → one amount;
 * min = 0 → "最高2000万元" / "up to CNY 20M"; otherwise "100万元—200万元" / "CNY 1M–2M".
 */
export function formatYuanRange(amount: AmountRange | null, locale: Locale = 'zh'): string {
  if (amount === null) return locale === 'zh' ? '视具体情况确定' : 'case by case'
  const { min, max } = amount
  if (min === max) return formatYuan(min, locale)
  if (min === 0) return locale === 'zh' ? '最高' + formatYuan(max, 'zh') : 'up to ' + formatYuan(max, 'en')
  if (locale === 'zh') return formatYuan(min, 'zh') + '—' + formatYuan(max, 'zh')
  return formatYuan(min, 'en') + '–' + formatYuan(max, 'en').slice(4)
}
