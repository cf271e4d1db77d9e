import { describe, expect, it } from 'vitest'
import { allowedNoticeActions, decideNotice, placeRegistration, promotions, type NoticeAction, type NoticeParty, type NoticeSituation } from './notice-state.js'

// The event: 15 December 2026, 09:00–12:00 Shanghai; registration until the 14th, 18:00.
const at = (iso: string) => new Date(iso)
const base: NoticeSituation = {
  status: 'published',
  startsAt: at('2026-12-15T01:00:00Z'),
  endsAt: at('2026-12-15T04:00:00Z'),
  registrationDeadline: at('2026-12-14T10:00:00Z'),
  registration: null,
  now: at('2026-12-10T02:00:00Z'),
}
const s = (over: Partial<NoticeSituation>): NoticeSituation => ({ ...base, ...over })
const BEFORE_DEADLINE = at('2026-12-14T09:59:59Z')
const AT_DEADLINE = at('2026-12-14T10:00:00Z')
const DURING = at('2026-12-15T02:00:00Z')
const AFTER = at('2026-12-15T04:00:00Z')

describe('decideNotice', () => {
  it.each<[string, NoticeAction, NoticeParty[], NoticeSituation, true | 'party' | 'state']>([
    ['the owner publishes a draft', 'publish', ['owner'], s({ status: 'draft' }), true],
    ['… not twice', 'publish', ['owner'], s({}), 'state'],
    ['… not once registration has closed', 'publish', ['owner'], s({ status: 'draft', now: AT_DEADLINE }), 'state'],
    ['a coordinator does not publish', 'publish', ['coordinator'], s({ status: 'draft' }), 'party'],
    ['the owner edits a published notice', 'edit', ['owner'], s({}), true],
    ['… while it runs', 'edit', ['owner'], s({ now: DURING }), true],
    ['… not once it ended', 'edit', ['owner'], s({ now: AFTER }), 'state'],
    ['… not once cancelled', 'edit', ['owner'], s({ status: 'cancelled' }), 'state'],
    ['the audience does not edit', 'edit', ['audience'], s({}), 'party'],
    ['the owner cancels', 'cancel', ['owner'], s({}), true],
    ['… a draft too', 'cancel', ['owner'], s({ status: 'draft' }), true],
    ['… not twice', 'cancel', ['owner'], s({ status: 'cancelled' }), 'state'],
    ['an enterprise of the audience registers', 'register', ['audience'], s({}), true],
    ['… up to the last second', 'register', ['audience'], s({ now: BEFORE_DEADLINE }), true],
    ['… not at the deadline', 'register', ['audience'], s({ now: AT_DEADLINE }), 'state'],
    ['… not twice', 'register', ['audience'], s({ registration: 'waitlisted' }), 'state'],
    ['… not on a cancelled notice', 'register', ['audience'], s({ status: 'cancelled' }), 'state'],
    ['the owner does not register', 'register', ['owner'], s({}), 'party'],
    ['a registrant withdraws', 'withdraw', ['audience'], s({ registration: 'registered' }), true],
    ['a waitlisted one too', 'withdraw', ['audience'], s({ registration: 'waitlisted' }), true],
    ['… not after the deadline', 'withdraw', ['audience'], s({ registration: 'registered', now: AT_DEADLINE }), 'state'],
    ['… not without a registration', 'withdraw', ['audience'], s({}), 'state'],
    ['a registrant changes the registration', 'change_registration', ['audience'], s({ registration: 'registered' }), true],
    ['a waitlisted one too', 'change_registration', ['audience'], s({ registration: 'waitlisted' }), true],
    ['… not after the deadline', 'change_registration', ['audience'], s({ registration: 'waitlisted', now: AT_DEADLINE }), 'state'],
    ['… not without a registration', 'change_registration', ['audience'], s({}), 'state'],
    ['… not by the association', 'change_registration', ['owner'], s({ registration: 'registered' }), 'party'],
    ['the owner marks attendance once it began', 'mark_attendance', ['owner'], s({ now: DURING }), true],
    ['… and after', 'mark_attendance', ['owner'], s({ now: AFTER }), true],
    ['… not before', 'mark_attendance', ['owner'], s({}), 'state'],
    ['a coordinator does not mark attendance', 'mark_attendance', ['coordinator'], s({ now: AFTER }), 'party'],
    ['a coordinator sees the registrations', 'view_registrations', ['coordinator'], s({}), true],
    ['the audience does not', 'view_registrations', ['audience'], s({}), 'party'],
    ['a draft has none', 'view_registrations', ['owner'], s({ status: 'draft' }), 'state'],
    ['an admin sees the coverage', 'view_coverage', ['admin'], s({}), true],
  ])('%s', (_, action, parties, situation, expected) => {
    const d = decideNotice(situation, action, parties)
    expect(d.ok ? true : d.reason).toBe(expected)
  })
})

describe('allowedNoticeActions', () => {
  it.each<[string, NoticeParty[], NoticeSituation, NoticeAction[]]>([
    ['owner, draft', ['owner'], s({ status: 'draft' }), ['edit', 'publish', 'cancel']],
    ['owner, published', ['owner'], s({}), ['edit', 'cancel', 'view_registrations', 'view_coverage']],
    ['owner, after the event', ['owner'], s({ now: AFTER }), ['view_registrations', 'mark_attendance', 'view_coverage']],
    ['audience, open', ['audience'], s({}), ['register']],
    ['audience, registered', ['audience'], s({ registration: 'registered' }), ['withdraw', 'change_registration']],
    ['audience, cancelled', ['audience'], s({ status: 'cancelled', registration: 'registered' }), []],
    ['coordinator', ['coordinator'], s({}), ['view_registrations', 'view_coverage']],
  ])('%s', (_, parties, situation, expected) => {
    expect(allowedNoticeActions(situation, parties)).toEqual(expected)
  })
})

describe('seats', () => {
  it.each<[string, { capacity: number; seatsTaken: number; waiting: number }, number, 'registered' | 'waitlisted']>([
    ['a free seat', { capacity: 2, seatsTaken: 0, waiting: 0 }, 1, 'registered'],
    ['the last seat', { capacity: 2, seatsTaken: 1, waiting: 0 }, 1, 'registered'],
    ['full', { capacity: 2, seatsTaken: 2, waiting: 0 }, 1, 'waitlisted'],
    ['a party larger than what is left', { capacity: 5, seatsTaken: 3, waiting: 0 }, 3, 'waitlisted'],
    ['seats left, but someone waits first', { capacity: 5, seatsTaken: 3, waiting: 1 }, 1, 'waitlisted'],
  ])('%s', (_, seat, attendees, expected) => {
    expect(placeRegistration(seat, attendees)).toBe(expected)
  })

  it('promotes the waitlist in order while the first in line fits', () => {
    const w = [{ id: 'a', attendees: 2 }, { id: 'b', attendees: 1 }, { id: 'c', attendees: 1 }]
    expect(promotions(4, 1, w).map((x) => x.id)).toEqual(['a', 'b'])
    expect(promotions(4, 3, w).map((x) => x.id)).toEqual([]) // a (2) does not fit: b does not jump it
    expect(promotions(10, 0, w).map((x) => x.id)).toEqual(['a', 'b', 'c'])
  })
})
