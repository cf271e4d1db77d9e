import { describe, expect, it } from 'vitest'
import { calendarOf } from '../calendar/working-days.js'
import { accumulate, nextState, statsDelta, type Counters, type StatsState } from './appeal-stats.js'

// Ordinary weeks: the weekday rule (no calendar rows).
const calendar = calendarOf([])
const start: StatsState = { status: 'submitted', category: 'land', district: 'pudong', leadBureau: null, assistingBureaus: [], dispatchedAt: null, acceptDueAt: null, answerDueAt: null }

type Step = { action: string; at: string; toStatus: string; actorBureau?: string; data?: Record<string, unknown> }

/** Replays a hand-made history and sums every counter per (day, bureau, role). */
function replay(steps: Step[]) {
  const rows = new Map<string, { key: { day: string; bureau: string; role: string }; counters: Counters; answerDays: Map<number, number> }>()
  let state = start
  for (const s of steps) {
    const event = { action: s.action, at: new Date(s.at), actorBureau: s.actorBureau ?? null, data: s.data ?? null, toStatus: s.toStatus }
    accumulate(rows as never, statsDelta(state, event, calendar))
    state = nextState(state, event)
  }
  const byKey = (day: string, bureau: string, role = 'lead') => {
    const row = [...rows.values()].find((r) => r.key.day === day && r.key.bureau === bureau && r.key.role === role)
    return row ? { ...row.counters, days: Object.fromEntries(row.answerDays) } : undefined
  }
  return { rows, byKey }
}

const dispatch = (at: string, extra: Record<string, unknown> = {}): Step => ({
  action: 'dispatch', at, toStatus: 'dispatched',
  // dispatched on Monday 2 November (Shanghai): accept by the end of Tuesday, answer within 5 working days (by the end of Monday 9th)
  data: { leadBureau: 'planning', assistingBureaus: ['sheitc'], complexity: 'simple', acceptDueAt: '2026-11-03T16:00:00.000Z', answerDueAt: '2026-11-09T16:00:00.000Z', ...extra },
})

describe('summary counts from hand-made histories', () => {
  it('a plain appeal: dispatched, accepted in time, answered in time, rated satisfied and solved', () => {
    const { byKey } = replay([
      { action: 'submit', at: '2026-11-02T01:00:00Z', toStatus: 'submitted' },
      dispatch('2026-11-02T02:00:00Z'),
      { action: 'accept', at: '2026-11-03T02:00:00Z', toStatus: 'in_progress', actorBureau: 'planning' },
      { action: 'respond', at: '2026-11-05T02:00:00Z', toStatus: 'responded', actorBureau: 'planning' },
      { action: 'rate', at: '2026-11-06T02:00:00Z', toStatus: 'closed', data: { rating: 'satisfied', resolved: true } },
    ])
    expect(byKey('2026-11-02', 'planning')).toMatchObject({ dispatched: 1, accepted: 1, acceptedOnTime: 1, responded: 1, respondedOnTime: 1, days: { 3: 1 } })
    expect(byKey('2026-11-06', 'planning')).toMatchObject({ rated: 1, resolved: 1, satisfied: 1, unsatisfied: 0 })
    expect(byKey('2026-11-02', 'sheitc', 'assisting')).toMatchObject({ dispatched: 1, opinions: 0 })
  })

  it('an answer counts the working days its event recorded (a later calendar edit moves nothing)', () => {
    const { byKey } = replay([
      dispatch('2026-11-02T02:00:00Z'),
      { action: 'accept', at: '2026-11-03T02:00:00Z', toStatus: 'in_progress' },
      // by the weekday rule 3 working days; the calendar of that day had a holiday in between
      { action: 'respond', at: '2026-11-05T02:00:00Z', toStatus: 'responded', data: { answerDays: 2 } },
    ])
    expect(byKey('2026-11-02', 'planning')).toMatchObject({ responded: 1, days: { 2: 1 } })
  })

  it('a reopened appeal: two answers, two ratings, the first 不满意', () => {
    const { byKey } = replay([
      dispatch('2026-11-02T02:00:00Z'),
      { action: 'accept', at: '2026-11-04T02:00:00Z', toStatus: 'in_progress' }, // late: after the end of the 3rd
      { action: 'respond', at: '2026-11-05T02:00:00Z', toStatus: 'responded' },
      { action: 'rate', at: '2026-11-05T08:00:00Z', toStatus: 'in_progress', data: { rating: 'unsatisfied', resolved: false, reopened: true, answerDueAt: '2026-11-12T16:00:00.000Z' } },
      { action: 'respond', at: '2026-11-11T02:00:00Z', toStatus: 'responded' }, // within the new deadline
      { action: 'rate', at: '2026-11-12T02:00:00Z', toStatus: 'closed', data: { rating: 'basically_satisfied', resolved: true } },
    ])
    expect(byKey('2026-11-02', 'planning')).toMatchObject({ dispatched: 1, accepted: 1, acceptedOnTime: 0, responded: 2, respondedOnTime: 2, days: { 3: 1, 7: 1 } })
    expect(byKey('2026-11-05', 'planning')).toMatchObject({ rated: 1, unsatisfied: 1, resolved: 0 })
    expect(byKey('2026-11-12', 'planning')).toMatchObject({ rated: 1, basicallySatisfied: 1, resolved: 1 })
  })

  it('an extension moves the answer limit the on-time answer is measured against', () => {
    const { byKey } = replay([
      dispatch('2026-11-02T02:00:00Z'),
      { action: 'accept', at: '2026-11-02T05:00:00Z', toStatus: 'in_progress' },
      { action: 'request_extension', at: '2026-11-06T02:00:00Z', toStatus: 'in_progress', data: { workingDays: 3 } },
      { action: 'approve_extension', at: '2026-11-06T03:00:00Z', toStatus: 'in_progress', data: { workingDays: 3, answerDueAt: '2026-11-12T16:00:00.000Z' } },
      { action: 'respond', at: '2026-11-11T02:00:00Z', toStatus: 'responded' }, // after the first limit, within the extended one
    ])
    expect(byKey('2026-11-02', 'planning')).toMatchObject({ responded: 1, respondedOnTime: 1, days: { 7: 1 } })
  })

  it('a withdrawal counts nothing beyond the dispatch', () => {
    const { byKey } = replay([dispatch('2026-11-02T02:00:00Z'), { action: 'withdraw', at: '2026-11-02T03:00:00Z', toStatus: 'withdrawn' }])
    expect(byKey('2026-11-02', 'planning')).toMatchObject({ dispatched: 1, accepted: 0, responded: 0, rated: 0 })
  })

  it('dispatched in one month and answered in the next: the answer counts for the dispatch month, the rating for its own day', () => {
    const { byKey } = replay([
      { action: 'dispatch', at: '2026-10-30T02:00:00Z', toStatus: 'dispatched', data: { leadBureau: 'planning', assistingBureaus: [], acceptDueAt: '2026-11-02T16:00:00.000Z', answerDueAt: '2026-11-06T16:00:00.000Z' } },
      { action: 'accept', at: '2026-11-02T02:00:00Z', toStatus: 'in_progress' },
      { action: 'overdue', at: '2026-11-06T16:30:00Z', toStatus: 'in_progress' },
      { action: 'respond', at: '2026-11-09T02:00:00Z', toStatus: 'responded' },
      { action: 'rate', at: '2026-11-10T02:00:00Z', toStatus: 'closed', data: { rating: 'satisfied', resolved: true } },
    ])
    expect(byKey('2026-10-30', 'planning')).toMatchObject({ dispatched: 1, acceptedOnTime: 1, responded: 1, respondedOnTime: 0, overdue: 1, days: { 6: 1 } })
    expect(byKey('2026-11-10', 'planning')).toMatchObject({ rated: 1, satisfied: 1 })
  })

  it('a return counts for the bureau that returned it; the re-dispatch counts for the new bureau', () => {
    const { byKey } = replay([
      dispatch('2026-11-02T02:00:00Z'),
      { action: 'return', at: '2026-11-02T05:00:00Z', toStatus: 'submitted', actorBureau: 'planning' },
      { action: 'dispatch', at: '2026-11-03T02:00:00Z', toStatus: 'dispatched', data: { leadBureau: 'sheitc', assistingBureaus: [], acceptDueAt: '2026-11-04T16:00:00.000Z', answerDueAt: '2026-11-10T16:00:00.000Z' } },
      { action: 'opinion', at: '2026-11-03T03:00:00Z', toStatus: 'dispatched', actorBureau: 'planning' },
    ])
    expect(byKey('2026-11-02', 'planning')).toMatchObject({ dispatched: 1, returned: 1 })
    expect(byKey('2026-11-03', 'sheitc')).toMatchObject({ dispatched: 1 })
    expect(byKey('2026-11-03', 'planning', 'assisting')).toMatchObject({ opinions: 1 })
  })
})

