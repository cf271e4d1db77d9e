/**
 * Changing a live registration (修改报名: contact, phone, attendees), pure. The service calls it
 * under the notice's row lock, and the CHECK on `seats_taken` backs it.
 *
 * - On the waitlist: anything may change; the place in the queue is kept (the queue moves up
 *   afterwards if the first in line now fits).
 * - With a seat: fewer attendees free seats (the waitlist moves up); more attendees take seats
 *   only when they are free and nobody waits for them (the same rule as a new registration).
 *   Otherwise the change is refused and the registration stays as it was: a seat is never lost
 *   by asking for more.
 */
export type RegistrationChange = { ok: true; seatDelta: number } | { ok: false; reason: 'seats'; seatsLeft: number }

export function planRegistrationChange(
  seat: { capacity: number; seatsTaken: number; waiting: number },
  current: { status: 'registered' | 'waitlisted'; attendees: number },
  attendees: number,
): RegistrationChange {
  if (current.status === 'waitlisted') return { ok: true, seatDelta: 0 }
  const delta = attendees - current.attendees
  if (delta <= 0) return { ok: true, seatDelta: delta }
  const seatsLeft = Math.max(0, seat.capacity - seat.seatsTaken)
  if (seat.waiting === 0 && delta <= seatsLeft) return { ok: true, seatDelta: delta }
  return { ok: false, reason: 'seats', seatsLeft: seat.waiting === 0 ? seatsLeft : 0 }
}
