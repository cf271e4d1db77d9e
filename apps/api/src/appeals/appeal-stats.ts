import { shanghaiDate, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.js'
import type { Appeal } from './appeal.entity.js'

/**
 * The summary counts behind the 三率 (pure). Each appeal event becomes increments of counters
 * keyed by (day, bureau, role, category, district), kept in `appeal_stats` in the transaction of the
 * event; the same function replayed over the timeline recomputes them (the recount test).
 *
 * Which day a count belongs to (documented in README / the dashboard):
 * - what the lead bureau does with a dispatch (dispatched, accepted, accepted within the limit,
 *   answered, answered within the limit, working days to the answer, went overdue, returned) belongs
 *   to the DAY OF THAT DISPATCH, so a period's response rate compares like with like (an appeal
 *   dispatched on 31 January and accepted on 1 February counts for January);
 * - ratings (rated, solved, satisfied, basically satisfied, unsatisfied = reopened) belong to the
 *   DAY OF THE RATING;
 * - an assisting bureau's dispatches and opinions belong to the dispatch day, role `assisting`.
 * Every answer counts, re-answers after a reopening included; its working days run from the dispatch.
 */

export const COUNTERS = [
  'dispatched', 'accepted', 'acceptedOnTime', 'responded', 'respondedOnTime', 'overdue', 'returned',
  'rated', 'resolved', 'satisfied', 'basicallySatisfied', 'unsatisfied', 'opinions',
] as const
export type Counter = (typeof COUNTERS)[number]
export type Counters = Record<Counter, number>

export interface StatsKey {
  day: string
  bureau: string
  role: 'lead' | 'assisting'
  category: string
  district: string
}

export interface Increment {
  key: StatsKey
  counters: Partial<Counters>
  /** Working days from dispatch to an answer (the median's distribution). */
  answerDays?: number
}

/** What of an appeal the counts read, as it stands just before the event. */
export interface StatsState {
  status: string
  category: string
  district: string
  leadBureau: string | null
  assistingBureaus: string[]
  dispatchedAt: Date | null
  acceptDueAt: Date | null
  answerDueAt: Date | null
}

export interface StatsEvent {
  action: string
  at: Date
  actorBureau: string | null
  data: Record<string, unknown> | null
}

export function zeroCounters(): Counters {
  return Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Counters
}

const date = (v: unknown): Date | null => (typeof v === 'string' || v instanceof Date ? new Date(v) : null)

/** The increments one event makes, given the appeal just before it. */
export function statsDelta(before: StatsState, event: StatsEvent, calendar: WorkingCalendar): Increment[] {
  const lead = (extra: Partial<StatsKey> = {}): StatsKey | null =>
    before.leadBureau && before.dispatchedAt
      ? { day: shanghaiDate(before.dispatchedAt), bureau: before.leadBureau, role: 'lead', category: before.category, district: before.district, ...extra }
      : null
  const at = event.at.getTime()
  switch (event.action) {
    case 'dispatch': {
      const day = shanghaiDate(event.at)
      const leadBureau = String(event.data?.leadBureau ?? '')
      const assisting = Array.isArray(event.data?.assistingBureaus) ? (event.data.assistingBureaus as string[]) : []
      return [
        { key: { day, bureau: leadBureau, role: 'lead', category: before.category, district: before.district }, counters: { dispatched: 1 } },
        ...assisting.map((b): Increment => ({ key: { day, bureau: b, role: 'assisting', category: before.category, district: before.district }, counters: { dispatched: 1 } })),
      ]
    }
    case 'accept': {
      const key = lead()
      if (!key) return []
      return [{ key, counters: { accepted: 1, acceptedOnTime: before.acceptDueAt && at <= before.acceptDueAt.getTime() ? 1 : 0 } }]
    }
    case 'respond': {
      const key = lead()
      if (!key) return []
      // the answer's event records its working days (on the calendar of that day); older events are counted on the calendar given
      const answerDays = typeof event.data?.answerDays === 'number' ? event.data.answerDays : workingDaysBetween(calendar, before.dispatchedAt!, event.at)
      return [{ key, counters: { responded: 1, respondedOnTime: before.answerDueAt && at <= before.answerDueAt.getTime() ? 1 : 0 }, answerDays }]
    }
    case 'overdue': {
      const key = lead()
      return key ? [{ key, counters: { overdue: 1 } }] : []
    }
    case 'return': {
      const key = lead()
      return key ? [{ key, counters: { returned: 1 } }] : []
    }
    case 'opinion': {
      if (!before.dispatchedAt || !event.actorBureau) return []
      return [{ key: { day: shanghaiDate(before.dispatchedAt), bureau: event.actorBureau, role: 'assisting', category: before.category, district: before.district }, counters: { opinions: 1 } }]
    }
    case 'rate': {
      if (!before.leadBureau) return []
      const rating = event.data?.rating
      const resolved = event.data?.resolved === true
      return [{
        key: { day: shanghaiDate(event.at), bureau: before.leadBureau, role: 'lead', category: before.category, district: before.district },
        counters: { rated: 1, resolved: resolved ? 1 : 0, satisfied: rating === 'satisfied' ? 1 : 0, basicallySatisfied: rating === 'basically_satisfied' ? 1 : 0, unsatisfied: rating === 'unsatisfied' ? 1 : 0 },
      }]
    }
    default:
      return []
  }
}

/** The appeal just after an event, as far as the counts are concerned (replaying a timeline). */
export function nextState(before: StatsState, event: StatsEvent & { toStatus: string }): StatsState {
  const s = { ...before, status: event.toStatus }
  switch (event.action) {
    case 'dispatch':
      return {
        ...s,
        leadBureau: String(event.data?.leadBureau ?? ''),
        assistingBureaus: Array.isArray(event.data?.assistingBureaus) ? (event.data.assistingBureaus as string[]) : [],
        dispatchedAt: event.at,
        acceptDueAt: date(event.data?.acceptDueAt),
        answerDueAt: date(event.data?.answerDueAt),
      }
    case 'return':
      return { ...s, leadBureau: null, assistingBureaus: [], dispatchedAt: null, acceptDueAt: null, answerDueAt: null }
    case 'approve_extension':
      return { ...s, answerDueAt: date(event.data?.answerDueAt) ?? s.answerDueAt }
    case 'rate':
      return event.data?.reopened ? { ...s, answerDueAt: date(event.data?.answerDueAt) ?? s.answerDueAt } : s
    default:
      return s
  }
}

/** Adds increments into a map keyed by the stats key (for the recount and for tests). */
export function accumulate(into: Map<string, { key: StatsKey; counters: Counters; answerDays: Map<number, number> }>, increments: Increment[]): void {
  for (const inc of increments) {
    const id = keyId(inc.key)
    let row = into.get(id)
    if (!row) into.set(id, (row = { key: inc.key, counters: zeroCounters(), answerDays: new Map() }))
    for (const [c, n] of Object.entries(inc.counters) as [Counter, number][]) row.counters[c] += n
    if (inc.answerDays !== undefined) row.answerDays.set(inc.answerDays, (row.answerDays.get(inc.answerDays) ?? 0) + 1)
  }
}

export function keyId(k: StatsKey): string {
  return `${k.day}|${k.bureau}|${k.role}|${k.category}|${k.district}`
}

/** What of an appeal the summary counts read. */
export function statsStateOf(a: Pick<Appeal, 'status' | 'categoryCode' | 'district' | 'leadBureau' | 'assistingBureaus' | 'dispatchedAt' | 'acceptDueAt' | 'answerDueAt'>): StatsState {
  return {
    status: a.status,
    category: a.categoryCode,
    district: a.district,
    leadBureau: a.leadBureau,
    assistingBureaus: [...a.assistingBureaus],
    dispatchedAt: a.dispatchedAt,
    acceptDueAt: a.acceptDueAt,
    answerDueAt: a.answerDueAt,
  }
}
