import { describe, expect, it } from 'vitest'
import { planRegistrationChange, type RegistrationChange } from './registration-change.js'

describe('planRegistrationChange', () => {
  it.each<[string, { capacity: number; seatsTaken: number; waiting: number }, { status: 'registered' | 'waitlisted'; attendees: number }, number, RegistrationChange]>([
    ['a seat, same attendees (contact only)', { capacity: 10, seatsTaken: 10, waiting: 2 }, { status: 'registered', attendees: 3 }, 3, { ok: true, seatDelta: 0 }],
    ['a seat, fewer attendees free seats', { capacity: 10, seatsTaken: 10, waiting: 1 }, { status: 'registered', attendees: 3 }, 1, { ok: true, seatDelta: -2 }],
    ['a seat, more attendees that fit', { capacity: 10, seatsTaken: 7, waiting: 0 }, { status: 'registered', attendees: 2 }, 5, { ok: true, seatDelta: 3 }],
    ['a seat, more attendees filling the last seat exactly', { capacity: 10, seatsTaken: 9, waiting: 0 }, { status: 'registered', attendees: 2 }, 3, { ok: true, seatDelta: 1 }],
    ['a seat, one more than is left: refused, the seat kept', { capacity: 10, seatsTaken: 9, waiting: 0 }, { status: 'registered', attendees: 2 }, 4, { ok: false, reason: 'seats', seatsLeft: 1 }],
    ['a seat, free seats but someone waits for them: refused', { capacity: 10, seatsTaken: 8, waiting: 1 }, { status: 'registered', attendees: 2 }, 3, { ok: false, reason: 'seats', seatsLeft: 0 }],
    ['full: more is refused', { capacity: 10, seatsTaken: 10, waiting: 0 }, { status: 'registered', attendees: 2 }, 3, { ok: false, reason: 'seats', seatsLeft: 0 }],
    ['waitlisted, more attendees: kept in place', { capacity: 10, seatsTaken: 10, waiting: 3 }, { status: 'waitlisted', attendees: 2 }, 5, { ok: true, seatDelta: 0 }],
    ['waitlisted, fewer attendees: kept in place (the queue may move after)', { capacity: 10, seatsTaken: 9, waiting: 1 }, { status: 'waitlisted', attendees: 2 }, 1, { ok: true, seatDelta: 0 }],
  ])('%s', (_case, seat, current, attendees, expected) => {
    expect(planRegistrationChange(seat, current, attendees)).toEqual(expected)
  })
})
