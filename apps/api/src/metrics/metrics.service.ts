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
    const filters = { role, bureau, category: q.category, district: q.district }
    const previousTo = iso(Date.parse(q.from) - DAY)
    const previousFrom = iso(Date.parse(q.from) - span * DAY)
    const [groups, totals, previous, city] = await Promise.all([
      this.sum(q.from, q.to, filters, groupBy),
      this.sum(q.from, q.to, filters, null),
      this.sum(previousFrom, previousTo, filters, null),
      this.sum(q.from, q.to, { role, category: q.category, district: q.district }, null),
    ])
    return {
      from: q.from, to: q.to, previousFrom, previousTo, groupBy, role, scopeBureau,
      totals: totals[0]!.rates, previous: previous[0]!.rates, city: city[0]!.rates,
      groups: groups.map((g) => ({ key: g.key, ...g.rates })),
    }
  }

  private async sum(from: string, to: string, f: { role: string; bureau?: string | undefined; category?: string | undefined; district?: string | undefined }, groupBy: GroupBy | null) {
    const key = groupBy ? `${groupColumn[groupBy]} AS key` : `'' AS key`
    const counts = (async () => {
      const { where, params } = filter(from, to, { ...f })
      return (await this.db.query(`SELECT ${key}, ${SUMS} FROM appeal_stats WHERE ${where} ${groupBy ? 'GROUP BY 1' : ''}`, params)) as (Counters & { key: string })[]
    })()
    const days = (async () => {
      if (f.role !== 'lead') return []
      const { where, params } = filter(from, to, { bureau: f.bureau, category: f.category, district: f.district })
      return (await this.db.query(`SELECT ${key}, days, sum(answers)::int AS n FROM appeal_answer_days WHERE ${where} GROUP BY 1, 2`, params)) as { key: string; days: number; n: number }[]
    })()
    const distributions = new Map<string, Map<number, number>>()
    for (const d of await days) {
      const m = distributions.get(d.key) ?? new Map<number, number>()
      m.set(Number(d.days), d.n)
      distributions.set(d.key, m)
    }
    const found = await counts
    const rows = found.length ? found : [{ key: '', ...zeroCounters() }]
    return rows
      .map((c) => {
        const counters = Object.fromEntries(COUNTERS.map((k) => [k, Number(c[k] ?? 0)])) as Counters
        const rates: RatesDto = { ...ratesOf(counters, distributions.get(c.key) ?? new Map()), opinions: counters.opinions }
        return { key: String(c.key), rates }
      })
      .sort((a, b) => a.key.localeCompare(b.key))
  }
}

/** `day BETWEEN … AND …` and an equality per given filter, with numbered parameters. */
function filter(from: string, to: string, f: Record<string, string | undefined>): { where: string; params: unknown[] } {
  const params: unknown[] = [from, to]
  const where = ['day BETWEEN $1 AND $2']
  for (const [col, value] of Object.entries(f)) if (value !== undefined) where.push(`${col} = $${params.push(value)}`)
  return { where: where.join(' AND '), params }
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
