/**
 * A training notice's lifecycle (product.md §4) as one table, pure:
 *
 *   draft ──publish──▶ published ──cancel──▶ cancelled
 *     │                    │ edit (audience/time changes notify the registrants)
 *   cancel (drops it)      │ register / withdraw (until the registration deadline)
 *     ▼                    │ mark attendance (from the start)
 *   cancelled
 *
 * Who acts is a party of the notice: the association that owns it, a coordinator (reads and
 * follows up), or an enterprise of its audience. `notice-access.ts` says which parties a caller is;
 * this file says what each party may do in each situation. Times are instants; the service passes
 * the Clock's `now`.
 */

export const NOTICE_STATUSES = ['draft', 'published', 'cancelled'] as const
export type NoticeStatus = (typeof NOTICE_STATUSES)[number]

/** 培训 / 宣讲 / 政策解读. */
export const NOTICE_KINDS = ['training', 'briefing', 'policy_interpretation'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'withdrawn'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

export const NOTICE_ACTIONS = ['edit', 'publish', 'cancel', 'register', 'withdraw', 'change_registration', 'view_registrations', 'mark_attendance', 'view_coverage'] as const
export type NoticeAction = (typeof NOTICE_ACTIONS)[number]

export const NOTICE_PARTIES = ['owner', 'coordinator', 'admin', 'audience'] as const
export type NoticeParty = (typeof NOTICE_PARTIES)[number]

/** What decides an action besides the party. */
export interface NoticeSituation {
  status: NoticeStatus
  startsAt: Date
  endsAt: Date
  registrationDeadline: Date
  /** The caller's enterprise's registration, if it has a live one. */
  registration: 'registered' | 'waitlisted' | null
  now: Date
}

interface Rule {
  by: readonly NoticeParty[]
  when: (s: NoticeSituation) => boolean
}

const beforeDeadline = (s: NoticeSituation) => s.now.getTime() < s.registrationDeadline.getTime()
const notEnded = (s: NoticeSituation) => s.now.getTime() < s.endsAt.getTime()

export const RULES: Readonly<Record<NoticeAction, Rule>> = {
  // a draft until it ends; a published notice too (its registrants hear of audience/time changes)
  edit: { by: ['owner'], when: (s) => s.status !== 'cancelled' && notEnded(s) },
  // publishing needs registration to be still possible
  publish: { by: ['owner'], when: (s) => s.status === 'draft' && beforeDeadline(s) },
  cancel: { by: ['owner'], when: (s) => s.status !== 'cancelled' && notEnded(s) },
  register: { by: ['audience'], when: (s) => s.status === 'published' && beforeDeadline(s) && s.registration === null },
  withdraw: { by: ['audience'], when: (s) => s.status === 'published' && beforeDeadline(s) && s.registration !== null },
  // 修改报名 (contact, attendees): while withdrawing is still possible
  change_registration: { by: ['audience'], when: (s) => s.status === 'published' && beforeDeadline(s) && s.registration !== null },
  view_registrations: { by: ['owner', 'coordinator', 'admin'], when: (s) => s.status !== 'draft' },
  // attendance is marked once the event has begun, and corrected afterwards
  mark_attendance: { by: ['owner'], when: (s) => s.status === 'published' && s.now.getTime() >= s.startsAt.getTime() },
  view_coverage: { by: ['owner', 'coordinator', 'admin'], when: (s) => s.status !== 'draft' },
}

export type NoticeDecision = { ok: true } | { ok: false; reason: 'party' | 'state' }

/** May one of `parties` do `action` now? `party` → 403, `state` → 409. */
export function decideNotice(situation: NoticeSituation, action: NoticeAction, parties: readonly NoticeParty[]): NoticeDecision {
  const rule = RULES[action]
  if (!parties.some((p) => rule.by.includes(p))) return { ok: false, reason: 'party' }
  if (!rule.when(situation)) return { ok: false, reason: 'state' }
  return { ok: true }
}

/** Every action the parties may take now, in NOTICE_ACTIONS order (the DTO's `allowedActions`). */
export function allowedNoticeActions(situation: NoticeSituation, parties: readonly NoticeParty[]): NoticeAction[] {
  return NOTICE_ACTIONS.filter((a) => decideNotice(situation, a, parties).ok)
}

/**
 * Where a new registration goes (pure; the service calls it under the notice's row lock, and a
 * CHECK constraint on the seats backs it): a seat when the attendees fit and nobody waits before
 * it (first come, first served), else the waitlist.
 */
export function placeRegistration(seat: { capacity: number; seatsTaken: number; waiting: number }, attendees: number): 'registered' | 'waitlisted' {
  return seat.waiting === 0 && seat.seatsTaken + attendees <= seat.capacity ? 'registered' : 'waitlisted'
}

/**
 * Who moves up when seats free: the waitlist in order, as long as the first in line fits (strictly
 * first come, first served: a small party never jumps a larger one waiting before it).
 */
export function promotions<T extends { attendees: number }>(capacity: number, seatsTaken: number, waitlist: readonly T[]): T[] {
  const out: T[] = []
  let taken = seatsTaken
  for (const w of waitlist) {
    if (taken + w.attendees > capacity) break
    out.push(w)
    taken += w.attendees
  }
  return out
}
