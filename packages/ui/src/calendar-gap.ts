import { shanghaiDateOf } from '@servicepack/policy-rules'

export interface CalendarGap {
  /** The first year the working-day calendar lacks (the year of its first uncovered date). */
  year: number
  /** The first uncovered date, YYYY-MM-DD. */
  from: string
  /** Days from today (Shanghai) until that date: 0 when it is today, negative once passed. */
  daysLeft: number
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000

/**
 * A calendar gap as an administrator should read it: which year is missing and how long until it
 * matters ("2027 年工作日历尚未导入，距生效 26 天"), from the health report's `uncoveredFrom` and the
 * moment the report was read. Null without a gap or with a malformed date.
 */
export function calendarGap(uncoveredFrom: string | null | undefined, at: Date): CalendarGap | null {
  if (!uncoveredFrom || !/^\d{4}-\d{2}-\d{2}$/.test(uncoveredFrom)) return null
  return { year: Number(uncoveredFrom.slice(0, 4)), from: uncoveredFrom, daysLeft: dayNumber(uncoveredFrom) - dayNumber(shanghaiDateOf(at)) }
}
