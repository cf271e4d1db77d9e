/**
 * A deadline as the "1515" rule means it: a working day. The API stores a deadline as the instant
 * that working day ends (24:00 Asia/Shanghai = the next day's 00:00); people read the day itself —
 * "2026-12-11（周五）前", "by Fri 2026-12-11" — never midnight of the following day. Pure: one home for
 * both apps (through @servicepack/ui), the API's e-mails and its exports.
 */
import type { Locale } from './format.js'

const SHANGHAI_OFFSET_MS = 8 * 3600_000 // Asia/Shanghai has had no daylight saving since 1991
const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

function instantOf(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * The Shanghai date a deadline falls on, `YYYY-MM-DD`: the day whose end it is. A deadline at
 * 24:00 (the next day's 00:00) is due that day; one at another time (a deadline set by hand, an
 * older row) is due on its own day. '' when the value is not an instant.
 */
export function dueDayOf(deadline: Date | string | number): string {
  const date = instantOf(deadline)
  if (!date) return ''
  // one millisecond back: 00:00 of the 12th is the end of the 11th
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS - 1).toISOString().slice(0, 10)
}

/** The weekday of a `YYYY-MM-DD` date, 0 = Sunday. */
export function weekdayOfDate(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** The due day in words: zh "2026-12-11（周五）前", en "by Fri 2026-12-11"; '' when the value is not an instant. */
export function formatDueDay(deadline: Date | string | number, locale: Locale = 'zh'): string {
  const day = dueDayOf(deadline)
  if (!day) return ''
  const weekday = weekdayOfDate(day)
  return locale === 'en' ? `by ${WEEKDAY_EN[weekday]} ${day}` : `${day}（${WEEKDAY_ZH[weekday]}）前`
}
