/**
 * How a period is read from the summary tables (pure): its whole months from the monthly table,
 * the days before the first and after the last whole month from the daily table. A month-aligned
 * six-month period reads six monthly rows per combination instead of 180 daily ones.
 */
export interface Segment {
  table: 'monthly' | 'daily'
  /** inclusive, `YYYY-MM-DD` (for monthly: first days of months) */
  from: string
  to: string
}

const iso = (d: Date) => d.toISOString().slice(0, 10)
const utc = (s: string) => new Date(`${s}T00:00:00Z`)

export function segments(from: string, to: string): Segment[] {
  const start = utc(from)
  const end = utc(to)
  if (start > end) return []
  // first day of the first whole month, and first day of the month after the last whole month
  const firstWhole = start.getUTCDate() === 1 ? start : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
  const dayAfterEnd = new Date(end.getTime() + 86_400_000)
  const afterLastWhole = dayAfterEnd.getUTCDate() === 1 ? dayAfterEnd : new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1))
  if (firstWhole >= afterLastWhole) return [{ table: 'daily', from, to }]
  const out: Segment[] = []
  if (start < firstWhole) out.push({ table: 'daily', from, to: iso(new Date(firstWhole.getTime() - 86_400_000)) })
  const lastWholeMonth = new Date(Date.UTC(afterLastWhole.getUTCFullYear(), afterLastWhole.getUTCMonth() - 1, 1))
  out.push({ table: 'monthly', from: iso(firstWhole), to: iso(lastWholeMonth) })
  if (afterLastWhole <= end) out.push({ table: 'daily', from: iso(afterLastWhole), to })
  return out
}
