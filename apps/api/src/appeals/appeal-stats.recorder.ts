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
      if (entries.length > 0) {
        const cols = entries.map((c) => column[c])
        await em.query(
          `INSERT INTO appeal_stats (day, bureau, role, category, district, ${cols.join(', ')})
           VALUES ($1, $2, $3, $4, $5, ${entries.map((_, i) => `$${i + 6}`).join(', ')})
           ON CONFLICT (day, bureau, role, category, district) DO UPDATE SET ${cols.map((c) => `${c} = appeal_stats.${c} + EXCLUDED.${c}`).join(', ')}`,
          [inc.key.day, inc.key.bureau, inc.key.role, inc.key.category, inc.key.district, ...entries.map((c) => inc.counters[c])],
        )
      }
      if (inc.answerDays !== undefined) {
        await em.query(
          `INSERT INTO appeal_answer_days (day, bureau, category, district, days, answers) VALUES ($1, $2, $3, $4, $5, 1)
           ON CONFLICT (day, bureau, category, district, days) DO UPDATE SET answers = appeal_answer_days.answers + 1`,
          [inc.key.day, inc.key.bureau, inc.key.category, inc.key.district, inc.answerDays],
        )
      }
    }
  }
}
