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
  const tail = FRACTIONS[frac]
  if (tail !== undefined) return whole + tail
  // Not reached for finite amounts; kept for NaN / Infinity inputs.
  if (frac === 0) return '' + whole
  if (frac % 10 === 0) return whole + '.' + frac / 10
  return whole + (frac < 10 ? '.0' : '.') + frac
}

/** Decimal tails of `scaled` by hundredths: 0 → "", 5 → ".05", 50 → ".5", 25 → ".25". */
const FRACTIONS: readonly string[] = Array.from({ length: 100 }, (_, f) =>
  f === 0 ? '' : f % 10 === 0 ? '.' + f / 10 : (f < 10 ? '.0' : '.') + f,
)

const WAN_TAILS = FRACTIONS.map((f) => f + '万元')
const YI_TAILS = FRACTIONS.map((f) => f + '亿元')

/**
 * formatYuan(n, 'zh') for n ≥ 0, with the unit's tail looked up rather than assembled: the engine
 * writes one such amount into most reasons it builds.
 */
export function yuanZh(n: number): string {
  if (n >= 100_000_000) {
    const h = Math.floor(n / 1_000_000)
    const r = h % 100
    const tail = YI_TAILS[r]
    return tail === undefined ? scaled(n, 100_000_000) + '亿元' : (h - r) / 100 + tail
  }
  if (n >= 10_000) {
    const h = Math.floor(n / 100)
    const r = h % 100
    const tail = WAN_TAILS[r]
    return tail === undefined ? scaled(n, 10_000) + '万元' : (h - r) / 100 + tail
  }
  return n + '元'
}

/**
 * String(v) for a number ≥ 0, faster for the common quantities with at most two decimals (tonnes
 * such as 1234.56): when v is the double nearest to c/100 for an integer c, the shortest decimal
 * that reads back as v (what String gives) is c/100 written out, since below 1e12 two such decimals
 * lie further apart than the spacing of doubles. Anything else goes to String.
 */
export function decimalText(v: number): string {
  if (v >= 0 && v < 1e12) {
    const c = Math.round(v * 100)
    if (c / 100 === v) {
      const r = c % 100
      return (c - r) / 100 + FRACTIONS[r]!
    }
  }
  return '' + v
}

/**
 * One amount of integer yuan for display: zh "2000万元", "1.2亿元", "800元"; en "CNY 20M",
 * "CNY 1.2B", "CNY 200K", "CNY 800". Amounts are truncated to two decimals of the unit.
 */
export function formatYuan(amount: number, locale: Locale = 'zh'): string {
  const n = Math.abs(amount)
  const sign = amount < 0 ? '-' : ''
  if (locale === 'zh') return n === amount ? yuanZh(n) : sign + yuanZh(n)
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
