import { Injectable } from '@nestjs/common'
import type { EntityManager } from 'typeorm'
import type { WorkingCalendar } from '../calendar/working-days.js'
import { COUNTERS, statsDelta, type Counter, type StatsEvent, type StatsState } from './appeal-stats.js'

const column: Record<Counter, string> = {
  dispatched: 'dispatched', accepted: 'accepted', acceptedOnTime: 'accepted_on_time', responded: 'responded', respondedOnTime: 'responded_on_time',
  overdue: 'overdue', returned: 'returned', rated: 'rated', resolved: 'resolved', satisfied: 'satisfied', basicallySatisfied: 'basically_satisfied',
  unsatisfied: 'unsatisfied', opinions: 'opinions',
}

/** Applies the increments of one appeal event to the summary tables, in the event's transaction. */
@Injectable()
export class AppealStatsRecorder {
  async record(em: EntityManager, before: StatsState, event: StatsEvent, calendar: WorkingCalendar): Promise<void> {
    for (const inc of statsDelta(before, event, calendar)) {
      const entries = COUNTERS.filter((c) => (inc.counters[c] ?? 0) !== 0)
      // the day's row and the month's row (`month` = the first day of the day's month)
      for (const [table, dateCol, date] of [['appeal_stats', 'day', inc.key.day], ['appeal_stats_monthly', 'month', `${inc.key.day.slice(0, 7)}-01`]] as const) {
        if (entries.length === 0) break
        const cols = entries.map((c) => column[c])
        await em.query(
          `INSERT INTO ${table} (${dateCol}, bureau, role, category, district, ${cols.join(', ')})
           VALUES ($1, $2, $3, $4, $5, ${entries.map((_, i) => `$${i + 6}`).join(', ')})
           ON CONFLICT (${dateCol}, bureau, role, category, district) DO UPDATE SET ${cols.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ')}`,
          [date, inc.key.bureau, inc.key.role, inc.key.category, inc.key.district, ...entries.map((c) => inc.counters[c])],
        )
      }
      if (inc.answerDays !== undefined) {
        for (const [table, dateCol, date] of [['appeal_answer_days', 'day', inc.key.day], ['appeal_answer_days_monthly', 'month', `${inc.key.day.slice(0, 7)}-01`]] as const) {
          await em.query(
            `INSERT INTO ${table} (${dateCol}, bureau, category, district, days, answers) VALUES ($1, $2, $3, $4, $5, 1)
             ON CONFLICT (${dateCol}, bureau, category, district, days) DO UPDATE SET answers = ${table}.answers + 1`,
            [date, inc.key.bureau, inc.key.category, inc.key.district, inc.answerDays],
          )
        }
      }
    }
  }
}
