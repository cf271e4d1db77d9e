import chineseDays from 'chinese-days'

/** Years whose official holidays and 调休 days the `chinese-days` package knows (it has none for later years). */
export function yearsKnownToLibrary(from: number, to: number): number[] {
  const years: number[] = []
  for (let y = from; y <= to; y++) {
    // A year the package does not know has no named holidays, only weekends.
    if (chineseDays.getHolidaysInRange(`${y}-01-01`, `${y}-12-31`, false).length > 0) years.push(y)
  }
  return years
}

/** Every day of a year the package knows, as the calendar table stores it. */
export function libraryYear(year: number): { date: string; working: boolean; name: string | null }[] {
  const days: { date: string; working: boolean; name: string | null }[] = []
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10)
    const detail = chineseDays.getDayDetail(date)
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6
    // Names like "National Day,国庆节,3" mark holidays and make-up days; plain weekday names do not.
    const special = detail.work === weekend
    days.push({ date, working: detail.work, name: special ? (detail.name.split(',')[1] ?? detail.name) : null })
  }
  return days
}
