import { daysOfYear, weekdayRule, type NoticeDay } from '@servicepack/policy-rules'

/** A day as the calendar table stores it. */
export interface StoredDay {
  date: string
  working: boolean
  name: string | null
  source: string
}

export interface YearDay {
  date: string
  working: boolean
  name: string | null
  /** where the day's status comes from; null = not covered (the weekday rule applies) */
  source: string | null
}

/** Every day of a year (pure): the table's status where it has the day, else the weekday rule, marked uncovered. */
export function yearView(year: number, stored: readonly StoredDay[]): YearDay[] {
  const byDate = new Map(stored.map((d) => [d.date, d]))
  return daysOfYear(year).map((date) => {
    const d = byDate.get(date)
    return d ? { date, working: d.working, name: d.name, source: d.source } : { date, working: weekdayRule(date), name: null, source: null }
  })
}

export interface DayChange {
  date: string
  before: { working: boolean; name: string | null } | null
  after: { working: boolean; name: string | null }
}

/**
 * What importing a notice does to a year (pure): the listed days as the notice says, every other
 * day by the weekday rule, so the year is covered whole and says exactly what the notice says.
 * Only the days whose status or name change are returned.
 */
export function importChanges(year: number, notice: readonly NoticeDay[], stored: readonly StoredDay[]): DayChange[] {
  const listed = new Map(notice.map((d) => [d.date, d]))
  const byDate = new Map(stored.map((d) => [d.date, d]))
  const changes: DayChange[] = []
  for (const date of daysOfYear(year)) {
    const n = listed.get(date)
    const after = n ? { working: n.working, name: n.name } : { working: weekdayRule(date), name: null }
    const d = byDate.get(date)
    const before = d ? { working: d.working, name: d.name } : null
    if (!before || before.working !== after.working || before.name !== after.name) changes.push({ date, before, after })
  }
  return changes
}
