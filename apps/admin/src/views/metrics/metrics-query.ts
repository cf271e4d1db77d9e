import { catalogues, isCalendarDate } from '@servicepack/policy-rules'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** The dashboard's state; the URL query is its one home (reload, Back and a shared link keep it). */
export const PRESETS = ['thisMonth', 'lastMonth', 'last3', 'last6', 'thisYear', 'custom'] as const
export type Preset = (typeof PRESETS)[number]
export type GroupBy = 'bureau' | 'category' | 'district' | 'month'
export type Figure = 'dispatched' | 'responseRate' | 'resolutionRate' | 'satisfactionRate' | 'onTimeAnswerRate' | 'overdue' | 'reopened' | 'rated' | 'medianAnswerDays' | 'opinions'

export interface MetricsFilters {
  preset: Preset
  from: string
  to: string
  category: string
  district: string
}

/** The API's limit on a period. */
const MAX_DAYS = 3 * 366
const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const monthStart = (y: number, m: number) => iso(Date.UTC(y, m, 1))
const monthEnd = (y: number, m: number) => iso(Date.UTC(y, m + 1, 0))

/** A preset's period on `today` (a Shanghai date): whole months back, up to today. */
export function presetRange(preset: Exclude<Preset, 'custom'>, today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4))
  const m = Number(today.slice(5, 7)) - 1
  switch (preset) {
    case 'thisMonth': return { from: monthStart(y, m), to: today }
    case 'lastMonth': return { from: monthStart(y, m - 1), to: monthEnd(y, m - 1) }
    case 'last3': return { from: monthStart(y, m - 2), to: today }
    case 'last6': return { from: monthStart(y, m - 5), to: today }
    case 'thisYear': return { from: `${y}-01-01`, to: today }
  }
}

const first = (value: LocationQuery[string] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? '').trim()

/** Reads the state from the URL; a malformed or too long custom period falls back to the last six months. */
export function metricsFromQuery(query: LocationQuery, today: string): MetricsFilters {
  const category = first(query.category)
  const district = first(query.district)
  const common = {
    category: catalogues.appealCategories.some((c) => c.code === category) ? category : '',
    district: catalogues.districts.some((d) => d.code === district) ? district : '',
  }
  const from = first(query.from)
  const to = first(query.to)
  if (isCalendarDate(from) && isCalendarDate(to) && from <= to && (Date.parse(to) - Date.parse(from)) / DAY < MAX_DAYS) return { preset: 'custom', from, to, ...common }
  const period = first(query.period)
  const preset = (PRESETS as readonly string[]).includes(period) && period !== 'custom' ? (period as Exclude<Preset, 'custom'>) : 'last6'
  return { preset, ...presetRange(preset, today), ...common }
}

export function queryOfMetrics(f: MetricsFilters): LocationQueryRaw {
  const query: LocationQueryRaw = f.preset === 'custom' ? { from: f.from, to: f.to } : f.preset === 'last6' ? {} : { period: f.preset }
  if (f.category) query.category = f.category
  if (f.district) query.district = f.district
  return query
}

/** Which appeals a figure counts, as the inbox's URL filters (the drill-down). */
export function drillQuery(figure: Figure, scope: { groupBy?: GroupBy; key?: string; role?: 'lead' | 'assisting'; bureau?: string | null }, f: MetricsFilters): LocationQueryRaw {
  let from = f.from
  let to = f.to
  const query: LocationQueryRaw = {}
  if (f.category) query.category = f.category
  if (f.district) query.district = f.district
  if (scope.bureau) query.lead = scope.bureau
  if (scope.groupBy && scope.key !== undefined) {
    if (scope.groupBy === 'bureau') {
      if (scope.role === 'assisting') {
        delete query.lead
        query.bureau = scope.key
      } else query.lead = scope.key
    }
    if (scope.groupBy === 'category') query.category = scope.key
    if (scope.groupBy === 'district' && scope.key) query.district = scope.key
    if (scope.groupBy === 'month') {
      const [y, m] = scope.key.split('-').map(Number) as [number, number]
      from = [from, monthStart(y, m - 1)].sort().at(-1)!
      to = [to, monthEnd(y, m - 1)].sort()[0]!
    }
  }
  // what the lead bureau does with a dispatch counts on the day of the dispatch; ratings on the day of the rating
  if (figure === 'resolutionRate' || figure === 'satisfactionRate' || figure === 'rated' || figure === 'reopened') {
    query.ratedFrom = from
    query.ratedTo = to
    if (figure === 'reopened') query.reopened = 'true'
  } else {
    query.dispatchedFrom = from
    query.dispatchedTo = to
    if (figure === 'overdue') query.everOverdue = 'true'
  }
  return query
}
