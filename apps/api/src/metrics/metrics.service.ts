import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { isCalendarDate } from '@servicepack/policy-rules'
import { DataSource } from 'typeorm'
import { COUNTERS, zeroCounters, type Counters } from '../appeals/appeal-stats.js'
import { fieldProblem, InputInvalidException } from '../common/error-shape.js'
import type { Viewer } from '../auth/viewer.js'
import { ratesOf } from './appeal-rates.js'
import { segments, type Segment } from './period-segments.js'
import type { GroupBy, MetricsDto, MetricsQueryDto, RatesDto } from './metrics.dto.js'
import { metricsScope } from './metrics-access.js'

const DAY = 86_400_000
const MAX_DAYS = 3 * 366

const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)
/** The counters' sums, negated for a segment that is subtracted (see period-segments.ts). */
const sums = (sign: 1 | -1) => COUNTERS.map((c) => `(${sign} * sum(${snake(c)}))::int AS "${c}"`).join(', ')

/**
 * The 三率 over a period, grouped, from the summary tables (never a scan of the appeals). A bureau
 * officer sees their own bureau's figures and the city totals, nothing of another bureau.
 */
@Injectable()
export class MetricsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async appeals(viewer: Viewer, q: MetricsQueryDto): Promise<MetricsDto> {
    const problems = []
    if (!isCalendarDate(q.from)) problems.push(fieldProblem('from', 'FORMAT', 'from must be a real calendar date'))
    if (!isCalendarDate(q.to)) problems.push(fieldProblem('to', 'FORMAT', 'to must be a real calendar date'))
    if (problems.length) throw new InputInvalidException(problems)
    const span = (Date.parse(q.to) - Date.parse(q.from)) / DAY + 1
    if (span < 1 || span > MAX_DAYS) throw new InputInvalidException([fieldProblem('to', 'OUT_OF_RANGE', `the period must run forward and span at most ${MAX_DAYS} days`)])
    const groupBy = q.groupBy ?? 'bureau'
    const role = q.role ?? 'lead'
    const { officer, scopeBureau, bureau } = metricsScope({ roles: viewer.roles, bureau: viewer.principal.bureau }, q.bureau)
    const previousTo = iso(Date.parse(q.from) - DAY)
    const previousFrom = iso(Date.parse(q.from) - span * DAY)
    // Two queries in all (counts, answer days): every (period, bureau, group) sum, each period read
    // as months from the monthly tables and a few edge days from the daily ones (period-segments.ts); totals,
    // previous, city and groups are folded here (a few thousand rows at most).
    const parts = [...segments(previousFrom, previousTo).map((s) => ({ ...s, current: false })), ...segments(q.from, q.to).map((s) => ({ ...s, current: true }))]
    const filters = { category: q.category, district: q.district }
    const rows = await this.rows(parts, role, groupBy, filters)
    // A bureau officer's city figure is the whole city: narrowed to a category or district it could be
    // one other bureau's figures (a category usually has one lead bureau).
    const narrowed = filters.category !== undefined || filters.district !== undefined
    const cityRows = officer && narrowed ? await this.rows(parts.filter((p) => p.current), role, groupBy, {}) : rows
    const foldRows = (from: Row[], pick: (r: Row) => boolean, byKey: boolean) => {
      const out = new Map<string, { counters: Counters; days: Map<number, number> }>()
      for (const r of from) {
        if (!pick(r)) continue
        const k = byKey ? r.key : ''
        let acc = out.get(k)
        if (!acc) out.set(k, (acc = { counters: zeroCounters(), days: new Map() }))
        for (const c of COUNTERS) acc.counters[c] += r.counters[c]
        for (const [d, n] of r.days) acc.days.set(d, (acc.days.get(d) ?? 0) + n)
      }
      return out
    }
    const fold = (pick: (r: Row) => boolean, byKey: boolean) => foldRows(rows, pick, byKey)
    const rates = (v: { counters: Counters; days: Map<number, number> } | undefined): RatesDto => {
      const counters = v?.counters ?? zeroCounters()
      return { ...ratesOf(counters, v?.days ?? new Map()), opinions: counters.opinions }
    }
    const inScope = (r: Row) => bureau === undefined || r.bureau === bureau
    const groups = fold((r) => r.current && inScope(r), true)
    return {
      from: q.from, to: q.to, previousFrom, previousTo, groupBy, role, scopeBureau,
      totals: rates(fold((r) => r.current && inScope(r), false).get('')),
      previous: rates(fold((r) => !r.current && inScope(r), false).get('')),
      city: rates(foldRows(cityRows, (r) => r.current, false).get('')),
      groups: [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, v]) => ({ key, ...rates(v) })),
      cityGroups: groupBy === 'month' ? [...foldRows(cityRows, (r) => r.current, true)].sort(([a], [b]) => a.localeCompare(b)).map(([key, v]) => ({ key, ...rates(v) })) : null,
    }
  }

  /**
   * Every lead bureau's summed counters over a period, read exactly as `appeals()` reads them (the
   * open data publish these for a month, so the figures equal the dashboard's).
   */
  async leadCounters(from: string, to: string): Promise<Map<string, Counters>> {
    const rows = await this.rows(segments(from, to).map((s) => ({ ...s, current: true })), 'lead', 'bureau', {})
    return new Map(rows.map((r) => [r.bureau, r.counters]))
  }

  private async rows(parts: (Segment & { current: boolean })[], role: string, groupBy: GroupBy, f: Record<string, string | undefined>): Promise<Row[]> {
    const params: unknown[] = []
    const p = (v: unknown) => `$${params.push(v)}`
    // numbered per query: the counts and the answer days are two queries with their own parameters
    const filterSql = () => Object.entries(f).filter(([, v]) => v !== undefined).map(([col, v]) => ` AND ${col} = ${p(v)}`).join('')
    const select = (counts: boolean) => {
      const filters = filterSql()
      const rolePart = counts ? ` AND role = ${p(role)}` : ''
      return parts
        .map((s) => {
          const [stats, days, dateCol] = s.table === 'monthly' ? ['appeal_stats_monthly', 'appeal_answer_days_monthly', 'month'] : ['appeal_stats', 'appeal_answer_days', 'day']
          const key = groupBy === 'month' ? `to_char(${dateCol}, 'YYYY-MM')` : groupBy
          const range = `${dateCol} BETWEEN ${p(s.from)} AND ${p(s.to)}`
          return counts
            ? `SELECT ${s.current} AS current, bureau, ${key} AS key, ${sums(s.sign)} FROM ${stats} WHERE ${range}${filters}${rolePart} GROUP BY 2, 3`
            : `SELECT ${s.current} AS current, bureau, ${key} AS key, days, (${s.sign} * sum(answers))::int AS n FROM ${days} WHERE ${range}${filters} GROUP BY 2, 3, 4`
        })
        .join(' UNION ALL ')
    }
    const countsSql = select(true)
    const countParams = [...params]
    params.length = 0
    const daysSql = role === 'lead' ? select(false) : ''
    const [counts, days] = await Promise.all([
      parts.length ? (this.db.query(countsSql, countParams) as Promise<(Counters & { current: boolean; bureau: string; key: string })[]>) : Promise.resolve([]),
      daysSql ? (this.db.query(daysSql, params) as Promise<{ current: boolean; bureau: string; key: string; days: number; n: number }[]>) : Promise.resolve([]),
    ])
    // segments of one period can meet in a group (a month's edge days and whole months): add them up
    const byId = new Map<string, Row>()
    const rowOf = (r: { current: boolean; bureau: string; key: string }) => {
      const id = `${r.current}|${r.bureau}|${r.key}`
      let row = byId.get(id)
      if (!row) byId.set(id, (row = { current: r.current, bureau: r.bureau, key: String(r.key), counters: zeroCounters(), days: new Map() }))
      return row
    }
    for (const c of counts) {
      const row = rowOf(c)
      for (const k of COUNTERS) row.counters[k] += Number(c[k] ?? 0)
    }
    for (const d of days) {
      const row = rowOf(d)
      row.days.set(Number(d.days), (row.days.get(Number(d.days)) ?? 0) + d.n)
    }
    // a combination seen only on subtracted days nets to nothing: it is not in the period
    for (const [id, row] of byId) {
      for (const [d, n] of row.days) if (n === 0) row.days.delete(d)
      if (row.days.size === 0 && COUNTERS.every((c) => row.counters[c] === 0)) byId.delete(id)
    }
    return [...byId.values()]
  }
}

interface Row {
  current: boolean
  bureau: string
  key: string
  counters: Counters
  days: Map<number, number>
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
