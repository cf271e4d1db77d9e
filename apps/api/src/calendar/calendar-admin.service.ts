import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { parseHolidayNotice } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { AuditService } from '../audit/audit.service.js'
import type { Principal } from '../auth/principal.js'
import { Clock } from '../common/clock.js'
import { ApiException, fieldProblem, InputInvalidException } from '../common/error-shape.js'
import { COVERAGE_DAYS, CalendarService } from './calendar.service.js'
import { importChanges, yearView, type DayChange, type StoredDay } from './calendar-year.js'
import type { CalendarWriteResultDto, CalendarYearDto, ImportCalendarDto, LoadCalendarDto, SetCalendarDayDto } from './calendar.dto.js'
import { libraryYear, yearsKnownToLibrary } from './library-calendar.js'
import { firstUncovered } from './working-days.js'

/**
 * The administrator's working-day calendar, a year at a time: load it from chinese-days (where the
 * library knows the year), set single days, import the State Council's notice. Every change is
 * audited. A change applies to deadlines set from then on; deadlines already set stay (documented in
 * README): the bureau and the enterprise were told them, and the 三率 measure against them.
 */
@Injectable()
export class CalendarAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
  ) {}

  async year(year: number, em: EntityManager = this.db.manager): Promise<CalendarYearDto> {
    const stored = await this.stored(em, year)
    const days = yearView(year, stored)
    // coverage from the table as it is now (not the cached calendar), so the page shows a change at once
    const all: { date: string }[] = await em.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date FROM working_days WHERE date BETWEEN $1::date AND $1::date + $2::int`, [this.clock.today(), COVERAGE_DAYS])
    const known = new Set(all.map((d) => d.date))
    return {
      year,
      days,
      covered: stored.length,
      knownToLibrary: yearsKnownToLibrary(year, year).length > 0,
      uncoveredFrom: firstUncovered({ status: (d) => (known.has(d) ? true : undefined) }, this.clock.today(), COVERAGE_DAYS),
      appliesTo: 'new-deadlines-only',
    }
  }

  async setDay(actor: Principal, year: number, date: string, dto: SetCalendarDayDto): Promise<CalendarYearDto> {
    if (date.slice(0, 4) !== String(year)) throw new InputInvalidException([fieldProblem('date', 'OUT_OF_RANGE', `date must be a day of ${year}`)])
    const name = dto.name?.trim() || null
    return this.write(year, async (em) => {
      const [before] = await this.stored(em, year, date)
      if (before && before.working === dto.working && before.name === name) return []
      await this.upsert(em, [{ date, working: dto.working, name }], 'admin')
      const change: DayChange = { date, before: before ? { working: before.working, name: before.name } : null, after: { working: dto.working, name } }
      await this.audit.record(em, actor, 'calendar', date, 'update', change.before, change.after)
      return [change]
    }).then((r) => r.calendar)
  }

  /** Fills the year from chinese-days: the missing days, or every day with `replace`. */
  async load(actor: Principal, year: number, dto: LoadCalendarDto): Promise<CalendarWriteResultDto> {
    if (yearsKnownToLibrary(year, year).length === 0) throw new ApiException(409, 'CALENDAR_YEAR_UNKNOWN', `The chinese-days library does not know the holidays of ${year}: import the State Council's notice instead`)
    const library = libraryYear(year)
    return this.write(year, async (em) => {
      const stored = new Map((await this.stored(em, year)).map((d) => [d.date, d]))
      const changes: DayChange[] = library
        .filter((d) => {
          const s = stored.get(d.date)
          return !s || (dto.replace === true && (s.working !== d.working || s.name !== d.name))
        })
        .map((d) => ({ date: d.date, before: stored.has(d.date) ? { working: stored.get(d.date)!.working, name: stored.get(d.date)!.name } : null, after: { working: d.working, name: d.name } }))
      if (changes.length === 0) return []
      await this.upsert(em, changes.map((c) => ({ date: c.date, ...c.after })), 'chinese-days')
      await this.audit.record(em, actor, 'calendar', String(year), dto.replace ? 'load-replace' : 'load', summary(changes, 'before'), summary(changes, 'after'))
      return changes
    })
  }

  async import(actor: Principal, year: number, dto: ImportCalendarDto): Promise<CalendarWriteResultDto> {
    const parsed = parseHolidayNotice(dto.text, year)
    if (parsed.problems.length) {
      throw new InputInvalidException(parsed.problems.map((p) => fieldProblem('text', p.reason === 'format' || p.reason === 'date' || p.reason === 'kind' ? 'FORMAT' : 'INVALID', `line ${p.line} (${p.reason}): ${p.text}`)))
    }
    if (parsed.days.length === 0) throw new InputInvalidException([fieldProblem('text', 'REQUIRED', 'the notice lists no day')])
    return this.write(year, async (em) => {
      const changes = importChanges(year, parsed.days, await this.stored(em, year))
      if (changes.length === 0) return []
      await this.upsert(em, changes.map((c) => ({ date: c.date, ...c.after })), 'import')
      await this.audit.record(em, actor, 'calendar', String(year), 'import', summary(changes, 'before'), summary(changes, 'after'))
      return changes
    })
  }

  private async write(year: number, work: (em: EntityManager) => Promise<DayChange[]>): Promise<CalendarWriteResultDto> {
    const result = await this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['working_days'])
      const changes = await work(em)
      return { changed: changes.length, calendar: await this.year(year, em) }
    })
    this.calendar.invalidate()
    return result
  }

  private async stored(em: EntityManager, year: number, date?: string): Promise<StoredDay[]> {
    return em.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, working, name, source FROM working_days WHERE date BETWEEN $1::date AND $2::date ORDER BY date`,
      date ? [date, date] : [`${year}-01-01`, `${year}-12-31`],
    )
  }

  private async upsert(em: EntityManager, days: { date: string; working: boolean; name: string | null }[], source: string): Promise<void> {
    await em.query(
      `INSERT INTO working_days (date, working, name, source, updated_at)
       SELECT d, w, n, $4, $5 FROM unnest($1::date[], $2::boolean[], $3::varchar[]) AS t(d, w, n)
       ON CONFLICT (date) DO UPDATE SET working = EXCLUDED.working, name = EXCLUDED.name, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at`,
      [days.map((d) => d.date), days.map((d) => d.working), days.map((d) => d.name), source, this.clock.now()],
    )
  }
}

/** A year's changes for the audit trail: date → status (null: the day was not in the table). */
function summary(changes: DayChange[], side: 'before' | 'after'): Record<string, { working: boolean; name: string | null } | null> {
  return Object.fromEntries(changes.map((c) => [c.date, c[side]]))
}
