/**
 * Money is integer yuan everywhere (see architecture.md). These helpers only format it:
 * Chinese readers expect 万元 / 亿元, English readers million / billion.
 */
export type AmountLocale = 'zh-CN' | 'en'

const WAN = 10_000
const YI = 100_000_000

function assertYuan(value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount must be an integer number of yuan, got ${value}`)
}

function decimals(value: number, locale: AmountLocale, grouping: boolean): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: grouping }).format(value)
}

interface Parts {
  number: string
  unit: string
}

function zhParts(yuan: number): Parts {
  const abs = Math.abs(yuan)
  if (abs >= YI) return { number: decimals(yuan / YI, 'zh-CN', false), unit: '亿元' }
  if (abs >= WAN) return { number: decimals(yuan / WAN, 'zh-CN', false), unit: '万元' }
  return { number: decimals(yuan, 'zh-CN', false), unit: '元' }
}

function enText(yuan: number): string {
  const abs = Math.abs(yuan)
  if (abs >= 1_000_000_000) return `CNY ${decimals(yuan / 1_000_000_000, 'en', true)} billion`
  if (abs >= 1_000_000) return `CNY ${decimals(yuan / 1_000_000, 'en', true)} million`
  return `CNY ${decimals(yuan, 'en', true)}`
}

/** 2_000_000 → "200万元"; 150_000_000 → "1.5亿元"; en: "CNY 2 million". */
export function formatYuan(yuan: number, locale: AmountLocale = 'zh-CN'): string {
  assertYuan(yuan)
  if (locale === 'en') return enText(yuan)
  const { number, unit } = zhParts(yuan)
  return number + unit
}

/**
 * A range `[min, max]` in yuan. `null` means "not bounded on that side";
 * both `null` means the amount is decided case by case.
 *
 * [2_000_000, 10_000_000] → "200万–1000万元"; [0, 20_000_000] → "最高2000万元".
 */
export function formatAmountRange(min: number | null, max: number | null, locale: AmountLocale = 'zh-CN'): string {
  if (min !== null) assertYuan(min)
  if (max !== null) assertYuan(max)
  if (min !== null && max !== null && min > max) throw new RangeError(`min ${min} is above max ${max}`)
  const zh = locale === 'zh-CN'
  if (min === null && max === null) return zh ? '金额另行核定' : 'amount decided case by case'
  if (max === null) return zh ? `不低于${formatYuan(min as number, locale)}` : `at least ${formatYuan(min as number, locale)}`
  if (min === null || (min === 0 && max > 0)) return zh ? `最高${formatYuan(max, locale)}` : `up to ${formatYuan(max, locale)}`
  if (min === max) return formatYuan(min, locale)
  if (!zh) return `${formatYuan(min, locale)} – ${formatYuan(max, locale).replace(/^CNY /, '')}`
  const low = zhParts(min)
  const high = zhParts(max)
  // 200万–1000万元: keep each number's own unit word, write 元 once.
  const lowText = low.unit === '元' ? low.number : low.number + low.unit.replace('元', '')
  return `${lowText}–${high.number}${high.unit}`
}
