import type { ErrorCode } from '../common/error-codes.js'
import type { NoticeAction, NoticeSituation, NoticeStatus } from './notice-state.js'

/**
 * What a notice's transitions *do*, beside notice-state.ts (which says who may do what when), as
 * pure tables the services apply:
 *
 * - `noticeEffects(event, context)`: per event, whether the audience is recomputed and recorded
 *   (`reach`), who is told with which notification (`tell`), which flags reset (`resetReminder`,
 *   `markReminded`), what happens to the seats and whether the waitlist moves up;
 * - `noticeRefusal(situation, action, reason)`: a refused action as its HTTP status, stable code and
 *   message (403 for the wrong party; for the wrong moment the most telling 409).
 */

/** The notifications notices send (their texts live with the notifications). */
export const NOTICE_NOTIFICATIONS = ['notice_published', 'notice_changed', 'notice_cancelled', 'notice_promoted', 'notice_reminder'] as const
export type NoticeNotification = (typeof NOTICE_NOTIFICATIONS)[number]

/**
 * Who is told:
 * - `newly_reached`: enterprises the audience reaches now that it had not reached before;
 * - `registrants`: every live registration (registered and waitlisted);
 * - `seated`: the registered ones (a seat);
 * - `promoted`: the ones just moved up from the waitlist.
 */
export const NOTICE_RECIPIENTS = ['newly_reached', 'registrants', 'seated', 'promoted'] as const
export type NoticeRecipients = (typeof NOTICE_RECIPIENTS)[number]

/** What of a published notice changed in an edit (the registrants are told which). */
export type NoticeChange = 'time' | 'place' | 'audience'

/** The actions of notice-state.ts that change something, and the system's own events. */
export const NOTICE_EVENTS = ['publish', 'edit', 'cancel', 'register', 'withdraw', 'change_registration', 'mark_attendance', 'promote', 'remind'] as const
export type NoticeEvent = (typeof NOTICE_EVENTS)[number]

export interface NoticeEffectContext {
  /** The notice's status before the event. */
  status: NoticeStatus
  /** An edit: what changed. */
  changes?: readonly NoticeChange[]
  /** register: where the registration was placed; withdraw: where it was. */
  seat?: 'registered' | 'waitlisted'
}

/** Extra data a notification carries besides the notice's own (notice-notifier.ts). */
export type NoticeTellData = 'changes' | 'reason'

export interface NoticeTell {
  to: NoticeRecipients
  kind: NoticeNotification
  with?: NoticeTellData
}

export interface NoticeEffects {
  /** Recompute the audience on the notice's date and record whom it reaches (and no longer reaches). */
  reach: boolean
  /** Who is told, in order. */
  tell: readonly NoticeTell[]
  /** Clear `reminded_at`: the day-before reminder goes out again (a changed time). */
  resetReminder: boolean
  /** Set `reminded_at` (the reminder went out). */
  markReminded: boolean
  /** What happens to `seats_taken`: taken by the attendees, freed, moved by the change's difference. */
  seats: 'take' | 'free' | 'adjust' | 'none'
  /** Move the waitlist up while the first in line fits (each one moved is a `promote`). */
  promoteWaitlist: boolean
}

const NOTHING: NoticeEffects = { reach: false, tell: [], resetReminder: false, markReminded: false, seats: 'none', promoteWaitlist: false }

const published: NoticeTell = { to: 'newly_reached', kind: 'notice_published' }

const EFFECTS: Readonly<Record<NoticeEvent, (c: NoticeEffectContext) => Partial<NoticeEffects>>> = {
  publish: () => ({ reach: true, tell: [published] }),
  edit: ({ status, changes = [] }) => {
    const time = changes.includes('time')
    if (status !== 'published') return { resetReminder: time }
    const reach = time || changes.includes('audience')
    const told: NoticeTell[] = changes.length > 0 ? [{ to: 'registrants', kind: 'notice_changed', with: 'changes' }] : []
    // a larger capacity seats the waitlist
    return { reach, tell: reach ? [published, ...told] : told, resetReminder: time, promoteWaitlist: true }
  },
  cancel: ({ status }) => (status === 'published' ? { tell: [{ to: 'registrants', kind: 'notice_cancelled', with: 'reason' }] } : {}),
  register: ({ seat }) => ({ seats: seat === 'registered' ? 'take' : 'none' }),
  withdraw: ({ seat }) => ({ seats: seat === 'registered' ? 'free' : 'none', promoteWaitlist: true }),
  change_registration: () => ({ seats: 'adjust', promoteWaitlist: true }),
  mark_attendance: () => ({}),
  promote: () => ({ seats: 'take', tell: [{ to: 'promoted', kind: 'notice_promoted' }] }),
  remind: () => ({ markReminded: true, tell: [{ to: 'seated', kind: 'notice_reminder' }] }),
}

/** What `event` does to a notice in `context`. */
export function noticeEffects(event: NoticeEvent, context: NoticeEffectContext): NoticeEffects {
  return { ...NOTHING, ...EFFECTS[event](context) }
}

/** What changed between a notice and its edit (`time` any of the three instants; `audience` as stored). */
export function noticeChanges(before: NoticeShape, after: NoticeShape): NoticeChange[] {
  const instant = (d: Date) => new Date(d).getTime()
  const time = (['startsAt', 'endsAt', 'registrationDeadline'] as const).some((k) => instant(before[k]) !== instant(after[k]))
  const place = before.venue !== after.venue || before.onlineUrl !== after.onlineUrl
  const audience = JSON.stringify(before.audience) !== JSON.stringify(after.audience)
  return [...(time ? ['time' as const] : []), ...(place ? ['place' as const] : []), ...(audience ? ['audience' as const] : [])]
}

interface NoticeShape {
  startsAt: Date
  endsAt: Date
  registrationDeadline: Date
  venue: string | null
  onlineUrl: string | null
  /** The audience in its stored (canonical) form. */
  audience: unknown
}

// ---- refusals -----------------------------------------------------------------------------------

export interface NoticeRefusal {
  status: 403 | 409
  code: ErrorCode
  message: string
}

interface RefusalRule {
  when: (s: NoticeSituation) => boolean
  code: ErrorCode
  message: string
}

const registrationClosed: RefusalRule = {
  when: (s) => s.status !== 'published' || s.now.getTime() >= s.registrationDeadline.getTime(),
  code: 'REGISTRATION_CLOSED',
  message: 'Registration for this notice is closed',
}

/**
 * The wrong moment, per action: the first rule that holds names the refusal; none holding is
 * INVALID_TRANSITION.
 */
export const REFUSALS: Readonly<Record<NoticeAction, readonly RefusalRule[]>> = {
  edit: [],
  publish: [],
  cancel: [],
  register: [{ when: (s) => s.registration !== null, code: 'ALREADY_REGISTERED', message: 'Your enterprise is already registered (or on the waitlist)' }, registrationClosed],
  withdraw: [registrationClosed],
  change_registration: [registrationClosed],
  view_registrations: [],
  mark_attendance: [],
  view_coverage: [],
}

const words = (action: NoticeAction) => action.replace('_', ' ')

/** A refused action as its answer: `party` → 403 FORBIDDEN; `state` → the action's most telling 409. */
export function noticeRefusal(situation: NoticeSituation, action: NoticeAction, reason: 'party' | 'state'): NoticeRefusal {
  if (reason === 'party') return { status: 403, code: 'FORBIDDEN', message: `You may not ${words(action)} this notice` }
  const rule = REFUSALS[action].find((r) => r.when(situation))
  if (rule) return { status: 409, code: rule.code, message: rule.message }
  const over = situation.now.getTime() >= situation.endsAt.getTime() ? ' and over' : ''
  return { status: 409, code: 'INVALID_TRANSITION', message: `Cannot ${words(action)} a notice that is ${situation.status}${over}` }
}
