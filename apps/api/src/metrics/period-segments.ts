/**
 * How a period is read from the summary tables (pure). Whole months come from the monthly table. A
 * month the period covers only in part is read from the daily table when the period holds at most
 * half of it; otherwise as the whole month (monthly) minus the days outside the period (daily, sign
 * -1): every counter and the answer-days histogram are sums, so subtracting is exact. "The last 30
 * days" or "this month so far" then reads one monthly row and a day or two per combination instead
 * of thirty daily ones.
 */
export interface Segment {
  table: 'monthly' | 'daily'
  /** inclusive, `YYYY-MM-DD` (for monthly: first days of months) */
  from: string
  to: string
  /** +1: add these rows; -1: subtract them (days of a month read whole that lie outside the period) */
  sign: 1 | -1
}

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const utc = (s: string) => Date.parse(`${s}T00:00:00Z`)

export function segments(from: string, to: string): Segment[] {
  const start = utc(from)
  const end = utc(to)
  if (start > end) return []
  const months: number[] = []
  const days: Segment[] = []
  for (let cursor = start; cursor <= end; ) {
    const d = new Date(cursor)
    const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
    const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)
    const segEnd = Math.min(end, monthEnd)
    const included = (segEnd - cursor) / DAY + 1
    const inMonth = (monthEnd - monthStart) / DAY + 1
    if (included === inMonth) months.push(monthStart)
    else if (included > inMonth - included) {
      months.push(monthStart)
      if (cursor > monthStart) days.push({ table: 'daily', from: iso(monthStart), to: iso(cursor - DAY), sign: -1 })
      if (segEnd < monthEnd) days.push({ table: 'daily', from: iso(segEnd + DAY), to: iso(monthEnd), sign: -1 })
    } else days.push({ table: 'daily', from: iso(cursor), to: iso(segEnd), sign: 1 })
    cursor = monthEnd + DAY
  }
  // consecutive months in one range
  const ranges: Segment[] = []
  for (const m of months) {
    const last = ranges.at(-1)
    const next = last ? new Date(utc(last.to)) : null
    if (last && next && Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1) === m) last.to = iso(m)
    else ranges.push({ table: 'monthly', from: iso(m), to: iso(m), sign: 1 })
  }
  return [...ranges, ...days]
}
