/**
 * Calendar catalogues for the dated facts of the plan's measures (code facts, so the profile form
 * offers them as choices and the API accepts exactly these codes).
 *
 * - `ratingYears`: the year an enterprise was first rated a national green factory, for (八)
 *   "首次评为国家级绿色工厂的，给予20万元一次性奖励" read within the plan's period (2026-01-01 …
 *   2028-12-31, "有效期至2028年12月31日"): a first rating before 2026 is outside it.
 * - `loanStartMonths`: the month a stocking loan of (十二) started, `YYYY-MM`, from 1996-01 (a loan
 *   of at most 360 months that started earlier ended before 2026) to 2028-12 (the plan's last month).
 */
export interface CalendarCode {
  code: string
  zh: string
  en: string
}

export const ratingYears: readonly CalendarCode[] = [
  { code: 'before-2026', zh: '2025年及以前', en: '2025 or earlier' },
  { code: '2026', zh: '2026年', en: '2026' },
  { code: '2027', zh: '2027年', en: '2027' },
  { code: '2028', zh: '2028年', en: '2028' },
]

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** First and last year of `loanStartMonths`. */
export const LOAN_START_FIRST_YEAR = 1996
export const LOAN_START_LAST_YEAR = 2028

export const loanStartMonths: readonly CalendarCode[] = (() => {
  const out: CalendarCode[] = []
  for (let y = LOAN_START_FIRST_YEAR; y <= LOAN_START_LAST_YEAR; y++) {
    for (let m = 1; m <= 12; m++) {
      out.push({ code: `${y}-${String(m).padStart(2, '0')}`, zh: `${y}年${m}月`, en: `${MONTHS_EN[m - 1]} ${y}` })
    }
  }
  return out
})()

/** Month number (year × 12 + month − 1) of a `YYYY-MM` or `YYYY-MM-DD` text. */
export function monthNumber(text: string): number {
  return Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1
}
