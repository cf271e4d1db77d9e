import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { isCalendarDate } from '@servicepack/policy-rules'
import { DataSource } from 'typeorm'
import { COUNTERS, zeroCounters, type Counters } from '../appeals/appeal-stats.js'
import { fieldProblem, InputInvalidException } from '../common/error-shape.js'
import type { Viewer } from '../enterprises/enterprises.service.js'
import { ratesOf } from './appeal-rates.js'
import type { GroupBy, MetricsDto, MetricsQueryDto, RatesDto } from './metrics.dto.js'

const DAY = 86_400_000
const MAX_DAYS = 3 * 366

const groupColumn: Record<GroupBy, string> = { bureau: 'bureau', category: 'category', district: 'district', month: `to_char(day, 'YYYY-MM')` }
const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)
const SUMS = COUNTERS.map((c) => `sum(${snake(c)})::int AS "${c}"`).join(', ')

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
    const officer = viewer.roles.includes('bureau_officer') && !viewer.roles.includes('coordinator') && !viewer.roles.includes('admin')
    const scopeBureau = officer ? (viewer.principal.bureau ?? '-') : null
    const bureau = scopeBureau ?? q.bureau
    const previousTo = iso(Date.parse(q.from) - DAY)
    const previousFrom = iso(Date.parse(q.from) - span * DAY)
    // Two queries in all: every (period, bureau, group) sum from the previous period's first day to
    // the end, then totals, previous, city and groups are folded here (a few thousand rows at most).
    const rows = await this.rows(previousFrom, q.to, q.from, role, groupBy, { category: q.category, district: q.district })
    const fold = (pick: (r: Row) => boolean, byKey: boolean) => {
      const out = new Map<string, { counters: Counters; days: Map<number, number> }>()
      for (const r of rows) {
        if (!pick(r)) continue
        const k = byKey ? r.key : ''
        let acc = out.get(k)
        if (!acc) out.set(k, (acc = { counters: zeroCounters(), days: new Map() }))
        for (const c of COUNTERS) acc.counters[c] += r.counters[c]
        for (const [d, n] of r.days) acc.days.set(d, (acc.days.get(d) ?? 0) + n)
      }
      return out
    }
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
      city: rates(fold((r) => r.current, false).get('')),
      groups: [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, v]) => ({ key, ...rates(v) })),
    }
  }

  private async rows(from: string, to: string, currentFrom: string, role: string, groupBy: GroupBy, f: Record<string, string | undefined>): Promise<Row[]> {
    const groupKey = groupColumn[groupBy]
    const params: unknown[] = [from, to, currentFrom]
    const where = ['day BETWEEN $1 AND $2']
    for (const [col, value] of Object.entries(f)) if (value !== undefined) where.push(`${col} = $${params.push(value)}`)
    const head = `SELECT day >= $3 AS current, bureau, ${groupKey} AS key`
    const [counts, days] = await Promise.all([
      this.db.query(`${head}, ${SUMS} FROM appeal_stats WHERE ${[...where, `role = $${params.length + 1}`].join(' AND ')} GROUP BY 1, 2, 3`, [...params, role]) as Promise<(Counters & { current: boolean; bureau: string; key: string })[]>,
      role === 'lead'
        ? (this.db.query(`${head}, days, sum(answers)::int AS n FROM appeal_answer_days WHERE ${where.join(' AND ')} GROUP BY 1, 2, 3, 4`, params) as Promise<{ current: boolean; bureau: string; key: string; days: number; n: number }[]>)
        : Promise.resolve([]),
    ])
    const byId = new Map<string, Row>()
    const id = (r: { current: boolean; bureau: string; key: unknown }) => `${r.current}|${r.bureau}|${String(r.key)}`
    for (const c of counts) {
      byId.set(id(c), { current: c.current, bureau: c.bureau, key: String(c.key), counters: Object.fromEntries(COUNTERS.map((k) => [k, Number(c[k] ?? 0)])) as Counters, days: new Map() })
    }
    for (const d of days) byId.get(id(d))?.days.set(Number(d.days), d.n)
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
