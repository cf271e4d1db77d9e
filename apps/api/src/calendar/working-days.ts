/**
 * Working-day arithmetic on Chinese calendars, pure: the calendar is passed in. Days the calendar
 * knows (holidays, 调休 make-up working days, ordinary days of covered years) come from it; days it
 * does not cover fall back to Monday–Friday, and the caller can tell (`covers`).
 *
 * Deadlines follow the "1515" practice: "within N working days of X" ends at 24:00 Asia/Shanghai of
 * the N-th working day after X's calendar date (X's own day does not count).
 */

/** What the calendar table knows: the working status of each known day, `YYYY-MM-DD` → working. */
export interface WorkingCalendar {
  /** true = working day, false = day off, undefined = not covered (weekday rule applies). */
  status(date: string): boolean | undefined
}

export function calendarOf(days: Iterable<readonly [string, boolean]>): WorkingCalendar {
  const map = new Map(days)
  return { status: (date) => map.get(date) }
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000 // Asia/Shanghai has had no daylight saving since 1991

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The next calendar date. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const known = calendar.status(date)
  if (known !== undefined) return known
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The N-th working day after `date` (N ≥ 1). */
export function nthWorkingDayAfter(calendar: WorkingCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1 (got ${n})`)
  let day = date
  let left = n
  // A year has at most ~20 consecutive days off; bound the loop anyway.
  for (let guard = 0; guard < n * 7 + 60; guard++) {
    day = nextDate(day)
    if (isWorkingDay(calendar, day) && --left === 0) return day
  }
  throw new RangeError(`no ${n} working days found after ${date}`)
}

/** The instant a Shanghai calendar date ends (24:00 Asia/Shanghai = next day 00:00). */
export function endOfShanghaiDay(date: string): Date {
  return new Date(new Date(`${nextDate(date)}T00:00:00Z`).getTime() - SHANGHAI_OFFSET_MS)
}

/** "Within N working days of `from`": the end of the N-th working day after from's Shanghai date. */
export function deadlineAfter(calendar: WorkingCalendar, from: Date, workingDays: number): Date {
  return endOfShanghaiDay(nthWorkingDayAfter(calendar, shanghaiDate(from), workingDays))
}

/** Moves a deadline by N more working days (an approved extension). */
export function extendDeadline(calendar: WorkingCalendar, due: Date, workingDays: number): Date {
  // `due` is the end of a day, i.e. the next day's 00:00 in Shanghai: step back into the due day.
  return endOfShanghaiDay(nthWorkingDayAfter(calendar, shanghaiDate(new Date(due.getTime() - 1)), workingDays))
}

/**
 * 即将超期: a deadline is due soon when it falls today or within the next `days` working days
 * (the deadline policy's `dueSoonDays`, default 1: "today or the next working day", so a bureau
 * sees it in the morning). The last instant such a deadline may have: the end of the `days`-th
 * working day after today (the end of today when `days` is 0). A deadline d is due soon at `now`
 * when now ≤ d ≤ dueSoonUntil(…).
 */
export function dueSoonUntil(calendar: WorkingCalendar, now: Date, days: number): Date {
  const today = shanghaiDate(now)
  return endOfShanghaiDay(days <= 0 ? today : nthWorkingDayAfter(calendar, today, days))
}

/** Working days from `from` to `to` (Shanghai dates, `from` excluded, `to` included); 0 if to ≤ from. */
export function workingDaysBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  let day = shanghaiDate(from)
  const end = shanghaiDate(to)
  let count = 0
  while (day < end) {
    day = nextDate(day)
    if (isWorkingDay(calendar, day)) count++
  }
  return count
}

/** The first date in [from, from + days) the calendar does not cover, or null when all are covered. */
export function firstUncovered(calendar: WorkingCalendar, from: string, days: number): string | null {
  let day = from
  for (let i = 0; i < days; i++) {
    if (calendar.status(day) === undefined) return day
    day = nextDate(day)
  }
  return null
}
