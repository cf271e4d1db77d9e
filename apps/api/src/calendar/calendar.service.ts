import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource, type EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { libraryYear, yearsKnownToLibrary } from './library-calendar.js'
import { calendarOf, firstUncovered, type WorkingCalendar } from './working-days.js'

/** The plan runs 2026–2028; the table is seeded for the years the library knows within it. */
const PLAN_YEARS = { from: 2026, to: 2028 }
/** How far ahead the calendar must be known (the admin app and /api/health warn otherwise). */
export const COVERAGE_DAYS = 60
const CACHE_MS = 60_000

export interface CalendarCoverage {
  /** The first day within the next COVERAGE_DAYS the table does not know, or null. */
  uncoveredFrom: string | null
  coverageDays: number
}

/**
 * The working-day calendar from PostgreSQL (`working_days`): the source of truth for deadlines.
 * Seeded at start from `chinese-days` for the years it knows (never overwriting a day an
 * administrator set); later years are completed by an administrator. Read through a short cache.
 */
@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarService.name)
  private cache: { at: number; calendar: WorkingCalendar } | null = null

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const added = await this.seedFromLibrary()
    if (added > 0) this.logger.log(`working-day calendar: ${added} days seeded from chinese-days`)
  }

  /** Inserts every day of the plan years the library knows; existing rows stay. Returns rows added. */
  async seedFromLibrary(): Promise<number> {
    let added = 0
    for (const year of yearsKnownToLibrary(PLAN_YEARS.from, PLAN_YEARS.to)) {
      const days = libraryYear(year)
      const result: unknown[] = await this.db.query(
        `INSERT INTO working_days (date, working, name, source)
         SELECT d, w, n, 'chinese-days' FROM unnest($1::date[], $2::boolean[], $3::varchar[]) AS t(d, w, n)
         ON CONFLICT (date) DO NOTHING RETURNING date`,
        [days.map((d) => d.date), days.map((d) => d.working), days.map((d) => d.name)],
      )
      added += result.length
    }
    this.cache = null
    return added
  }

  /**
   * The calendar, through the cache. Inside a transaction pass its manager: a miss then reads on the
   * transaction's own connection instead of borrowing a second one from the pool (which, with every
   * connection held by such transactions, would wait forever).
   */
  async calendar(em: EntityManager = this.db.manager): Promise<WorkingCalendar> {
    const now = Date.now()
    if (this.cache && now - this.cache.at < CACHE_MS) return this.cache.calendar
    const rows: { date: string; working: boolean }[] = await em.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, working FROM working_days`)
    const calendar = calendarOf(rows.map((r) => [r.date, r.working] as const))
    this.cache = { at: now, calendar }
    return calendar
  }

  async coverage(): Promise<CalendarCoverage> {
    return { uncoveredFrom: firstUncovered(await this.calendar(), this.clock.today(), COVERAGE_DAYS), coverageDays: COVERAGE_DAYS }
  }

  /** Forget the cached calendar (after an administrator's edit). */
  invalidate(): void {
    this.cache = null
  }
}
