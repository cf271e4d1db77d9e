/**
 * Calendar dates as the action plan writes them (`YYYY-MM-DD`, Shanghai dates). One home for the
 * API, both apps and the engine's own `asOf` check.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * True for a real calendar date written `YYYY-MM-DD` (2028-02-29 yes, 2026-02-30 no). Year 0000 is
 * none: the Gregorian calendar has no year 0 (and PostgreSQL refuses it).
 */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null
  if (m === null) return false
  const y = Number(m[1])
  if (y < 1) return false
  const mo = Number(m[2])
  const d = Number(m[3])
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth[mo - 1]!
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar date in Asia/Shanghai at an instant, `YYYY-MM-DD` (pure: the caller passes the instant). */
export function shanghaiDateOf(instant: Date): string {
  return shanghaiDate.format(instant)
}
