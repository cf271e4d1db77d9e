import { describe, expect, it } from 'vitest'
import { NOTICE_EVENTS, noticeChanges, noticeEffects, noticeRefusal, type NoticeChange, type NoticeEffectContext, type NoticeEvent } from './notice-effects.js'
import { decideNotice, NOTICE_ACTIONS, NOTICE_PARTIES, NOTICE_STATUSES, RULES, type NoticeAction, type NoticeSituation, type NoticeStatus } from './notice-state.js'

/**
 * What each event does, written out by hand (not derived from the table). A cell reads:
 * `reach` the audience is recomputed and recorded; `tell` the groups told as `recipients:notification`
 * (notification without its `notice_` prefix, `+changes`/`+reason` for its extra data), in order;
 * `reset` the reminder flag cleared; `reminded` set; `seats` take/free/adjust; `promote` the
 * waitlist moves up. Empty cells are the nothing-happens default.
 */
type Cell = { reach?: true; tell?: string[]; reset?: true; reminded?: true; seats?: 'take' | 'free' | 'adjust'; promote?: true }
const D = 'draft', P = 'published', C = 'cancelled'
const T: NoticeChange = 'time', L: NoticeChange = 'place', A: NoticeChange = 'audience'
const toldPublished = 'newly_reached:published'
const toldChanged = 'registrants:changed+changes'

const grid: [NoticeEvent, NoticeStatus, Omit<NoticeEffectContext, 'status'>, Cell][] = [
  //  event               status  context                                 effects
  ['publish',             D, {},                                      { reach: true, tell: [toldPublished] }],
  ['edit',                D, { changes: [] },                         {}],
  ['edit',                D, { changes: [T] },                        { reset: true }],
  ['edit',                D, { changes: [L, A] },                     {}],
  ['edit',                P, { changes: [] },                         { promote: true }],
  ['edit',                P, { changes: [T] },                        { reach: true, tell: [toldPublished, toldChanged], reset: true, promote: true }],
  ['edit',                P, { changes: [L] },                        { tell: [toldChanged], promote: true }],
  ['edit',                P, { changes: [A] },                        { reach: true, tell: [toldPublished, toldChanged], promote: true }],
  ['edit',                P, { changes: [T, L, A] },                  { reach: true, tell: [toldPublished, toldChanged], reset: true, promote: true }],
  ['cancel',              D, {},                                      {}],
  ['cancel',              P, {},                                      { tell: ['registrants:cancelled+reason'] }],
  ['register',            P, { seat: 'registered' },                  { seats: 'take' }],
  ['register',            P, { seat: 'waitlisted' },                  {}],
  ['withdraw',            P, { seat: 'registered' },                  { seats: 'free', promote: true }],
  ['withdraw',            P, { seat: 'waitlisted' },                  { promote: true }],
  ['change_registration', P, {},                                      { seats: 'adjust', promote: true }],
  ['mark_attendance',     P, {},                                      {}],
  ['promote',             P, {},                                      { seats: 'take', tell: ['promoted:promoted'] }],
  ['promote',             C, {},                                      { seats: 'take', tell: ['promoted:promoted'] }],
  ['remind',              P, {},                                      { reminded: true, tell: ['seated:reminder'] }],
]

describe('noticeEffects: what each event does', () => {
  it('has a row for every event', () => {
    expect(new Set(grid.map(([event]) => event))).toEqual(new Set(NOTICE_EVENTS))
  })

  it.each(grid)('%s on a %s notice %j', (event, status, context, cell) => {
    const effects = noticeEffects(event, { status, ...context })
    expect({
      reach: effects.reach,
      tell: effects.tell.map((t) => `${t.to}:${t.kind.replace('notice_', '')}${t.with ? `+${t.with}` : ''}`),
      reset: effects.resetReminder,
      reminded: effects.markReminded,
      seats: effects.seats,
      promote: effects.promoteWaitlist,
    }).toEqual({
      reach: cell.reach ?? false,
      tell: cell.tell ?? [],
      reset: cell.reset ?? false,
      reminded: cell.reminded ?? false,
      seats: cell.seats ?? 'none',
      promote: cell.promote ?? false,
    })
  })
})

describe('noticeChanges', () => {
  const at = (iso: string) => new Date(iso)
  const base = { startsAt: at('2026-12-15T01:00:00Z'), endsAt: at('2026-12-15T04:00:00Z'), registrationDeadline: at('2026-12-14T10:00:00Z'), venue: '会议室', onlineUrl: null, audience: { industries: ['steel'] } }
  it.each<[string, Partial<typeof base>, NoticeChange[]]>([
    ['nothing', {}, []],
    ['the same instant written anew', { startsAt: at('2026-12-15T09:00:00+08:00') }, []],
    ['the start', { startsAt: at('2026-12-15T02:00:00Z') }, ['time']],
    ['the end', { endsAt: at('2026-12-15T05:00:00Z') }, ['time']],
    ['the deadline', { registrationDeadline: at('2026-12-14T11:00:00Z') }, ['time']],
    ['the venue', { venue: '礼堂' }, ['place']],
    ['an online link added', { onlineUrl: 'https://meeting.example.org/j/1' } as never, ['place']],
    ['the audience', { audience: { industries: ['steel', 'petrochemical'] } }, ['audience']],
    ['all three', { venue: null, startsAt: at('2026-12-15T00:00:00Z'), audience: {} } as never, ['time', 'place', 'audience']],
  ])('%s → %j', (_, after, expected) => {
    expect(noticeChanges(base, { ...base, ...after })).toEqual(expected)
  })
})

/**
 * Every refused (state, action, party) as its answer, written out by hand: 403 FORBIDDEN for a
 * party the action is not for, else per action and situation the 409 code below.
 */
describe('noticeRefusal: a refused action as its answer', () => {
  const at = (iso: string) => new Date(iso)
  const OPEN = at('2026-12-10T02:00:00Z') // registration open
  const CLOSED = at('2026-12-14T10:00:00Z') // at the deadline
  const OVER = at('2026-12-15T04:00:00Z') // the event ended
  const s = (status: NoticeStatus, now: Date, registration: NoticeSituation['registration'] = null): NoticeSituation & { toString(): string } => ({
    status,
    startsAt: at('2026-12-15T01:00:00Z'),
    endsAt: at('2026-12-15T04:00:00Z'),
    registrationDeadline: at('2026-12-14T10:00:00Z'),
    registration,
    now,
    toString: () => `${status} ${now === OPEN ? 'open' : now === CLOSED ? 'at the deadline' : 'over'}${registration ? `, ${registration}` : ''}`,
  })

  it.each<[NoticeAction, NoticeSituation, string, string]>([
    ['register', s(P, OPEN, 'registered'), 'ALREADY_REGISTERED', 'Your enterprise is already registered (or on the waitlist)'],
    ['register', s(P, OPEN, 'waitlisted'), 'ALREADY_REGISTERED', 'Your enterprise is already registered (or on the waitlist)'],
    ['register', s(P, CLOSED, 'registered'), 'ALREADY_REGISTERED', 'Your enterprise is already registered (or on the waitlist)'],
    ['register', s(P, CLOSED), 'REGISTRATION_CLOSED', 'Registration for this notice is closed'],
    ['register', s(C, OPEN), 'REGISTRATION_CLOSED', 'Registration for this notice is closed'],
    ['withdraw', s(P, CLOSED, 'registered'), 'REGISTRATION_CLOSED', 'Registration for this notice is closed'],
    ['withdraw', s(C, OPEN, 'waitlisted'), 'REGISTRATION_CLOSED', 'Registration for this notice is closed'],
    ['withdraw', s(P, OPEN), 'INVALID_TRANSITION', 'Cannot withdraw a notice that is published'],
    ['change_registration', s(P, CLOSED, 'waitlisted'), 'REGISTRATION_CLOSED', 'Registration for this notice is closed'],
    ['change_registration', s(P, OPEN), 'INVALID_TRANSITION', 'Cannot change registration a notice that is published'],
    ['publish', s(P, OPEN), 'INVALID_TRANSITION', 'Cannot publish a notice that is published'],
    ['publish', s(D, CLOSED), 'INVALID_TRANSITION', 'Cannot publish a notice that is draft'],
    ['edit', s(C, OPEN), 'INVALID_TRANSITION', 'Cannot edit a notice that is cancelled'],
    ['edit', s(P, OVER), 'INVALID_TRANSITION', 'Cannot edit a notice that is published and over'],
    ['cancel', s(C, OVER), 'INVALID_TRANSITION', 'Cannot cancel a notice that is cancelled and over'],
    ['mark_attendance', s(P, OPEN), 'INVALID_TRANSITION', 'Cannot mark attendance a notice that is published'],
    ['view_registrations', s(D, OPEN), 'INVALID_TRANSITION', 'Cannot view registrations a notice that is draft'],
    ['view_coverage', s(D, OPEN), 'INVALID_TRANSITION', 'Cannot view coverage a notice that is draft'],
  ])('%s (%s) → 409 %s', (action, situation, code, message) => {
    const party = RULES[action].by[0]!
    expect(decideNotice(situation, action, [party])).toEqual({ ok: false, reason: 'state' })
    expect(noticeRefusal(situation, action, 'state')).toEqual({ status: 409, code, message })
  })

  const wrongParties = NOTICE_STATUSES.flatMap((status) =>
    NOTICE_ACTIONS.flatMap((action) => NOTICE_PARTIES.filter((p) => !RULES[action].by.includes(p)).map((party) => [status, action, party] as const)),
  )
  it.each(wrongParties)('%s: %s by %s → 403 FORBIDDEN', (status, action, party) => {
    const situation = s(status, OPEN)
    expect(decideNotice(situation, action, [party])).toEqual({ ok: false, reason: 'party' })
    expect(noticeRefusal(situation, action, 'party')).toEqual({ status: 403, code: 'FORBIDDEN', message: `You may not ${action.replace('_', ' ')} this notice` })
  })
})
