import { nthWorkingDayAfter, type WorkingCalendar } from '../calendar/working-days.js'
import { monthDays, nextMonth } from './open-data-rates.js'

/**
 * When a month's 三率 are published (pure): on the N-th working day after the month ends (N from the
 * deadline policy, `OPEN_DATA_PUBLISH_WORKING_DAYS`, default 3), at the job's first tick that day.
 */
export function publicationDay(calendar: WorkingCalendar, month: string, n: number): string {
  return nthWorkingDayAfter(calendar, monthDays(month).to, n)
}

/** The months from `first` on that are due by `today` (Shanghai date), oldest first. */
export function dueMonths(calendar: WorkingCalendar, first: string, today: string, n: number): string[] {
  const out: string[] = []
  for (let m = first; monthDays(m).to < today; m = nextMonth(m)) if (publicationDay(calendar, m, n) <= today) out.push(m)
  return out
}
