import { Injectable, Logger } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { catalogues } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { CalendarService } from '../calendar/calendar.service.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { DeadlinePolicyService } from '../deadline-policy/deadline-policy.service.js'
import { MetricsService } from '../metrics/metrics.service.js'
import { OpenDataMonth, type FrozenFigures } from './open-data-month.entity.js'
import { cellsOf, cityCounts, METHOD_VERSION, MIN_DENOMINATOR, monthDays, monthTable, parseMonth, previousMonth, type FrozenCounts } from './open-data-rates.js'
import type { OpenDataIndexDto, OpenDataMonthDto, OpenDataMonthRefDto, OpenDataVersionDto } from './open-data.dto.js'
import { dueMonths } from './publication-schedule.js'

const bureauName = new Map(catalogues.bureaus.map((b) => [b.code, b.zh]))
const lock = (em: EntityManager, month: string) => em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`open-data:${month}`])

/**
 * The 三率 as open data: each month published once it is due (publishDue, the job), its counts
 * frozen in `open_data_months` (a correction is a new version with a note), read by anyone.
 */
@Injectable()
export class OpenDataService {
  private readonly logger = new Logger(OpenDataService.name)

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: DeadlinePolicyService,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly metrics: MetricsService,
  ) {}

  /** Publishes every due month not yet published (from the first month with appeals on). Idempotent across instances. */
  async publishDue(): Promise<string[]> {
    const [{ first }] = (await this.db.query(`SELECT to_char(min(month), 'YYYY-MM') AS first FROM appeal_stats_monthly WHERE role = 'lead'`)) as [{ first: string | null }]
    if (!first) return []
    const due = dueMonths(await this.calendar.calendar(), first, this.clock.today(), (await this.policies.current(this.db.manager)).openDataDays)
    const published = new Set((await this.db.query(`SELECT DISTINCT month FROM open_data_months`) as { month: string }[]).map((r) => r.month))
    const added: string[] = []
    for (const month of due.filter((m) => !published.has(m))) if (await this.publish(month)) added.push(month)
    if (added.length) this.logger.log(`open data: published ${added.join(', ')}`)
    return added
  }

  /**
   * Freezes a month's counts as version 1; nothing when it is published already (another instance
   * may have just done it: the month's advisory lock orders them). Returns whether it published.
   */
  async publish(month: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      await lock(em, month)
      const [{ n }] = (await em.query(`SELECT count(*)::int AS n FROM open_data_months WHERE month = $1`, [month])) as [{ n: number }]
      if (n > 0) return false
      await em.insert(OpenDataMonth, { month, version: 1, publishedAt: this.clock.now(), methodVersion: METHOD_VERSION, note: null, figures: await this.figures(month) })
      return true
    })
  }

  /**
   * A correction (coordinator or administrator): the month's counts read again and frozen as the next
   * version with a note saying why; the old versions are kept. 400 malformed month, 409 unpublished.
   * Two at once are ordered by the month's advisory lock (versions n+1 and n+2).
   */
  async correct(monthParam: string, note: string): Promise<OpenDataMonthRefDto> {
    const month = parseMonth(monthParam)
    if (!month) throw new InputInvalidException([fieldProblem('month', 'FORMAT', 'month must be YYYY-MM, from 2000-01 to 2099-12')])
    await this.db.transaction(async (em) => {
      await lock(em, month)
      const [{ v }] = (await em.query(`SELECT coalesce(max(version), 0)::int AS v FROM open_data_months WHERE month = $1`, [month])) as [{ v: number }]
      if (v === 0) throw new ApiException(409, 'OPEN_DATA_NOT_PUBLISHED', `${month} is not published yet: only a published month can be corrected`)
      await em.insert(OpenDataMonth, { month, version: v + 1, publishedAt: this.clock.now(), methodVersion: METHOD_VERSION, note, figures: await this.figures(month) })
    })
    return (await this.refs(month))[0]!
  }

  private async figures(month: string): Promise<FrozenFigures> {
    const { from, to } = monthDays(month)
    const counters = await this.metrics.leadCounters(from, to)
    const bureaus: Record<string, FrozenCounts> = {}
    for (const [bureau, c] of [...counters].sort(([a], [b]) => a.localeCompare(b))) {
      bureaus[bureau] = { dispatched: c.dispatched, acceptedOnTime: c.acceptedOnTime, responded: c.responded, respondedOnTime: c.respondedOnTime, rated: c.rated, resolved: c.resolved, satisfied: c.satisfied + c.basicallySatisfied }
    }
    return { bureaus }
  }

  async index(): Promise<OpenDataIndexDto> {
    return {
      methodVersion: METHOD_VERSION,
      minDenominator: MIN_DENOMINATOR,
      publishWorkingDays: (await this.policies.recent()).openDataDays,
      months: await this.refs(),
    }
  }

  /** The published months (or one), newest first, each with its versions newest first. */
  private async refs(month?: string): Promise<OpenDataMonthRefDto[]> {
    const rows: { month: string; version: number; publishedAt: Date; note: string | null; methodVersion: string }[] = await this.db.query(
      `SELECT month, version, published_at AS "publishedAt", note, method_version AS "methodVersion" FROM open_data_months WHERE $1::text IS NULL OR month = $1 ORDER BY month DESC, version DESC`,
      [month ?? null],
    )
    const byMonth = new Map<string, OpenDataVersionDto[]>()
    for (const r of rows) byMonth.set(r.month, [...(byMonth.get(r.month) ?? []), { version: r.version, publishedAt: new Date(r.publishedAt).toISOString(), note: r.note, methodVersion: r.methodVersion }])
    return [...byMonth].map(([m, versions]) => {
      const current = versions[0]!
      return {
        month: m, version: current.version, publishedAt: current.publishedAt, firstPublishedAt: versions.at(-1)!.publishedAt,
        correctedAt: current.version > 1 ? current.publishedAt : null, note: current.note, methodVersion: current.methodVersion,
        csv: `/api/open-data/appeal-rates/${m}.csv`, json: `/api/open-data/appeal-rates/${m}.json`, versions,
      }
    })
  }

  /** A published month's table (newest version), ranked with the change from the month before. 400 malformed, 404 unpublished. */
  async month(file: string, ext: 'csv' | 'json'): Promise<OpenDataMonthDto> {
    const match = /^(.*)\.(csv|json)$/.exec(file)
    const month = match && match[2] === ext ? parseMonth(match[1]!) : null
    if (!month) throw new InputInvalidException([fieldProblem('file', 'FORMAT', `file must be YYYY-MM.${ext}, a month from 2000-01 to 2099-12`)])
    const [current, previous] = await Promise.all([this.latest(month), this.latest(previousMonth(month))])
    if (!current) throw new ApiException(404, 'NOT_FOUND', `${month} is not published (months are published a few working days after they end)`)
    const counts = (f: FrozenFigures) => new Map(Object.entries(f.bureaus))
    const city = cityCounts(Object.values(current.figures.bureaus))
    return {
      month, version: current.version, publishedAt: new Date(current.publishedAt).toISOString(),
      correctedAt: current.version > 1 ? new Date(current.publishedAt).toISOString() : null, note: current.note, methodVersion: current.methodVersion,
      minDenominator: MIN_DENOMINATOR, previousMonth: previous ? previous.month : null,
      city: { dispatched: city.dispatched, ...cellsOf(city) },
      rows: monthTable(counts(current.figures), previous ? counts(previous.figures) : null).map((r) => ({
        ...r, bureauName: bureauName.get(r.bureau) ?? r.bureau, dispatched: current.figures.bureaus[r.bureau]!.dispatched,
      })),
    }
  }

  private async latest(month: string): Promise<OpenDataMonth | null> {
    return this.db.getRepository(OpenDataMonth).findOne({ where: { month }, order: { version: 'DESC' } })
  }
}
