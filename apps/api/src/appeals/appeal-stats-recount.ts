import type { DataSource, EntityManager } from 'typeorm'
import type { WorkingCalendar } from '../calendar/working-days.js'
import { accumulate, COUNTERS, nextState, statsDelta, type Counters, type StatsKey, type StatsState } from './appeal-stats.js'

export type StatsTable = Map<string, { key: StatsKey; counters: Counters; answerDays: Map<number, number> }>

const PAGE = 20_000

/**
 * Recomputes the summary counts from the timeline alone (every appeal's events in order), with the
 * same pure functions the live path uses. For the recount test, for filling the tables after a
 * set-based seed, and as the repair tool if they ever drift. Reads the events a page at a time.
 */
export async function recountStats(db: DataSource | EntityManager, calendar: WorkingCalendar): Promise<StatsTable> {
  const table: StatsTable = new Map()
  // Events in id order are in order within each appeal; each appeal's state is kept until the end.
  const states = new Map<string, StatsState>()
  let after = '0'
  for (;;) {
    const rows: { id: string; appeal_id: string; action: string; at: Date; actor_bureau: string | null; data: Record<string, unknown> | null; to_status: string; category_code: string; district: string }[] =
      await db.query(
        `SELECT e.id, e.appeal_id, e.action, e.at, e.actor_bureau, e.data, e.to_status, a.category_code, a.district
           FROM (SELECT * FROM appeal_events WHERE id > $1::bigint ORDER BY id LIMIT ${PAGE}) e JOIN appeals a ON a.id = e.appeal_id ORDER BY e.id`,
        [after],
      )
    if (rows.length === 0) return table
    for (const r of rows) {
      const state = states.get(r.appeal_id) ?? { status: 'submitted', category: r.category_code, district: r.district, leadBureau: null, assistingBureaus: [], dispatchedAt: null, acceptDueAt: null, answerDueAt: null }
      const event = { action: r.action, at: new Date(r.at), actorBureau: r.actor_bureau, data: r.data, toStatus: r.to_status }
      accumulate(table, statsDelta(state, event, calendar))
      states.set(r.appeal_id, nextState(state, event))
      after = r.id
    }
  }
}

/** The stored summary tables, in the same shape, for comparison. */
export async function storedStats(db: DataSource | EntityManager): Promise<StatsTable> {
  const table: StatsTable = new Map()
  const rows: Record<string, string | number>[] = await db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS d, * FROM appeal_stats`)
  for (const r of rows) {
    const key: StatsKey = { day: String(r.d), bureau: String(r.bureau), role: r.role as StatsKey['role'], category: String(r.category), district: String(r.district) }
    const counters = Object.fromEntries(COUNTERS.map((c) => [c, Number(r[snake(c)])])) as Counters
    table.set(`${key.day}|${key.bureau}|${key.role}|${key.category}|${key.district}`, { key, counters, answerDays: new Map() })
  }
  const days: { day: string; bureau: string; category: string; district: string; days: number; answers: number }[] = await db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, bureau, category, district, days, answers FROM appeal_answer_days`)
  for (const d of days) {
    const row = table.get(`${d.day}|${d.bureau}|lead|${d.category}|${d.district}`)
    if (row) row.answerDays.set(d.days, d.answers)
  }
  return table
}

/** Replaces the summary tables with a recount (set-based inserts). */
export async function writeStats(em: EntityManager, table: StatsTable): Promise<void> {
  for (const table of ['appeal_stats', 'appeal_answer_days', 'appeal_stats_monthly', 'appeal_answer_days_monthly']) await em.query(`DELETE FROM ${table}`)
  const rows = [...table.values()]
  if (rows.length > 0) {
    const cols = COUNTERS.map(snake)
    await em.query(
      `INSERT INTO appeal_stats (day, bureau, role, category, district, ${cols.join(', ')})
       SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], ${cols.map((_, i) => `$${i + 6}::int[]`).join(', ')})`,
      [rows.map((r) => r.key.day), rows.map((r) => r.key.bureau), rows.map((r) => r.key.role), rows.map((r) => r.key.category), rows.map((r) => r.key.district), ...COUNTERS.map((c) => rows.map((r) => r.counters[c]))],
    )
  }
  const days = rows.flatMap((r) => [...r.answerDays].map(([d, n]) => ({ ...r.key, days: d, answers: n })))
  if (days.length > 0) {
    await em.query(
      `INSERT INTO appeal_answer_days (day, bureau, category, district, days, answers)
       SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::int[])`,
      [days.map((d) => d.day), days.map((d) => d.bureau), days.map((d) => d.category), days.map((d) => d.district), days.map((d) => d.days), days.map((d) => d.answers)],
    )
  }
  await rollUpMonths(em)
}

/** The monthly tables from the daily ones (after writeStats; also what the live path keeps in step). */
export async function rollUpMonths(em: EntityManager): Promise<void> {
  const cols = COUNTERS.map(snake)
  await em.query(
    `INSERT INTO appeal_stats_monthly (month, bureau, role, category, district, ${cols.join(', ')})
     SELECT date_trunc('month', day)::date, bureau, role, category, district, ${cols.map((c) => `sum(${c})`).join(', ')}
       FROM appeal_stats GROUP BY 1, 2, 3, 4, 5`,
  )
  await em.query(
    `INSERT INTO appeal_answer_days_monthly (month, bureau, category, district, days, answers)
     SELECT date_trunc('month', day)::date, bureau, category, district, days, sum(answers) FROM appeal_answer_days GROUP BY 1, 2, 3, 4, 5`,
  )
}

function snake(c: string): string {
  return c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)
}
